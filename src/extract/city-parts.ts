/**
 * Parts of a city named after somewhere far: Sudanese, Syrian and Iraqi towns have quarters
 * called Kashmir, Palestine or Yarmouk. "the targeting of the Kashmir neighbourhood" names a
 * part of the town the story is in, never the region; a city's quarter named after a city
 * stays with the gazetteer's reading (a quarter of that city, or a town of that name).
 */
import type { PlaceMention } from './types';

const PART_AFTER = /^\s+(?:neighbou?rhoods?|quarters?|suburbs?)\b/i;

/** Whether the mention is a region or country named only as a city's quarter. */
export const namesCityPart = (sentence: { start: number; text: string }, p: PlaceMention): boolean =>
  p.place.kind !== 'city' && PART_AFTER.test(sentence.text.slice(p.end - sentence.start));
