import { useEffect, useMemo, useRef } from 'react';

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a call that is still waiting. */
  cancel(): void;
  /** Makes a call that is still waiting now (the page is going away). */
  flush(): void;
}

/** A stable function that calls `callback` with the last arguments once calls pause for `delayMs`. */
export function useDebounced<A extends unknown[]>(callback: (...args: A) => void, delayMs: number): Debounced<A> {
  const latest = useRef(callback);
  latest.current = callback;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<A | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(() => {
    const run = () => {
      clearTimeout(timer.current);
      const args = pending.current;
      pending.current = undefined;
      if (args) latest.current(...args); // bounded: the callback's own arguments
    };
    const debounced = (...args: A) => {
      clearTimeout(timer.current);
      pending.current = args;
      timer.current = setTimeout(run, delayMs);
    };
    const cancel = () => {
      clearTimeout(timer.current);
      pending.current = undefined;
    };
    return Object.assign(debounced, { cancel, flush: run });
  }, [delayMs]);
}
