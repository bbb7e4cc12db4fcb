import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { markerRadius, markerRadiusExpression } from './marker-size';

describe('marker radius', () => {
  it('the function and the circle-radius expression agree at every zoom', () => {
    const parsed = createExpression(markerRadiusExpression, 'layers[0].paint.circle-radius');
    if (parsed.result !== 'success') throw new Error('the radius expression does not parse');
    for (let zoom = 0; zoom <= 14; zoom += 0.25) {
      const fromStyle = parsed.value.evaluate({ zoom }) as number;
      expect(markerRadius(zoom)).toBeCloseTo(fromStyle, 6);
    }
  });
});
