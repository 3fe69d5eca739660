/**
 * Tells libpg-query where its WebAssembly binary is.
 *
 * libpg-query's Emscripten loader starts as soon as the package is imported, without options,
 * and fetches `libpg-query.wasm` next to the worker script (`self.location`), or, where a module
 * has no `document.currentScript` to be next to, the bare name `libpg-query.wasm`. Under Vite that
 * file lives elsewhere (hashed in dist/assets, or in node_modules in dev), so requests for it
 * are sent to the URL Vite gives the asset. Same origin only: the app works offline.
 *
 * This module must be imported before anything that imports libpg-query.
 */
import wasmUrl from 'libpg-query/wasm/libpg-query.wasm?url';

const nativeFetch = self.fetch.bind(self);

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * The loader's own name for the binary: next to the worker script, or (on a page, where a module
 * has no `document.currentScript` to be next to) the bare relative name.
 */
const LOADER_WASM = /(^|\/)libpg-query\.wasm$/;

self.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
  nativeFetch(LOADER_WASM.test(urlOf(input)) ? wasmUrl : input, init);
