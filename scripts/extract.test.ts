import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { worldGazetteer as loadWorld } from '../src/extract/world-gazetteer';
import { eventFeatureSchema } from '../src/domain/schema';
import { main } from './extract';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void loadWorld(), 60_000);

const ROOT = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), root: ROOT });
  return { code, out, err };
}

const GOOD = 'Published: 2024-10-29\nOutlet: Test Wire\n\nThe Defense Intelligence of Ukraine reported that on October 23, North Korean troops were spotted in the Kursk region.\n';

describe('npm run extract: bad input', () => {
  const dir = join(tmp, 'articles');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a_good.txt'), GOOD);
  writeFileSync(join(dir, 'b_empty.txt'), '');
  writeFileSync(join(dir, 'c_binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02]));
  writeFileSync(join(dir, 'd_latin1.txt'), Buffer.from('Published: 2024-10-29\n\nKyiv \xe9t\xe9 said so on Monday.', 'latin1'));
  writeFileSync(join(dir, 'e_huge.txt'), '');
  truncateSync(join(dir, 'e_huge.txt'), 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
  writeFileSync(join(dir, 'f_nodates.txt'), 'Published: 2024-10-29\n\nTroops remain in the Kursk region, officials said.\n');
  writeFileSync(join(dir, 'g_noplaces.txt'), 'Published: 2024-10-29\n\nOn October 23, officials said that nothing had changed.\n');
  writeFileSync(join(dir, 'h_undated.txt'), 'Officials said on Monday that troops moved to the Kursk region.\n');
  const loop = join(tmp, 'loop');
  symlinkSync(loop, loop); // a folder that cannot be read: every stat of it fails (ELOOP)
  const out = join(tmp, 'out', 'candidates.geojson');
  const dataBefore = readFileSync(join(ROOT, 'data', 'events.geojson'), 'utf8');
  const result = run([dir, loop, join(tmp, 'missing-folder'), '--out', out]);

  it('gives each bad input exactly one line naming the file and the fault', () => {
    const line = (name: string) => result.err.filter((l) => l.includes(name));
    expect(line('b_empty.txt')).toEqual([`${join(dir, 'b_empty.txt')}: empty file`]);
    expect(line('c_binary.txt')).toEqual([expect.stringMatching(/c_binary\.txt: binary file/)]);
    expect(line('d_latin1.txt')).toEqual([expect.stringMatching(/d_latin1\.txt: not UTF-8 text/)]);
    expect(line('e_huge.txt')).toEqual([expect.stringMatching(/e_huge\.txt: too large: 52,428,800 bytes, the limit is 2,097,152/)]);
    expect(line('f_nodates.txt')).toEqual([expect.stringMatching(/f_nodates\.txt: no dates found/)]);
    expect(line('g_noplaces.txt')).toEqual([expect.stringMatching(/g_noplaces\.txt: no places found/)]);
    expect(line('h_undated.txt')).toEqual([expect.stringMatching(/h_undated\.txt: no publication date: add a "Published: YYYY-MM-DD" header/)]);
    expect(line('loop')).toEqual([`${loop}: cannot read: ELOOP`]);
    expect(line('missing-folder')).toEqual([`${join(tmp, 'missing-folder')}: cannot read: ENOENT`]);
    expect(line('a_good.txt')).toEqual([]);
  });

  it('still processes the good file and exits 1', () => {
    expect(result.code).toBe(1);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { type: string; features: unknown[] };
    expect(written.type).toBe('FeatureCollection');
    const good = written.features.filter((f) => (f as { id: string }).id.startsWith('cand-a-good-'));
    expect(good.length).toBeGreaterThan(0);
    for (const f of written.features) expect(eventFeatureSchema.safeParse(f).success).toBe(true);
    expect(result.err.at(-1)).toMatch(/3 articles read, 9 problems, \d+ candidates written/);
  });

  it('never touches the curated data', () => {
    expect(readFileSync(join(ROOT, 'data', 'events.geojson'), 'utf8')).toBe(dataBefore);
  });
});

describe('npm run extract: options', () => {
  it('refuses to write into data/', () => {
    const r = run([join(ROOT, 'seeds'), '--out', join(ROOT, 'data', 'candidates.geojson')]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/refusing to write .*data.*candidates never go into data/);
    expect(existsSync(join(ROOT, 'data', 'candidates.geojson'))).toBe(false);
  });

  it('takes --published for an article without a header, and rejects a bad one', () => {
    const path = join(tmp, 'plain.txt');
    writeFileSync(path, 'Officials said on Monday that troops moved to the Kursk region.\n');
    const out = join(tmp, 'plain.geojson');
    expect(run([path, '--published', '2024-10-29', '--out', out]).code).toBe(0);
    const [first] = (JSON.parse(readFileSync(out, 'utf8')) as { features: Array<{ properties: { start: string } }> }).features;
    expect(first?.properties.start).toBe('2024-10-28');
    expect(run([path, '--published', '2024-13-01']).code).toBe(2);
    expect(run([path, '--bogus']).err[0]).toMatch(/unknown option --bogus/);
  });

  it('leaves out candidates under --min-confidence, says how many, and rejects a bad cut', () => {
    const seed = join(ROOT, 'seeds', '000_3a66973d2b042937.txt');
    const all = JSON.parse(readFileSync((run([seed, '--out', join(tmp, 'all.geojson')]), join(tmp, 'all.geojson')), 'utf8')) as { features: Array<{ candidate: { confidence: number } }> };
    // A cut between the lowest and highest confidence, whatever the fitted model gives.
    const confidences = all.features.map((f) => f.candidate.confidence).sort((a, b) => a - b);
    const cut = Math.round((((confidences[0] ?? 0) + (confidences.at(-1) ?? 1)) / 2) * 100) / 100;
    const kept = all.features.filter((f) => f.candidate.confidence >= cut).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all.features.length);
    const r = run([seed, '--min-confidence', String(cut), '--out', join(tmp, 'cut.geojson')]);
    expect((JSON.parse(readFileSync(join(tmp, 'cut.geojson'), 'utf8')) as { features: unknown[] }).features).toHaveLength(kept);
    expect(r.err.join('\n')).toContain(`${all.features.length - kept} candidate${all.features.length - kept === 1 ? '' : 's'} under confidence ${cut} left out`);
    for (const bad of ['1.5', 'high', '']) expect(run([seed, '--min-confidence', bad]).err[0]).toMatch(/--min-confidence ".*" is not a number from 0 to 1/);
  });

  it('prints a readable report with quote, date, place, confidence and matches', () => {
    const r = run([join(ROOT, 'seeds', '000_3a66973d2b042937.txt'), '--report', '--out', join(tmp, 'r.geojson')]);
    const text = r.out.join('\n');
    expect(text).toMatch(/cand-000-3a66973d2b042937-\d+ {2}strike {2}confidence 0\.\d\d/);
    expect(text).toMatch(/date {4}2024-10-04 \(day\) {2}"October 4"/);
    expect(text).toMatch(/place {3}donetsk-occupied-region \(region, stated\) {2}"occupied Donetsk"/);
    expect(text).toMatch(/place {3}kursk-region \(region, stated\) {2}"Kursk"\n {4}origin {2}eastern-russia \(inferred\)\n {4}quote {3}\[\d+, \d+\) "He added that the first unit/);
    expect(text).toMatch(/quote {3}\[\d+, \d+\) "On October 4, the Kyiv Post reported/);
    expect(text).toMatch(/matches evt-/);
    expect(text).toMatch(/not mined \[\d+, \d+\): navigation after the article: "- News"/);
  });
});

describe('npm run extract -- --evaluate', () => {
  it('prints recall and precision on the seeds, recall at least 90%', () => {
    const r = run(['--evaluate']);
    const text = r.out.join('\n');
    const recall = /^recall +([\d.]+)%/m.exec(text);
    expect(text).toMatch(/^precision +[\d.]+%/m);
    expect(Number(recall?.[1])).toBeGreaterThanOrEqual(90);
    expect(r.code).toBe(0);
  });

  it('heads with the recall of matched events and labels the place-and-date figure as loose', () => {
    const r = run(['--evaluate']);
    expect(r.out[0]).toMatch(/^recall +[\d.]+% {2}\(\d+ of \d+ curated events matched by a candidate: related place, overlapping dates, same report; target 90\.0%\)$/);
    expect(r.out.find((l) => l.startsWith('loose recall'))).toMatch(/^loose recall [\d.]+% {2}\(\d+ of \d+ with only a related place and overlapping dates, whatever the candidate reports; not the target\)$/);
  });
});

describe('npm run extract -- --evaluate <development set>', () => {
  const dev = join(tmp, 'dev');
  const story = join(dev, 'sea');
  mkdirSync(story, { recursive: true });
  const body = 'The UKMTO said on Thursday it had received a report of an explosion near a vessel 85 nautical miles east of Aden.\nThe weather was fine.\n';
  writeFileSync(join(story, 'a.txt'), `Published: 2024-02-15\nURL: https://example.org/a\n\n${body}`);
  writeFileSync(join(story, 'a.gold.json'), JSON.stringify({
    article: 'a.txt', published: '2024-02-15',
    events: [
      { id: 'g1', quote: 'an explosion near a vessel 85 nautical miles east of Aden', category: 'strike', start: '2024-02-15', end: '2024-02-15', precision: 'day', place: { name: '85 nm east of Aden', point: [46.48, 12.78], radiusKm: 30 }, attribution: 'UKMTO', figures: [] },
      { id: 'g2', quote: 'The weather was fine', category: 'statement', start: '2024-02-15', end: '2024-02-15', precision: 'day', place: { name: 'Aden', point: [45.03, 12.78], radiusKm: 10 }, attribution: 'x', figures: [] },
    ],
  }));
  writeFileSync(join(dev, 'split.json'), JSON.stringify({ tuning: ['sea/a.txt'], heldOut: [] }));

  it('scores the gold by part and story, prints the targets, and exits 1 when one is missed', () => {
    const r = run(['--evaluate', dev]);
    const text = r.out.join('\n');
    expect(text).toMatch(/^tuning:$/m);
    expect(text).toMatch(/^\s+sea\s+1\s+2\s+1\s+50\.0%\s+100\.0%\s+100\.0%\s+\d+/m);
    expect(text).toMatch(/targets MISSED: recall 50\.0% < 85\.0%/);
    expect(r.code).toBe(1);
  });

  it('names a gold file whose quote is not in its article', () => {
    writeFileSync(join(story, 'b.txt'), `Published: 2024-02-15\n\n${body}`);
    writeFileSync(join(story, 'b.gold.json'), JSON.stringify({ article: 'b.txt', published: '2024-02-15', events: [{ id: 'g9', quote: 'no such words', category: 'strike', start: '2024-02-15', end: '2024-02-15', precision: 'day', place: { name: 'x', point: [0, 0], radiusKm: 1 }, attribution: '', figures: [] }] }));
    const r = run(['--evaluate', dev]);
    expect(r.err).toContainEqual(expect.stringMatching(/b\.gold\.json: event g9: quote not found/));
  });

  it('reports a part added later (a fresh held-out part) on its own, under its own name', () => {
    writeFileSync(join(dev, 'split.json'), JSON.stringify({ note: 'prose', tuning: [], heldOut: [], fresh: ['sea/a.txt'] }));
    const text = run(['--evaluate', dev]).out.join('\n');
    expect(text).toMatch(/^fresh:$/m);
    expect(text).toMatch(/split\.json: tuning, held-out, fresh reported apart/);
    expect(text).not.toMatch(/^tuning:$/m);
  });

  it('scores every part together too, the set the targets are set for', () => {
    const port = join(dev, 'port');
    mkdirSync(port, { recursive: true });
    writeFileSync(join(port, 'c.txt'), `Published: 2024-02-15\nURL: https://example.org/c\n\n${body}`);
    writeFileSync(join(port, 'c.gold.json'), readFileSync(join(story, 'a.gold.json'), 'utf8').replace('"a.txt"', '"c.txt"'));
    writeFileSync(join(dev, 'split.json'), JSON.stringify({ tuning: ['sea/a.txt'], fresh: ['port/c.txt'] }));
    const text = run(['--evaluate', dev]).out.join('\n');
    expect(text).toMatch(/^fresh:\n\s+port\s+1\s+2\s+1\s+50\.0%/m);
    expect(text).toMatch(/^every part together:\n\s+overall\s+2\s+4\s+2\s+50\.0%\s+100\.0%.*\n\s+targets MISSED: recall 50\.0% < 85\.0%/m);
  });
});
