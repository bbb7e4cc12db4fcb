import { describe, expect, it } from 'vitest';
import { checkCrimea, loadCountries, thin } from './admin1';

describe('admin-1 build', () => {
  it('the package draws Crimea and Sevastopol as regions of Ukraine, as the country layer does', () => {
    const countries = loadCountries();
    expect(() => checkCrimea(countries)).not.toThrow();
    const rus = countries.get('rus')!;
    const moved = new Map(countries);
    const crimea = { type: 'Polygon' as const, arcs: [[0]], properties: { name: 'Crimea' } };
    moved.set('rus', { ...rus, objects: { RUS: { ...rus.objects.RUS!, geometries: [...rus.objects.RUS!.geometries, crimea] } } });
    expect(() => checkCrimea(moved)).toThrow(/Crimea/);
  });

  it('thins a line to points a step apart, keeping its ends', () => {
    expect(thin([[0, 0], [0.01, 0], [0.06, 0], [0.07, 0.01], [0.08, 0]], 0.05)).toEqual([[0, 0], [0.06, 0], [0.08, 0]]);
  });
});
