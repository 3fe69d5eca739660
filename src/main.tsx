import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { PanelBoundary } from './ui/components/PanelBoundary';

createRoot(document.getElementById('root')!, {
  // A panel that fails shows the error itself (PanelBoundary): a warning, not an error, in the console.
  onCaughtError: (error, info) => console.warn('A panel failed to render:', error, info.componentStack),
}).render(
  <StrictMode>
    <PanelBoundary name="app" label="Schemawise">
      <App />
    </PanelBoundary>
  </StrictMode>,
);
