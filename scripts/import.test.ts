import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlasData } from '../src/domain/atlas-event';
import { ingest } from '../src/data/ingest/ingest';
import { ingestParquet } from '../src/data/ingest/ingest-parquet';
import { runImport } from './import';

const FIX = 'e2e/fixtures/import';
const tmp = mkdtempSync(join(tmpdir(), 'atlas-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImport(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The folder the command wrote, read back as the app reads a `?data=` folder. */
const readBack = (folder: string) =>
  ingest(['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: `${folder}/${n}`, bytes: readFileSync(join(folder, n)) })));

describe('npm run import', () => {
  it('writes a data-set folder the app opens, prints the report and the summary line', () => {
    const out = join(tmp, 'acled');
    const r = run(`${FIX}/acled.csv`, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toBe('imported 7 events, set aside 1 records');
    expect(r.out).toContain('set aside 1 record:');
    expect(r.out.join('\n')).toMatch(/acled\.csv row 7 event_date: event_date "32 January 2024"/);
    const back = readBack(out);
    expect(back.format).toBe('atlas');
    expect(back.issues).toEqual([]);
    expect(back.dataset.events).toEqual(ingest([{ name: 'acled.csv', bytes: readFileSync(`${FIX}/acled.csv`) }]).dataset.events);
  });

  it('writes a columnar events file with --columnar, from an export or from a folder of our schema, in place of events.geojson', async () => {
    const out = join(tmp, 'acled-columnar');
    const geojson = run(`${FIX}/acled.csv`, '--out', out);
    expect(existsSync(join(out, 'events.geojson'))).toBe(true);
    const r = run(`${FIX}/acled.csv`, '--out', out, '--columnar');
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toBe(geojson.out.at(-1));
    expect(r.out.at(-2)).toMatch(/^wrote .* with events\.parquet, claims\.parquet, figures\.parquet \(read as acled/);
    expect(existsSync(join(out, 'events.geojson'))).toBe(false);
    const back = await ingestParquet(['sources.json', 'gazetteer.json', 'events.parquet', 'claims.parquet', 'figures.parquet'].map((n) => ({ name: n, bytes: readFileSync(join(out, n)) })));
    expect(back.issues).toEqual([]);
    expect(buildAtlasData(back.dataset).events).toEqual(buildAtlasData(ingest([{ name: 'acled.csv', bytes: readFileSync(`${FIX}/acled.csv`) }]).dataset).events);
    // A folder of our schema converts as it is.
    run(`${FIX}/acled.csv`, '--out', join(tmp, 'acled-geojson-source'));
    const converted = run(join(tmp, 'acled-geojson-source'), '--out', join(tmp, 'acled-converted'), '--columnar');
    expect(converted.out.at(-1)).toBe('imported 7 events, set aside 0 records');
    expect(existsSync(join(tmp, 'acled-converted', 'events.parquet'))).toBe(true);
  });

  it('reads a TimeMap export given as its folder, and a CSV with --format and --mapping', () => {
    expect(run(`${FIX}/timemap`, '--out', join(tmp, 'tm')).out.at(-1)).toBe('imported 3 events, set aside 2 records');
    const custom = run(`${FIX}/custom.csv`, '--format', 'csv', '--mapping', 'lat=Y_coord,lon=X_coord', '--out', join(tmp, 'custom'));
    expect(custom.out.at(-1)).toBe('imported 2 events, set aside 1 records');
    // The columns not named are guessed from the header: "Town" is the place.
    expect(readBack(join(tmp, 'custom')).dataset.places.map((p) => p.name)).toEqual(['Kyiv', 'Odesa']);
  });

  it('a CSV with 10,000 bad rows around 10 good ones: all 10 imported, the bad grouped and counted by record', () => {
    const lines = ['event_id_cnty,event_date,latitude,longitude,sub_event_type,geo_precision,notes'];
    for (let i = 0; i < 10_010; i++) {
      lines.push(i % 1001 === 7 ? `G${i},2024-01-0${(i % 9) + 1},50.1,30.2,Armed clash,1,good` : `B${i},someday,50.1,30.2,Armed clash,1,bad`);
    }
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, lines.join('\n'));
    const r = run(file, '--out', join(tmp, 'bad'));
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toBe('imported 10 events, set aside 10000 records');
    expect(r.out).toContain('  10000 × event_date: event_date "…" is not a date in a form ACLED ships (2024-01-15, 15 January 2024, 15/01/2024)');
    expect(r.out).toContain('      … and 9995 more');
  });

  it('exits 1 only when nothing could be read', () => {
    expect(run(`${FIX}/binary.bin`, '--out', join(tmp, 'x')).code).toBe(1);
    expect(run(`${FIX}/empty.csv`, '--out', join(tmp, 'x')).code).toBe(1);
    const missing = run(join(tmp, 'no-such.csv'), '--out', join(tmp, 'x'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/no-such\.csv: cannot read/);
    expect(run(`${FIX}/points.geojson`, '--out', join(tmp, 'gj')).code).toBe(0);
  });

  it('says how to call it when called wrongly', () => {
    const r = run(`${FIX}/acled.csv`, '--format', 'kml');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/no --out folder; --format kml is not one of/);
    expect(run('--out', 'x').err[0]).toMatch(/^no input file/);
    expect(run(`${FIX}/custom.csv`, '--mapping', 'colour=x', '--out', 'x').err[0]).toMatch(/--mapping: "colour=x" is not field=column/);
  });

  // npm and tsx start in a child process: seconds on a busy two-core machine, so the test's
  // time is generous; it checks what the command prints, not how fast it starts.
  it('runs as the npm script', () => {
    const r = spawnSync('npm', ['run', '--silent', 'import', '--', `${FIX}/ucdp-ged.csv`, '--out', join(tmp, 'ucdp')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('imported 5 events, set aside 1 records');
  }, 60_000);
});
