/**
 * Category colours and labels, shared by the map layers and the legend so they cannot drift.
 * Hues after Okabe–Ito and Tableau 10, distinguishable with common colour-vision deficiencies,
 * all dark enough to carry a white marker outline on the light basemap.
 */
import type { Category } from '../domain/schema';
import { CATEGORIES } from '../domain/vocabulary';

export const CATEGORY_STYLE: Record<Category, { color: string; label: string }> = {
  deployment: { color: '#d55e00', label: 'Deployment' },
  movement: { color: '#e69f00', label: 'Movement' },
  training: { color: '#8c6d31', label: 'Training' },
  strike: { color: '#b2182b', label: 'Strike' },
  casualties: { color: '#6a3d9a', label: 'Casualties' },
  statement: { color: '#0072b2', label: 'Statement' },
  agreement: { color: '#009e73', label: 'Agreement' },
  intelligence: { color: '#cc79a7', label: 'Intelligence' },
  analysis: { color: '#5f6b73', label: 'Analysis' },
  'ground-fighting': { color: '#7f2704', label: 'Ground fighting' },
  'armed-conflict': { color: '#a6761d', label: 'Armed conflict (means not stated)' },
  explosion: { color: '#e7298a', label: 'Explosion' },
  'violence-against-civilians': { color: '#4d004b', label: 'Violence against civilians' },
  protest: { color: '#1b7837', label: 'Protest' },
  riot: { color: '#b35806', label: 'Riot' },
  other: { color: '#737373', label: 'Other' },
};

export const CATEGORY_ORDER: readonly Category[] = CATEGORIES;
