/**
 * Playback: while `playing`, the window advances `speed` days per second, keeping its length,
 * and playback stops when the window reaches the domain end (it does not loop: an analyst
 * watching a story wants it to stop at the latest news, not jump back). It never starts by
 * itself, so `prefers-reduced-motion` users only see motion they asked for.
 *
 * One requestAnimationFrame loop, cancelled when paused or unmounted; it reads the store on
 * each frame, so a speed change or a handle moved mid-play takes effect at once.
 */
import { useEffect } from 'react';
import { useAtlas, useAtlasStore } from '../atlas-context';
import { lastDay, shiftWindow } from './window-math';

/** Longest frame gap counted: after a background tab, go on from where it was, don't leap. */
const MAX_FRAME_MS = 250;

export function usePlayback(): void {
  const store = useAtlasStore();
  const playing = useAtlas((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    let carry = 0;
    const tick = (now: number) => {
      const s = store.getState();
      const domain = s.data?.domain;
      if (!domain) return s.setPlaying(false);
      if (last !== null) {
        // Fractions of a day carry over, so 1 day/s at 60 frames/s still moves.
        carry += (Math.min(MAX_FRAME_MS, Math.max(0, now - last)) / 1000) * s.speed;
        const whole = Math.floor(carry);
        if (whole > 0) {
          carry -= whole;
          const next = shiftWindow(s.dateWindow, domain, whole);
          s.setDateWindow(next);
          if (next.end >= lastDay(domain)) return s.setPlaying(false);
        }
      }
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
