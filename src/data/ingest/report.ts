/**
 * The report after a load: events loaded, records set aside counted once each however many
 * faults they have, grouped by reason. A reason is the message with its specifics (quoted
 * values, numbers) taken out, so 500 rows with bad dates make one group of 500.
 */
import type { ValidationIssue } from '../../domain/types';
import type { FormatId, ImportReport, SetAsideRecord } from './types';

const values = (s: string): string => s.replace(/"[^"]*"/g, '"…"').replace(/“[^”]*”/g, '“…”').replace(/\[[^\]]*[)\]]/g, '[…]');

/**
 * The message with the record's own values removed: quoted values and spans everywhere, bare
 * numbers before the first parenthesis (after it, a message explains itself: "(1 to 7)").
 */
export function reasonOf(issue: ValidationIssue): string {
  const path = issue.path ? `${issue.path.replace(/\.\d+(?=\.|$)/g, '.N')}: ` : '';
  const cut = issue.message.indexOf(' (');
  const head = cut < 0 ? issue.message : issue.message.slice(0, cut);
  const tail = cut < 0 ? '' : issue.message.slice(cut);
  return `${path}${values(head).replace(/-?\d+(\.\d+)?(-\d+-\d+)?/g, 'N')}${values(tail)}`;
}

/** `#3` (the validator's index) and `row 3` both name a record; the report shows the row or id. */
const recordOf = (issue: ValidationIssue): string => issue.id.replace(/^row /, '');

export function buildReport(name: string, format: FormatId, loaded: number, issues: readonly ValidationIssue[], notes: readonly string[]): ImportReport {
  const groups = new Map<string, SetAsideRecord[]>();
  const records = new Set<string>();
  for (const issue of issues) {
    const reason = reasonOf(issue);
    let group = groups.get(reason);
    if (!group) groups.set(reason, (group = []));
    group.push({ file: issue.file, record: recordOf(issue), field: issue.path, message: issue.message });
    records.add(`${issue.file}\u0000${issue.id}`);
  }
  return {
    name,
    format,
    loaded,
    setAside: records.size,
    groups: [...groups]
      .map(([reason, list]) => ({ reason, count: new Set(list.map((r) => `${r.file}\u0000${r.record}`)).size, records: list }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    notes: [...notes],
    issues: [...issues],
  };
}
