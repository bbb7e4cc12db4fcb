/**
 * Gold events for the development set: written by hand from each article, before the
 * extractor ran on it, one `<article>.gold.json` beside each `<article>.txt`. A gold event
 * names the words that report it (`quote`, found verbatim in the article), its date range and
 * precision (`report` when only the report dates it), its place with an honest radius, its
 * category, who said it and its figures.
 */
import { z } from 'zod';
import { category, DATE_PRECISIONS } from '../domain/schema';
import { isCalendarDay } from '../domain/days';

const day = z.string().refine(isCalendarDay, 'not a real YYYY-MM-DD day');

export const goldEventSchema = z
  .object({
    id: z.string().min(1),
    /** Verbatim words of the article that report the event. */
    quote: z.string().min(3),
    category,
    start: day,
    end: day,
    /** `report`: the article dates the event only by reporting it; no day may be claimed. */
    precision: z.enum([...DATE_PRECISIONS, 'report']),
    place: z.object({
      name: z.string().min(1),
      point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      radiusKm: z.number().nonnegative(),
    }),
    attribution: z.string(),
    figures: z.array(z.object({ value: z.number(), measure: z.string() })),
  })
  .refine((e) => e.start <= e.end, { message: 'start is after end', path: ['end'] });

export const goldArticleSchema = z.object({
  article: z.string().min(1),
  published: day,
  events: z.array(goldEventSchema),
});

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** A gold event with its quote's offsets in the article file. */
export interface PlacedGold extends GoldEvent {
  offsets: [number, number];
}

export type ParsedGold = { ok: true; gold: GoldArticle; events: PlacedGold[] } | { ok: false; error: string };

/**
 * Check a gold file against the schema and find every quote in the article text, from
 * `bodyStart` on (a headline in the header may repeat the first sentence's words).
 */
export function parseGold(json: unknown, articleText: string, bodyStart = 0): ParsedGold {
  const parsed = goldArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const events: PlacedGold[] = [];
  for (const e of parsed.data.events) {
    const at = articleText.indexOf(e.quote, bodyStart);
    if (at < 0) return { ok: false, error: `event ${e.id}: quote not found in the article: "${e.quote.slice(0, 60)}"` };
    events.push({ ...e, offsets: [at, at + e.quote.length] });
  }
  return { ok: true, gold: parsed.data, events };
}
