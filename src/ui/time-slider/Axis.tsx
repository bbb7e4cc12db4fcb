/**
 * Month ticks along the histogram and the domain's first and last day at its ends. Depends on
 * the domain only, so it renders once per data set.
 */
import { memo } from 'react';
import type { DayWindow } from '../../domain/selectors';
import { monthTicks } from './axis-ticks';
import { shortDay } from './format';
import { cellPct } from './window-math';

export const Axis = memo(function Axis({ domain }: { domain: DayWindow }) {
  const ticks = monthTicks(domain);
  return (
    <div className="ts-axis">
      <div className="ts-ticks" aria-hidden="true">
        <div className="ts-cells">
          {ticks.map((t) => (
            <span
              key={t.day}
              className="ts-tick"
              data-wide={t.wide || undefined}
              data-narrow={t.narrow || undefined}
              style={{ left: `${cellPct(t.day, domain)}%` }}
            >
              <span className="ts-tick-label">{t.label}</span>
            </span>
          ))}
        </div>
      </div>
      <div className="ts-ends">
        <span>{shortDay(domain.start)}</span>
        <span>{shortDay(domain.end)}</span>
      </div>
    </div>
  );
});
