import { useEffect, useState } from 'react';

type MonacoModule = typeof import('./monaco');

export type MonacoState =
  | { status: 'loading' }
  | { status: 'ready'; module: MonacoModule }
  | { status: 'failed'; error: string };

let loading: Promise<MonacoModule> | undefined;
let loaded: MonacoModule | undefined;

/** Loads Monaco's chunk (once). */
export function loadMonaco(): Promise<MonacoModule> {
  loading ??= import('./monaco').then((module) => (loaded = module));
  return loading;
}

/**
 * Monaco, loaded after the first paint so that the page (and the sample's text in a plain
 * fallback) shows before the editor's chunk is fetched and evaluated.
 */
export function useMonaco(): MonacoState {
  const [state, setState] = useState<MonacoState>(() => (loaded ? { status: 'ready', module: loaded } : { status: 'loading' }));
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted: rAF runs before that paint, the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        loadMonaco().then(
          (module) => live && setState({ status: 'ready', module }),
          (error: unknown) => live && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
        );
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [state.status]);
  return state;
}
