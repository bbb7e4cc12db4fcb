/**
 * The extraction run over many files, for the CLI and the benchmark: the project's data is
 * loaded once, inputs are expanded lazily and read one at a time, and each file's outcome
 * (candidates, or one reason it failed) is handed back before the next file is opened.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataset } from '../data/read-dataset';
import { formatIssue, validateDataset } from '../data/validate';
import type { EventFeature, Place, Source } from '../domain/types';
import { DEFAULT_MAX_BYTES, readArticle } from './article-input';
import { extractArticle, type ArticleResult, type ExtractContext } from './candidates';
import { indexGazetteer } from './places';
import type { Publication } from './types';
import { worldGazetteer } from './world-gazetteer';

export interface Project {
  context: ExtractContext;
  /** Project places by id; candidates' new places are added as they appear, for matching. */
  places: Map<string, Place>;
  sources: Source[];
  events: EventFeature[];
  /** Problems with the data set itself, one line each (extraction still runs). */
  warnings: string[];
}

/** Load the gazetteer, sources and curated events under `root` once, through the validator. */
export function loadProject(root: string): Project {
  const { raw, issues } = readDataset(root);
  const { dataset, issues: invalid } = validateDataset({ ...raw, seeds: undefined });
  return {
    context: { gazetteer: indexGazetteer(dataset.places), world: worldGazetteer },
    places: new Map(dataset.places.map((p) => [p.id, p])),
    sources: dataset.sources,
    events: dataset.events,
    warnings: [...issues, ...invalid].map(formatIssue),
  };
}

export type Input = { path: string; error?: undefined } | { path: string; error: string };

// Claims cite an article by file name, and the schema allows only these names.
const CITABLE = /^[\w.-]+\.txt$/;

/** Files to read, folders expanded (recursively, sorted), one at a time. */
export function* expandInputs(paths: readonly string[]): Generator<Input> {
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      yield { path, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
      continue;
    }
    if (!isDir) {
      yield CITABLE.test(basename(path)) ? { path } : { path, error: 'not a citable article name: use letters, digits, "_", "-", "." and end in .txt' };
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(path).sort();
    } catch (error) {
      yield { path, error: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
      continue;
    }
    const inside = entries.filter((e) => e.endsWith('.txt') || isDirectory(join(path, e)));
    if (inside.length === 0) yield { path, error: 'no .txt articles in this folder' };
    yield* expandInputs(inside.map((e) => join(path, e)));
  }
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export interface RunOptions {
  /** `--published`: overrides header and manifest for every file. */
  published?: { start: string; end: string };
  maxBytes?: number;
}

export type FileOutcome =
  | { path: string; ok: true; result: ArticleResult; published: Publication; text: string }
  | { path: string; ok: false; error: string };

/** Where an article's publication date comes from: option, header, manifest, in that order. */
function publicationOf(file: string, header: { published?: { start: string; end: string }; outlet?: string; headline?: string }, project: Project, options: RunOptions): Publication | undefined {
  const listed = project.sources.find((s) => s.file === file);
  const span = options.published ?? header.published ?? (listed?.published ? { start: listed.published.start, end: listed.published.end } : undefined);
  if (!span) return undefined;
  return { ...span, outlet: header.outlet ?? listed?.outlet ?? null, headline: header.headline ?? listed?.headline ?? null };
}

/** Extract one input. Never throws; a failure is one reason. */
export function extractFile(input: Input, project: Project, options: RunOptions = {}): FileOutcome {
  if (input.error !== undefined) return { path: input.path, ok: false, error: input.error };
  const read = readArticle(input.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!read.ok) return { path: input.path, ok: false, error: read.error };
  const source = basename(input.path);
  const published = publicationOf(source, read.header, project, options);
  if (!published) {
    return { path: input.path, ok: false, error: 'no publication date: add a "Published: YYYY-MM-DD" header line, pass --published, or list it in data/sources.json' };
  }
  const result = extractArticle({ path: input.path, source, text: read.text, bodyStart: read.bodyStart, published }, project.context);
  return { path: input.path, ok: true, result, published, text: read.text };
}
