import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * index.html carries the production Content-Security-Policy. The dev server needs one
 * relaxation that the production build does not: the inline React Fast Refresh preamble.
 * (Inline styles are allowed in both: Monaco writes its theme and decorations into <style>
 * elements and style attributes, and has no nonce support. Scripts, fonts, images and
 * connections stay 'self' only.)
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'schemawise:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  plugins: [react(), relaxCspForDevServer()],
  // The import worker is an ES module (it imports the core and the libpg-query WASM loader).
  worker: { format: 'es' },
  // Crawl the worker too, so its dependencies are pre-bundled before the first page load.
  // elk-api (CommonJS) is imported lazily, on the first layout: listed so that the dev server
  // pre-bundles it up front instead of discovering it then and reloading the page.
  optimizeDeps: { entries: ['index.html', 'src/worker/*.worker.ts'], include: ['elkjs/lib/elk-api.js'] },
  server: { port: 5173 },
  // OUT_DIR lets two builds (and their e2e runs) share a checkout.
  build: { target: 'es2022', outDir: process.env.OUT_DIR ?? 'dist' },
});
