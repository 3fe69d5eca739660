import { useEffect, useRef, useState } from 'react';
import { openRecent } from '../document/session';
import { useSession } from '../document/session-store';
import './recent-menu.css';

function when(savedAt: string): string {
  const date = new Date(savedAt);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleDateString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The recent documents (each document opened is saved in this browser on its own): open one in
 * this tab. The document open now is marked; the others stay as they were saved.
 */
export function RecentMenu() {
  const recent = useSession((s) => s.recent);
  const slot = useSession((s) => s.slot);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onPointer = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="recent-menu" ref={box}>
      <button type="button" className="button button--small" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title="Documents saved in this browser: open one again" data-testid="command-recent">
        Recent
      </button>
      {open && (
        <div className="recent-menu__list" role="menu" aria-label="Recent documents" data-testid="recent-menu">
          {recent.length === 0 && <p className="recent-menu__empty">Nothing saved yet: every document you open or change is kept here.</p>}
          {recent.map((entry) => (
            <button
              key={entry.slot}
              type="button"
              role="menuitem"
              className={`recent-menu__item${entry.slot === slot ? ' recent-menu__item--current' : ''}`}
              aria-current={entry.slot === slot || undefined}
              data-testid="recent-item"
              onClick={() => {
                setOpen(false);
                void openRecent(entry);
              }}
            >
              <span className="recent-menu__name">{entry.name}</span>
              <span className="recent-menu__meta">
                {entry.slot === slot ? 'open now · ' : ''}
                {when(entry.savedAt)} · {size(entry.bytes)}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
