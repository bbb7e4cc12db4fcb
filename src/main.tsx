import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAtlasStore } from './state/store';
import { startUrlSync } from './state/url-sync';
import { AtlasProvider } from './ui/atlas-context';
import { App } from './ui/App';
import { startDataset } from './ui/open-data/start-dataset';

const store = createAtlasStore();
// Before the map exists, so a camera in the link is where the map opens.
startUrlSync(store);
// The link's data set (or the shipped one); the store owns progress, notices and fallback.
void startDataset(store, window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AtlasProvider store={store}>
      <App />
    </AtlasProvider>
  </StrictMode>,
);
