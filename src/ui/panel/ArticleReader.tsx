import { useEffect, useRef, useState } from 'react';
import { loadSeedText } from '../../data/load';
import { useAtlas } from '../atlas-context';
import { describePublished, sourceLabel } from './source-label';

type Text = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; message: string };

/**
 * The whole article, with the claim's quote highlighted and scrolled into view.
 * Keyed by file where it is used, so a new article starts from "loading".
 */
export function ArticleReader({ file, claim }: { file: string; claim: number | null }) {
  const source = useAtlas((s) => s.data?.sources.get(file));
  const selected = useAtlas((s) => (s.selectedId ? s.data?.byId.get(s.selectedId) : undefined));
  const close = useAtlas((s) => s.closeArticle);
  const [text, setText] = useState<Text>({ status: 'loading' });
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    loadSeedText(file).then(
      (t) => live && setText({ status: 'ready', text: t }),
      (e: Error) => live && setText({ status: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [file]);

  const quote = claim !== null ? selected?.claims[claim] : undefined;
  const offsets = quote && quote.source === file ? quote.offsets : null;
  useEffect(() => {
    if (text.status === 'ready') mark.current?.scrollIntoView({ block: 'center' });
  }, [text, offsets]);

  let body: React.ReactNode = <p>Loading the article…</p>;
  let mismatch = false;
  if (text.status === 'error') body = <p className="error">Could not load the article: {text.message}</p>;
  if (text.status === 'ready') {
    const t = text.text;
    if (offsets && t.slice(offsets[0], offsets[1]) === quote!.quote) {
      body = (
        <>
          {t.slice(0, offsets[0])}
          <mark ref={mark} data-testid="quote-highlight">{t.slice(offsets[0], offsets[1])}</mark>
          {t.slice(offsets[1])}
        </>
      );
    } else {
      mismatch = offsets !== null;
      body = t;
    }
  }

  return (
    <article className="reader" data-testid="article-reader" aria-labelledby="reader-title">
      <div className="detail-actions">
        <button type="button" className="link-button" onClick={close}>
          ← Back{selected ? ' to the event' : ''}
        </button>
      </div>
      <h2 id="reader-title">{sourceLabel(source, file)}</h2>
      <p className="note">
        {source?.outlet ? `${source.outlet} · ` : ''}
        {describePublished(source)} · <code>{file}</code>
      </p>
      {source?.published && <p className="note">Publication date: {source.published.reasoning}</p>}
      {mismatch && <p className="error">The quote is not at its recorded place in this text; shown unhighlighted.</p>}
      <div className="article-text">{body}</div>
    </article>
  );
}
