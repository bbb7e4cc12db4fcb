/**
 * Words for uncertainty: how the panel says when and where, with their precision.
 */
import type { DatePrecision, PlaceBasis, PlaceKind } from './types';
import { formatDay, monthOf } from './days';

/** "Oct 23, 2024"; "Oct 27–28, 2024"; "July 2024, month only"; "about Oct 21–31, 2024". */
export function describeWhen(start: number, end: number, precision: DatePrecision): string {
  const span = describeSpan(start, end);
  switch (precision) {
    case 'day':
      return span;
    case 'range':
      return `${span} (range)`;
    case 'month':
      return `${formatDay(start, 'monthYear')}, month only`;
    case 'approximate':
      return `${span}, approximate`;
  }
}

/** A compact span of days that does not repeat the month or year it shares. */
export function describeSpan(start: number, end: number): string {
  if (start === end) return formatDay(start, 'date');
  const sameYear = formatDay(start, 'year') === formatDay(end, 'year');
  const sameMonth = sameYear && monthOf(start) === monthOf(end);
  if (sameMonth) return `${formatDay(start, 'monthDay')}–${formatDay(end, 'day')}, ${formatDay(end, 'year')}`;
  if (sameYear) return `${formatDay(start, 'monthDay')} – ${formatDay(end, 'date')}`;
  return `${formatDay(start, 'date')} – ${formatDay(end, 'date')}`;
}

const KIND_WORDS: Record<PlaceKind, string> = {
  city: 'city-level point',
  region: 'region-level area',
  country: 'country-level area',
  area: 'broad area',
};

/**
 * "region-level area, stated in the text". `givenBy` names the data set an imported record
 * came from: its place is as that data set gives it, not read from a text.
 */
export const describeWhere = (kind: PlaceKind, basis: PlaceBasis, radiusKm?: number, givenBy?: string): string =>
  `${KIND_WORDS[kind]}${radiusKm ? ` (within ~${Math.round(radiusKm)} km)` : ''}, ${
    givenBy ? `as given by ${givenBy}` : basis === 'stated' ? 'stated in the text' : 'inferred, not stated in the text'
  }`;
