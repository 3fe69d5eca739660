import type { ReactNode } from 'react';
import { useApp, type ThemeChoice } from '../store';
import { OpenFileButton } from './OpenFileButton';
import './header.css';

/** Product name, the current source's name, the theme and the way to open another source. */
export function Header({ sourceName, onFile, actions }: { sourceName: string; onFile: (file: File) => void; actions?: ReactNode }) {
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg className="app-header__logo" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="2" y="3" width="9" height="7" rx="1.5" />
          <rect x="13" y="14" width="9" height="7" rx="1.5" />
          <path d="M6.5 10v4.5a2 2 0 0 0 2 2H13" fill="none" />
        </svg>
        <h1>Schemawise</h1>
        <span className="app-header__tagline">PostgreSQL schema designer &amp; linter</span>
      </div>
      <div className="app-header__actions">
        {actions}
        <span className="app-header__source" title={sourceName} data-testid="source-name">
          {sourceName}
        </span>
        <label className="app-header__theme">
          <span className="visually-hidden">Theme</span>
          <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
            <option value="system">System theme</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <OpenFileButton onFile={onFile} />
      </div>
    </header>
  );
}
