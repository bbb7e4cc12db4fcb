import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, beforeAll } from 'vitest';
import { worldGazetteer as loadWorld } from '../src/extract/world-gazetteer';
import { readDataset } from '../src/data/read-dataset';
import { validateDataset } from '../src/data/validate';
import type { EventFeature, Place } from '../src/domain/types';
import type { CandidateFeature } from '../src/extract/types';
import { formatJson, main as accept } from './accept';
import { main as extract } from './extract';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void loadWorld(), 60_000);

const REPO = resolve(__dirname, '..');
let root: string;
const quiet = { out: () => {}, err: () => {} };
const lines: string[] = [];
const io = () => ({ out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), root });
const json = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
const snapshot = () => ['data/events.geojson', 'data/gazetteer.json', 'data/sources.json'].map((f) => readFileSync(join(root, f), 'utf8')).concat(readdirSync(join(root, 'seeds')).join(','));

const NEW_ARTICLE = [
  'Published: 2024-10-30',
  'Outlet: Test Wire',
  '',
  'Ukrainian military intelligence said on October 23 that North Korean soldiers were first spotted in the Kursk region, near the border.',
  'Officials said North Korean troops were seen in Khabarovsk on October 20, before their transfer west.',
  '',
].join('\n');

beforeEach(() => {
  lines.length = 0;
  root = mkdtempSync(join(tmpdir(), 'accept-'));
  for (const dir of ['data', 'seeds']) cpSync(join(REPO, dir), join(root, dir), { recursive: true });
  mkdirSync(join(root, 'inbox'));
  writeFileSync(join(root, 'inbox', 'new_report.txt'), NEW_ARTICLE);
  expect(extract([join(root, 'inbox'), join(root, 'seeds', '000_3a66973d2b042937.txt')], { ...quiet, root })).toBe(0);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const candidates = () => json<{ features: CandidateFeature[] }>('candidates/candidates.geojson').features;
const find = (pred: (c: CandidateFeature) => boolean) => {
  const c = candidates().find(pred);
  if (!c) throw new Error('no such candidate');
  return c;
};

describe('npm run accept', () => {
  it('merges a candidate reporting a curated event as a new claim, adding its article to sources and seeds', () => {
    const sighting = find((c) => c.candidate.article.endsWith('new_report.txt') && c.properties.start === '2024-10-23');
    const before = json<{ features: EventFeature[] }>('data/events.geojson').features.length;
    expect(accept([sighting.id], io())).toBe(0);
    const events = json<{ features: EventFeature[] }>('data/events.geojson').features;
    expect(events).toHaveLength(before);
    const target = events.find((e) => e.properties.claims.some((c) => c.source === 'new_report.txt'));
    expect(target?.id).toBe('evt-kursk-first-sighting-oct23');
    expect(readFileSync(join(root, 'seeds', 'new_report.txt'), 'utf8')).toBe(NEW_ARTICLE);
    expect(json<{ sources: Array<{ file: string }> }>('data/sources.json').sources.some((s) => s.file === 'new_report.txt')).toBe(true);
    expect(candidates().some((c) => c.id === sighting.id)).toBe(false);
    const { raw } = readDataset(root);
    expect(validateDataset(raw).issues).toEqual([]);
  });

  it('adds an auto-geocoded place to the gazetteer with a new event', () => {
    const far = find((c) => c.properties.place === 'khabarovsk');
    expect(accept([far.id], io())).toBe(0);
    expect(json<{ places: Place[] }>('data/gazetteer.json').places.some((p) => p.id === 'khabarovsk')).toBe(true);
    const added = json<{ features: EventFeature[] }>('data/events.geojson').features.find((e) => e.id === far.id.replace(/^cand-/, 'evt-'));
    expect(added?.properties.place).toBe('khabarovsk');
    expect(added && 'candidate' in added).toBe(false);
    expect(lines.join('\n')).toMatch(/gazetteer: \+ khabarovsk/);
  });

  it("adds a movement's auto-geocoded origin to the gazetteer with the event", () => {
    writeFileSync(join(root, 'inbox', 'convoy.txt'), 'Published: 2024-10-30\n\nOfficials said on October 20 that a North Korean battalion moved from Khabarovsk toward the Kursk region.\n');
    expect(extract([join(root, 'inbox')], { ...quiet, root })).toBe(0);
    const move = find((c) => c.candidate.article.endsWith('convoy.txt') && c.properties.category === 'movement');
    expect(move.properties).toMatchObject({ place: 'kursk-region', origin: 'khabarovsk', originBasis: 'stated' });
    expect(accept([move.id, '--as-new'], io())).toBe(0);
    expect(json<{ places: Place[] }>('data/gazetteer.json').places.some((p) => p.id === 'khabarovsk')).toBe(true);
    const { raw } = readDataset(root);
    expect(validateDataset(raw).issues).toEqual([]);
  });

  it('adds nothing for a claim the curated set already holds', () => {
    const strike = find((c) => c.properties.claims[0]?.source === '000_3a66973d2b042937.txt' && c.properties.start === '2024-10-04');
    const before = snapshot();
    expect(accept([strike.id], io())).toBe(0);
    expect(lines.join('\n')).toMatch(/already a claim of evt-donetsk-strike-nk-officers/);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing when the validator rejects the result', () => {
    const bad = find((c) => c.properties.place === 'khabarovsk');
    const claim = bad.properties.claims[0];
    if (claim) claim.offsets = [claim.offsets![0] + 1, claim.offsets![1] + 1]; // the quote is no longer at its offsets
    writeFileSync(join(root, 'candidates', 'candidates.geojson'), formatJson({ type: 'FeatureCollection', features: [bad] }));
    const before = snapshot();
    expect(accept([bad.id], io())).toBe(1);
    expect(lines.join('\n')).toMatch(/validator rejects the result; nothing written[\s\S]*quote not found at/);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing for an unknown id', () => {
    const before = snapshot();
    expect(accept(['cand-nope'], io())).toBe(1);
    expect(lines[0]).toMatch(/not in .*cand-nope; nothing written/);
    expect(snapshot()).toEqual(before);
  });
});

describe('formatJson', () => {
  it('keeps the curated files byte for byte when nothing changes', () => {
    for (const f of ['data/events.geojson', 'data/gazetteer.json', 'data/sources.json']) {
      const text = readFileSync(join(REPO, f), 'utf8');
      expect(formatJson(JSON.parse(text))).toBe(text);
    }
  });
});
