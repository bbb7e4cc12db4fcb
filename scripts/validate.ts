/**
 * `npm run validate [-- <project root>]`: checks the shipped data set against the schema
 * and every cross-record rule, then runs the review checks on what passed (claims credited
 * to the outlet that name a speaker, strikes that are ground fighting, denials that deny
 * nothing, titles that drop a hedge). Prints one line per fault or unanswered finding and
 * exits non-zero on any.
 */
import { resolve } from 'node:path';
import { readDataset } from '../src/data/read-dataset';
import { reviewDataset } from '../src/data/review-checks';
import { formatIssue, validateDataset } from '../src/data/validate';

const root = resolve(process.argv[2] ?? '.');
const { raw, issues: readIssues } = readDataset(root);
const { dataset, issues } = validateDataset(raw);
const review = reviewDataset(dataset.events, dataset.sources, raw.seeds ?? {});
const all = [...readIssues, ...issues, ...review];

for (const issue of all) console.error(formatIssue(issue));
const claims = dataset.events.reduce((n, e) => n + e.properties.claims.length, 0);
console.log(
  `validate: ${dataset.sources.length} sources, ${dataset.places.length} places, ` +
    `${dataset.events.length} events, ${claims} claims valid; ${all.length - review.length} problem(s), ` +
    `${review.length} unanswered review finding(s)`,
);
process.exitCode = all.length === 0 ? 0 : 1;
