import type { Claim, Source } from '../../domain/types';
import { describePublished, sourceLabel } from './source-label';

const STATUS_WORDS: Record<Claim['status'], string> = {
  reported: 'Reported',
  unverified: 'Unverified',
  denied: 'Denied',
  forecast: 'Forecast',
  analysis: 'Analysis',
};

/** One source's exact words, who said them, where and when they were published. */
export function ClaimCard({ claim, source, onRead }: { claim: Claim; source: Source | undefined; onRead: () => void }) {
  return (
    <li className="claim" data-testid="claim">
      <div className="claim-head">
        <span className={`status status-${claim.status}`}>{STATUS_WORDS[claim.status]}</span>
        <span className="attribution">{claim.attribution}</span>
      </div>
      <blockquote>“{claim.quote}”</blockquote>
      <div className="claim-foot">
        <span>
          <cite>{sourceLabel(source, claim.source)}</cite>
          {source?.outlet && source.headline && <> · {source.outlet}</>} · {describePublished(source)}
        </span>
        <button type="button" className="link-button" onClick={onRead} data-testid="read-in-source">
          Read in source
        </button>
      </div>
    </li>
  );
}
