import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDataset } from './data/load';
import { createAtlasStore } from './state/store';
import { startUrlSync } from './state/url-sync';
import { AtlasProvider } from './ui/atlas-context';
import { App } from './ui/App';
import { formatIssue } from './data/validate';

const store = createAtlasStore();
// Before the map exists, so a camera in the link is where the map opens.
startUrlSync(store);

loadDataset().then(
  ({ data, version, issues }) => {
    store.getState().setData(data, version, issues);
    if (issues.length > 0) console.warn(`Event Atlas set aside ${issues.length} record(s):\n${issues.map(formatIssue).join('\n')}`);
  },
  (error: Error) => store.getState().setLoadError(error.message),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AtlasProvider store={store}>
      <App />
    </AtlasProvider>
  </StrictMode>,
);
