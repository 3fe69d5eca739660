/**
 * Ctrl/Cmd+K: a searchable list of commands and of the tables to jump to (palette.ts). Arrow keys
 * choose, Enter runs, Escape closes. Inside the SQL editor the key stays Monaco's (it starts its
 * chords there).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../store';
import { filterEntries, paletteEntries, tableEntries, type PaletteEntry } from './palette';
import { matchesShortcut, shortcutLabel } from './shortcuts';
import './palette.css';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** A 5,000-table schema lists only the first matches: typing narrows it. */
const MAX_SHOWN = 60;

/** `tables`: the canvas's node keys (`schema.name`), offered as "Go to" entries. */
export function CommandPalette({ tables = [] }: { tables?: readonly string[] }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, 'Mod+K')) return;
      if ((event.target as Element | null)?.closest?.('.monaco-editor')) return;
      event.preventDefault();
      setOpen((was) => !was);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <Palette tables={tables} onClose={() => setOpen(false)} /> : null;
}

function Palette({ tables, onClose }: { tables: readonly string[]; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const state = useApp();
  const entries = useMemo(() => [...paletteEntries(), ...tableEntries(tables)], [tables]);
  const shown = filterEntries(entries, query).slice(0, MAX_SHOWN);
  const input = useRef<HTMLInputElement>(null);
  const previousFocus = useRef<Element | null>(document.activeElement);

  useEffect(() => {
    input.current?.focus();
    const back = previousFocus.current;
    return () => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);
  useEffect(() => setActive(0), [query]);

  const runEntry = (entry: PaletteEntry | undefined) => {
    if (!entry || !entry.enabled(state)) return;
    onClose();
    entry.run();
  };

  return (
    <div className="palette-backdrop" onPointerDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="palette nokey" role="dialog" aria-label="Command palette" data-testid="command-palette">
        <input
          ref={input}
          className="palette__input"
          value={query}
          placeholder="Type a command or a table name…"
          aria-label="Command"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[active] ? `palette-${shown[active]!.id}` : undefined}
          data-testid="command-palette-input"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => Math.min(i + 1, shown.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              runEntry(shown[active]);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onClose();
            }
          }}
        />
        <ul id="palette-list" className="palette__list" role="listbox" aria-label="Commands">
          {shown.length === 0 && <li className="palette__empty">No command or table matches.</li>}
          {shown.map((entry, index) => {
            const enabled = entry.enabled(state);
            return (
              <li
                key={entry.id}
                id={`palette-${entry.id}`}
                role="option"
                aria-selected={index === active}
                aria-disabled={!enabled}
                className={`palette__item${index === active ? ' is-active' : ''}${enabled ? '' : ' is-disabled'}`}
                data-testid="command-palette-item"
                data-command={entry.id}
                onPointerMove={() => setActive(index)}
                onClick={() => runEntry(entry)}
              >
                <span>{entry.label}</span>
                {entry.shortcuts?.[0] && <kbd>{shortcutLabel(entry.shortcuts[0], MAC)}</kbd>}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
