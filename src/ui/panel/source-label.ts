import type { Source } from '../../domain/types';
import { describeSpan } from '../../domain/describe';
import { toDay } from '../../domain/days';

/** How the panel names an article: headline, else outlet, else its file. */
export const sourceLabel = (source: Source | undefined, file: string): string =>
  source?.headline ?? source?.outlet ?? file;

/** "published Oct 29, 2024" or "published Oct 25 – Nov 1, 2024 (approximate)". */
export function describePublished(source: Source | undefined): string {
  if (!source) return 'publication date unknown';
  const { start, end, precision } = source.published;
  const span = describeSpan(toDay(start), toDay(end));
  return `published ${span}${precision === 'day' ? '' : ` (${precision === 'month' ? 'month only' : 'approximate'})`}`;
}
