// First: libpg-query, which the main thread loads too (renames in design edits are followed
// into view queries and other stored SQL through the parser), must find its WebAssembly binary.
import './worker/locate-wasm';
import { loadModule } from 'libpg-query';
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

// Until it is loaded, a rename made on the canvas leaves stored SQL as it was (the differ then
// rebuilds what names the old name); the workers have their own copy.
void loadModule();
