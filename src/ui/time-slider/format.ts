/** Dates as the slider shows and speaks them. */
import { formatDay } from '../../domain/days';

/** What a screen reader hears: "October 23, 2024". */
export const spokenDay = (day: number): string => formatDay(day, 'longDate');

/** What fits above a handle on a phone: "Oct 23, 2024". */
export const shortDay = (day: number): string => formatDay(day, 'date');
