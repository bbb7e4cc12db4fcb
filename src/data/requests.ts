/**
 * A data set's three files and the requests for them, started together. Apart from
 * `fetch-dataset.ts` so the page can start them before the validator's chunk has loaded.
 */

export type Files<T> = { sources: T; gazetteer: T; events: T };

/** Where a data set's files are, and how reports name them. */
export interface DatasetSource {
  /** Absolute URLs: a worker resolves relative ones against its own script, not the page. */
  urls: Files<string>;
  labels: Files<string>;
  /** A data set opened by link may come without `sources.json`. */
  sourcesOptional: boolean;
}

/** The three requests, started together. */
export type Requests = Files<Promise<Response>>;

export const requestFiles = ({ urls }: DatasetSource): Requests => ({
  sources: fetch(urls.sources),
  gazetteer: fetch(urls.gazetteer),
  events: fetch(urls.events),
});
