import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDataset } from './data/load';
import { formatIssue } from './data/files';
import { createAtlasStore } from './state/store';
import { decodeUrl } from './state/url-state';
import { startUrlSync } from './state/url-sync';
import { AtlasProvider } from './ui/atlas-context';
import { App } from './ui/App';

const store = createAtlasStore();
// Before the map exists, so a camera in the link is where the map opens.
startUrlSync(store);

async function load(folder: string | undefined): Promise<void> {
  const { data, version, issues } = await loadDataset(folder, (progress) => store.getState().setLoading(progress));
  store.getState().setData(data, version, issues, folder ?? null);
  if (issues.length > 0) {
    console.warn(`Event Atlas set aside ${issues.length} record(s):\n${issues.slice(0, 50).map(formatIssue).join('\n')}`);
  }
}

const folder = decodeUrl(window.location.search).state.data;
load(folder).catch(async (error: Error) => {
  if (!folder) return store.getState().setLoadError(error.message);
  // Another data set named by the link failed: say so, and show the shipped one instead.
  store.getState().notify('error', `The data set “${folder}” could not be loaded (${error.message}); showing the built-in data.`);
  await load(undefined).catch((e: Error) => store.getState().setLoadError(e.message));
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AtlasProvider store={store}>
      <App />
    </AtlasProvider>
  </StrictMode>,
);
