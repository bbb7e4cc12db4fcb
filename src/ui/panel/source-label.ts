import { isDocument, type Source } from '../../domain/types';
import { describeSpan } from '../../domain/describe';
import { toDay } from '../../domain/days';

/** How the panel names a source: headline, else outlet, else its file (or the document's key). */
export const sourceLabel = (source: Source | undefined, file: string): string =>
  source?.headline ?? source?.outlet ?? (isDocument(source) ? source.url : null) ?? file;

/** "published Oct 29, 2024" or "published Oct 25 – Nov 1, 2024 (approximate)". */
export function describePublished(source: Source | undefined): string {
  if (!source?.published) return 'publication date unknown';
  const { start, end, precision } = source.published;
  const span = describeSpan(toDay(start), toDay(end));
  return `published ${span}${precision === 'day' ? '' : ` (${precision === 'month' ? 'month only' : 'approximate'})`}`;
}

/** What the panel says of a quote from an external document: we hold no text to check it against. */
export const unchecked = (source: Source | undefined): string =>
  `As given by ${isDocument(source) ? source.via : 'the data set'}; not checked against the article.`;
