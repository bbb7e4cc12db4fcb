import { isDocument, type Claim, type Source } from '../../domain/types';
import { describePublished, sourceLabel, unchecked } from './source-label';

const STATUS_WORDS: Record<Claim['status'], string> = {
  reported: 'Reported',
  unverified: 'Unverified',
  denied: 'Denied',
  forecast: 'Forecast',
  analysis: 'Analysis',
};

/**
 * One source's exact words, who said them, where and when they were published. A seed's quote
 * opens in the reader; an external document's quote is marked as unchecked and its URL linked
 * (never fetched: the reader's browser opens it, without telling the site where it came from).
 */
export function ClaimCard({ claim, source, onRead }: { claim: Claim; source: Source | undefined; onRead: () => void }) {
  const document = isDocument(source) ? source : null;
  return (
    <li className="claim" data-testid="claim">
      <div className="claim-head">
        <span className={`status status-${claim.status}`}>{STATUS_WORDS[claim.status]}</span>
        <span className="attribution">{claim.attribution}</span>
      </div>
      <blockquote>“{claim.quote}”</blockquote>
      {document && (
        <p className="note" data-testid="claim-unchecked">
          {unchecked(document)}
        </p>
      )}
      <div className="claim-foot">
        <span>
          <cite>{sourceLabel(source, claim.source)}</cite>
          {source?.outlet && source.headline && <> · {source.outlet}</>} · {describePublished(source)}
        </span>
        {document ? (
          document.url && (
            <a className="link-button" href={document.url} target="_blank" rel="noopener noreferrer" data-testid="source-link">
              Open article
            </a>
          )
        ) : (
          <button type="button" className="link-button" onClick={onRead} data-testid="read-in-source">
            Read in source
          </button>
        )}
      </div>
    </li>
  );
}
