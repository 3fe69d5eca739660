import { useEffect, useMemo, useRef } from 'react';

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a call that is still waiting. */
  cancel(): void;
}

/** A stable function that calls `callback` with the last arguments once calls pause for `delayMs`. */
export function useDebounced<A extends unknown[]>(callback: (...args: A) => void, delayMs: number): Debounced<A> {
  const latest = useRef(callback);
  latest.current = callback;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(() => {
    const debounced = (...args: A) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delayMs); // bounded: the callback's own arguments
    };
    return Object.assign(debounced, { cancel: () => clearTimeout(timer.current) });
  }, [delayMs]);
}
