/**
 * Play/pause and speed, under the axis. Reads only `playing` and `speed`, so scrubbing does
 * not re-render it; the count beside it (`WindowCount`) is the part that follows the window.
 */
import { memo, useId } from 'react';
import { useAtlas, useAtlasStore } from '../atlas-context';
import { WindowCount } from '../WindowCount';
import { usePlayback } from './use-playback';
import { playFrom } from './window-math';

/** Days per second offered. */
const SPEEDS = [1, 7, 30];

export const PlayControls = memo(function PlayControls() {
  const store = useAtlasStore();
  const playing = useAtlas((s) => s.playing);
  const speed = useAtlas((s) => s.speed);
  const speedId = useId();
  usePlayback();

  const toggle = () => {
    const s = store.getState();
    if (s.playing) return s.setPlaying(false);
    if (!s.data) return;
    s.setDateWindow(playFrom(s.dateWindow, s.data.domain));
    s.setPlaying(true);
  };

  return (
    <div className="ts-controls">
      {/* The name says what a press does; no aria-pressed, whose state would contradict it. */}
      <button type="button" className="ts-play" onClick={toggle} aria-label={playing ? 'Pause' : 'Play'}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          {playing ? <path d="M4 3h3v10H4zM9 3h3v10H9z" /> : <path d="M4.5 2.5v11l9-5.5z" />}
        </svg>
        <span aria-hidden="true">{playing ? 'Pause' : 'Play'}</span>
      </button>
      <label className="ts-speed" htmlFor={speedId}>
        Speed
      </label>
      <select
        id={speedId}
        className="ts-speed-select"
        value={speed}
        onChange={(e) => store.getState().setSpeed(Number(e.target.value))}
      >
        {SPEEDS.map((v) => (
          <option key={v} value={v}>
            {v} {v === 1 ? 'day' : 'days'}/s
          </option>
        ))}
      </select>
      <WindowCount className="ts-count" />
    </div>
  );
});
