/**
 * `npm run validate [-- <project root>]`: checks the shipped data set against the schema
 * and every cross-record rule, prints one line per fault, and exits non-zero on any.
 */
import { resolve } from 'node:path';
import { readDataset } from '../src/data/read-dataset';
import { formatIssue, validateDataset } from '../src/data/validate';

const root = resolve(process.argv[2] ?? '.');
const { raw, issues: readIssues } = readDataset(root);
const { dataset, issues } = validateDataset(raw);
const all = [...readIssues, ...issues];

for (const issue of all) console.error(formatIssue(issue));
const claims = dataset.events.reduce((n, e) => n + e.properties.claims.length, 0);
console.log(
  `validate: ${dataset.sources.length} sources, ${dataset.places.length} places, ` +
    `${dataset.events.length} events, ${claims} claims valid; ${all.length} problem(s)`,
);
process.exitCode = all.length === 0 ? 0 : 1;
