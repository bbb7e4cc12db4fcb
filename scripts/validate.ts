/**
 * `npm run validate [-- <project root>]`: checks the shipped data set against the schema
 * and every cross-record rule, then runs the review checks on what passed (claims credited
 * to the outlet that name a speaker, strikes that are ground fighting, denials that deny
 * nothing, titles that drop a hedge). The files go through the app's own ingest seam, with
 * the seed texts so every quote is checked at its offsets. Prints one line per fault or
 * unanswered finding and exits non-zero on any.
 */
import { join, resolve } from 'node:path';
import { FILES, formatIssue } from '../src/data/files';
import { ingest } from '../src/data/ingest/ingest';
import { readRawFile, readSeeds } from '../src/data/read-dataset';
import { reviewDataset } from '../src/data/review-checks';
import type { ValidationIssue } from '../src/domain/types';

const root = resolve(process.argv[2] ?? '.');
const readIssues: ValidationIssue[] = [];
const seeds = readSeeds(root, readIssues);
const files = Object.values(FILES).flatMap((label) => readRawFile(join(root, label), label, readIssues) ?? []);
const { dataset, issues } = ingest(files, { format: 'atlas', seeds });
// A file that could not be read is reported once, by the reader.
const unread = new Set(readIssues.map((i) => i.file));
const review = reviewDataset(dataset.events, dataset.sources, seeds);
const all = [...readIssues, ...issues.filter((i) => !(unread.has(i.file) && i.id === '(file)')), ...review];

for (const issue of all) console.error(formatIssue(issue));
const claims = dataset.events.reduce((n, e) => n + e.properties.claims.length, 0);
console.log(
  `validate: ${dataset.sources.length} sources, ${dataset.places.length} places, ` +
    `${dataset.events.length} events, ${claims} claims valid; ${all.length - review.length} problem(s), ` +
    `${review.length} unanswered review finding(s)`,
);
process.exitCode = all.length === 0 ? 0 : 1;
