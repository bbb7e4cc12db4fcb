/**
 * Where the shipped data set's files are, and how a validation issue reads: kept apart from
 * the validator so the page can name files and print issues without loading zod.
 */
import type { ValidationIssue } from '../domain/types';

export const FILES = {
  sources: 'data/sources.json',
  gazetteer: 'data/gazetteer.json',
  events: 'data/events.geojson',
} as const;

/** What the app calls the data set it ships with. */
export const SHIPPED_NAME = 'North Korean troops in Russia, 2024';

/** One line per issue, for terminals and notices. */
export const formatIssue = (i: ValidationIssue): string =>
  `${i.file} ${i.id}${i.path ? ` ${i.path}` : ''}: ${i.message}`;
