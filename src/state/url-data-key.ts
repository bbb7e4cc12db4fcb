/**
 * The `data` key: the data set the view was made on (`data-key.ts` says what a value may
 * name). The data set itself is opened at start-up from the link, before the store has data,
 * so the key has nothing to apply afterwards; `url-sync.ts` compares it with what is loaded.
 */
import { dataKeyOf, parseDataKey } from './data-key';
import { oneParam } from './url-field';
import { WRITE_DELAY_MS } from './url-timing';

export const dataKey = oneParam<string>('data', {
  decode: (text, refuse) => {
    const ref = parseDataKey(text);
    if (typeof ref === 'string') return void refuse(ref);
    return text;
  },
  encode: (value) => value,
  fromStore: (s) => dataKeyOf(s.dataSource, s.dataName),
  // The data set named by the link was opened before the data came in.
  toStore: () => {},
  watch: (s) => s.dataSource,
  write: { history: 'replace', afterMs: WRITE_DELAY_MS },
});
