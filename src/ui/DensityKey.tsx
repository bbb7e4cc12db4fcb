import { RAMP_STOPS } from '../map/gpu/density';
import { useAtlas } from './atlas-context';

const gradient = `linear-gradient(to right, ${RAMP_STOPS.map((s, i) => `${s.color} ${(100 * i) / (RAMP_STOPS.length - 1)}%`).join(', ')})`;
const count = (n: number, last: boolean) => `${n.toLocaleString('en')}${last ? '+' : ''}`;

/**
 * The legend's line on the density view (a large data set, zoomed out): what its colours
 * count, and within how far of a point at this zoom. Only while the map draws one.
 */
export function DensityKey() {
  const density = useAtlas((s) => s.density);
  if (!density) return null;
  return (
    <li className="density-key" data-testid="density-key">
      <span>
        Events within about {density.radiusKm.toLocaleString('en')} km of a point (zoom in or click for markers)
      </span>
      <span className="density-ramp" style={{ background: gradient }} aria-hidden="true" />
      <span className="density-ticks" aria-hidden="true">
        {RAMP_STOPS.map((s, i) => (
          <span key={s.events}>{count(s.events, i === RAMP_STOPS.length - 1)}</span>
        ))}
      </span>
    </li>
  );
}
