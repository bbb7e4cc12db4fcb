/**
 * Category colours and labels: the app's visual theme, read by the map's layers (both drawers)
 * and by the legend, filters and panel, so a marker and its legend entry cannot drift. Neither
 * the map nor the UI owns them; both import them from here.
 * Hues after Okabe–Ito and Tableau 10, distinguishable with common colour-vision deficiencies,
 * all dark enough to carry a white marker outline on the light basemap.
 */
import type { Category } from '../domain/schema';

export const CATEGORY_STYLE: Record<Category, { color: string; label: string }> = {
  deployment: { color: '#d55e00', label: 'Deployment' },
  movement: { color: '#e69f00', label: 'Movement' },
  training: { color: '#8c6d31', label: 'Training' },
  strike: { color: '#b2182b', label: 'Strike' },
  // Indigo, far in hue from the strike red: the two kinds of fighting must not be confused,
  // and it stays apart from statement blue and casualties purple under simulated deutan,
  // protan and tritan vision (CIELAB difference above 25 from every other category).
  'ground-fighting': { color: '#6622ff', label: 'Ground fighting' },
  casualties: { color: '#6a3d9a', label: 'Casualties' },
  statement: { color: '#0072b2', label: 'Statement' },
  agreement: { color: '#009e73', label: 'Agreement' },
  intelligence: { color: '#cc79a7', label: 'Intelligence' },
  analysis: { color: '#5f6b73', label: 'Analysis' },
  'armed-conflict': { color: '#a6761d', label: 'Armed conflict (means not stated)' },
  explosion: { color: '#e7298a', label: 'Explosion' },
  'violence-against-civilians': { color: '#4d004b', label: 'Violence against civilians' },
  protest: { color: '#1b7837', label: 'Protest' },
  riot: { color: '#b35806', label: 'Riot' },
  other: { color: '#737373', label: 'Other' },
};
