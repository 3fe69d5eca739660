import { useEffect, useLayoutEffect, useState } from 'react';
import type { ThemeChoice } from '../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme in force (the user's choice, or the system's), applied as `data-theme` on <html>. */
export function useTheme(choice: ThemeChoice): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => globalThis.matchMedia?.(DARK_QUERY).matches ?? false);
  useEffect(() => {
    const query = globalThis.matchMedia?.(DARK_QUERY);
    if (!query) return;
    const update = () => setSystemDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
