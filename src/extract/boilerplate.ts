/**
 * Recognises what is on the page but not in the article: navigation labels, "Related News"
 * blocks and sidebars of unrelated items, so that they are never mined for events.
 *
 * Two kinds of evidence, combined: structure (short label lines, lines of nothing but
 * separators, a run of items each opened by a separator) and topical drift (an item that
 * shares almost none of the article's topic words). Neither alone is trusted for a block of
 * prose: a news site's sidebar can mention the same country, and an article can have headings.
 */
import { splitLines } from './sentences';
import type { ExcludedRange, Span } from './types';

type LineKind = 'blank' | 'separator' | 'label' | 'prose';

interface Line extends Span {
  kind: LineKind;
}

// Section and widget names news pages put around an article. Matched on a whole short line.
const NAV_LABEL =
  /^(related( news| articles| stories| posts)?|read (more|also|next)|more( news| stories)?|see also|most (read|popular)|latest( news)?|top stories|share( this)?|tags?|topics?|advertisement|subscribe|newsletter|leave a (review|comment|reply)|comments?|news|politics|world|economy|business|sport|society|culture|opinion|home|menu)\s*:?$/i;

const STOPWORDS = new Set(
  ('the a an and or but of in on at to for from by with as is are was were be been being has have had ' +
    'that this these those it its their his her they them he she we you i not no which who whom what ' +
    'would could should will may might can also about into after before over under than then there ' +
    'said says more most other such some any all each one two first since while where when how').split(' '),
);

const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 3 && !STOPWORDS.has(w));

function classify(line: Span): LineKind {
  const t = line.text.trim();
  if (t === '') return 'blank';
  if (/^[-–—_*•·|=~#.\s]+$/.test(t)) return 'separator';
  const bare = t.replace(/^[-–—•*\s]+/, '');
  if (NAV_LABEL.test(bare)) return 'label';
  const wordCount = bare.split(/\s+/).length;
  return wordCount <= 4 && !/[.!?"”]$/.test(bare) ? 'label' : 'prose';
}

/** The most frequent content words of the article body: what it is about. */
export function topicWords(body: string, size = 12): Set<string> {
  const counts = new Map<string, number>();
  for (const w of words(body)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set(
    [...counts.entries()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, size)
      .map(([w]) => w),
  );
}

/** An item drifts from the topic when it shares at most one of the article's topic words. */
export function drifts(item: string, topic: ReadonlySet<string>): boolean {
  const shared = new Set(words(item).filter((w) => topic.has(w)));
  return shared.size <= 1;
}

const isEdge = (l: Line): boolean => l.kind === 'separator' || l.kind === 'label';

/**
 * A sidebar starts at a separator or label line after which every prose line is itself
 * opened by a separator or label, with at least two separators in all (a list of items).
 */
function sidebarStart(lines: Line[], topic: ReadonlySet<string>): { index: number; reason: string } | undefined {
  const firstProse = lines.findIndex((l) => l.kind === 'prose');
  for (let i = firstProse + 1; i < lines.length; i++) {
    if (!isEdge(lines[i] as Line)) continue;
    const rest = lines.slice(i).filter((l) => l.kind !== 'blank');
    const separators = rest.filter((l) => l.kind === 'separator').length;
    const items = rest.filter((l, k) => l.kind === 'prose' && k > 0 && isEdge(rest[k - 1] as Line));
    const allOpened = items.length === rest.filter((l) => l.kind === 'prose').length;
    if (separators < 2 || !allOpened || items.length === 0) continue;
    const drifting = items.filter((item) => drifts(item.text, topic)).length;
    const labelled = NAV_LABEL.test((lines[i] as Line).text.trim().replace(/^[-–—•*\s]+/, ''));
    // A list of on-topic items under no navigation label may be the article's own bullets.
    if (!labelled && drifting * 2 < items.length) continue;
    const label = (lines[i] as Line).text.trim();
    return {
      index: i,
      reason: `sidebar: ${items.length} items separated by "${rest.find((l) => l.kind === 'separator')?.text.trim()}"` +
        `${label && lines[i]?.kind === 'label' ? ` after "${label}"` : ''}, ${drifting} of them off the article's topic`,
    };
  }
  return undefined;
}

/**
 * Ranges of `text` that are page furniture rather than the article. `from` skips a header the
 * caller already recognised (the `Published:` block), so it is not mistaken for navigation.
 */
export function findBoilerplate(text: string, from = 0): ExcludedRange[] {
  const lines: Line[] = splitLines(text)
    .filter((l) => l.start >= from)
    .map((l) => ({ ...l, kind: classify(l) }));
  const ranges: ExcludedRange[] = [];
  const firstProse = lines.findIndex((l) => l.kind === 'prose');
  if (firstProse < 0) return ranges;

  // Site names and section labels above the headline: short lines before a blank line.
  lines.slice(0, firstProse).forEach((l, k) => {
    if (l.kind === 'label' && lines[k + 1]?.kind === 'blank') {
      ranges.push({ start: l.start, end: l.end, reason: `navigation above the article: "${l.text.trim()}"` });
    }
  });

  let end = lines.length;
  const bodyText = lines.map((l) => (l.kind === 'prose' ? l.text : '')).join('\n');
  const sidebar = sidebarStart(lines, topicWords(bodyText));
  if (sidebar) {
    const first = lines[sidebar.index] as Line;
    ranges.push({ start: first.start, end: text.length, reason: sidebar.reason });
    end = sidebar.index;
  }

  // One unrelated item after a separator at the end: a teaser for another story.
  const lastProse = lines.slice(0, end).map((l) => l.kind).lastIndexOf('prose');
  const opener = lines.slice(0, lastProse).filter((l) => l.kind !== 'blank').pop();
  if (lastProse > firstProse && opener?.kind === 'separator') {
    const item = lines[lastProse] as Line;
    const topic = topicWords(lines.slice(0, lastProse).map((l) => (l.kind === 'prose' ? l.text : '')).join('\n'));
    if (drifts(item.text, topic)) {
      ranges.push({ start: opener.start, end: text.length, reason: 'unrelated item after a separator, off the article\'s topic' });
      end = lines.indexOf(opener);
    }
  }

  // Trailing labels and separators ("- News", "Related News :", "Leave a review").
  let tail = end;
  while (tail > 0 && (lines[tail - 1] as Line).kind !== 'prose') tail--;
  const trailing = lines.slice(tail, end).filter((l) => l.kind !== 'blank');
  if (trailing.length > 0) {
    const first = trailing[0] as Line;
    const last = trailing[trailing.length - 1] as Line;
    const shown = trailing.map((l) => l.text.trim()).join(' | ');
    ranges.push({ start: first.start, end: last.end, reason: `navigation after the article: "${shown}"` });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Whether a span lies (even partly) inside an excluded range. */
export const isExcluded = (span: { start: number; end: number }, ranges: readonly ExcludedRange[]): boolean =>
  ranges.some((r) => span.start < r.end && r.start < span.end);
