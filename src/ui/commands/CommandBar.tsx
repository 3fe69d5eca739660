import { useCallback, useEffect, useRef, useState } from 'react';
import { openProjectFile, PROJECT_EXTENSION, saveProjectFile } from '../document/project-file';
import { createShareLink } from '../document/share';
import { RecentMenu } from '../components/RecentMenu';
import { useApp } from '../store';
import type { SaveState } from '../store-document';
import type { Action } from './actions';
import { ACTIONS } from './actions';
import { execute } from './execute';
import { COMMANDS } from './registry';
import { shortcutLabel } from './shortcuts';
import { useCommandShortcuts } from './use-shortcuts';
import './commands.css';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function withShortcut(label: string, shortcuts?: string[]): string {
  return shortcuts?.length ? `${label} (${shortcuts.map((s) => shortcutLabel(s, MAC)).join(', ')})` : label;
}

const SAVE_LABELS: Record<SaveState, string> = {
  idle: '',
  pending: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
  unavailable: 'No autosave',
  conflict: 'Not saved',
  paused: 'Not saved',
};

const SAVE_TITLES: Partial<Record<SaveState, string>> = {
  saved: 'Every change is saved in this browser (IndexedDB)',
  conflict: 'This document was changed in another tab: choose which version to keep (the bar below the counts)',
  paused: 'A panel failed to show this document: nothing is saved until it shows again',
};

/**
 * The document toolbar, rendered from the command registry: undo, redo, project files, share
 * link, the sample; with the autosave state. Installs the registry's keyboard shortcuts.
 */
export function CommandBar() {
  const canUndo = useApp((s) => COMMANDS.undo.enabled(s));
  const canRedo = useApp((s) => COMMANDS.redo.enabled(s));
  const saveState = useApp((s) => s.saveState);
  const saveError = useApp((s) => s.saveError);
  const fileInput = useRef<HTMLInputElement>(null);
  const [share, setShare] = useState<{ url: string; copied: boolean } | undefined>(undefined);

  const openShare = useCallback(async () => {
    const link = createShareLink();
    if ('error' in link) {
      setShare(undefined);
      useApp.getState().notify('error', link.error);
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(link.url);
      copied = true;
    } catch {
      // Not allowed (no permission, no focus): the link is shown to copy by hand.
    }
    setShare({ url: link.url, copied });
  }, []);

  const perform = useCallback(
    (id: Action['id']) => {
      if (id === 'save-project') saveProjectFile();
      else if (id === 'open-project') fileInput.current?.click();
      else void openShare();
    },
    [openShare],
  );
  useCommandShortcuts(perform);

  return (
    <div className="command-bar" role="toolbar" aria-label="Document">
      <button type="button" className="button button--small button--icon" disabled={!canUndo} onClick={() => execute('undo')} title={withShortcut('Undo', COMMANDS.undo.shortcuts)} aria-label="Undo" data-testid="command-undo">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5.5 3.5 2.5 6.5l3 3M3 6.5h6.5a4 4 0 0 1 0 8H7" />
        </svg>
      </button>
      <button type="button" className="button button--small button--icon" disabled={!canRedo} onClick={() => execute('redo')} title={withShortcut('Redo', COMMANDS.redo.shortcuts)} aria-label="Redo" data-testid="command-redo">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M10.5 3.5l3 3-3 3M13 6.5H6.5a4 4 0 0 0 0 8H9" />
        </svg>
      </button>
      <span className="command-bar__separator" aria-hidden="true" />
      <button type="button" className="button button--small" onClick={() => perform('save-project')} title={withShortcut(`Save the project (${PROJECT_EXTENSION} file)`, ACTIONS['save-project'].shortcuts)} data-testid="command-save-project">
        Save
      </button>
      <button type="button" className="button button--small" onClick={() => perform('open-project')} title={withShortcut(`Open a ${PROJECT_EXTENSION} project file`, ACTIONS['open-project'].shortcuts)} data-testid="command-open-project">
        Open project
      </button>
      <RecentMenu />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="project-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void openProjectFile(file);
          event.target.value = '';
        }}
      />
      <span className="command-bar__share">
        <button type="button" className="button button--small" onClick={() => void openShare()} title="A link that opens this document (it travels in the link; nothing is uploaded)" data-testid="command-share">
          Share
        </button>
        {share && <SharePopover url={share.url} copied={share.copied} onClose={() => setShare(undefined)} />}
      </span>
      <button type="button" className="button button--small" onClick={() => execute('new-document')} title="Start from an empty schema and design it on the canvas (undoable)" data-testid="command-new-document">
        New
      </button>
      <button type="button" className="button button--small" onClick={() => execute('reset-sample')} title="Replace the document with the sample schema (undoable)" data-testid="command-reset-sample">
        Sample
      </button>
      <span className={`command-bar__save command-bar__save--${saveState}`} data-testid="save-state" data-state={saveState} title={saveError ?? SAVE_TITLES[saveState]}>
        {SAVE_LABELS[saveState]}
      </span>
    </div>
  );
}

function SharePopover({ url, copied, onClose }: { url: string; copied: boolean; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    input.current?.select();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    const onPointer = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose]);
  return (
    <div ref={box} className="share-popover" role="dialog" aria-label="Share link">
      <p className="share-popover__text">
        {copied ? 'Link copied to the clipboard.' : 'Copy this link:'} It holds the whole document ({Math.ceil(url.length / 1024)} KB); nothing is uploaded.
      </p>
      <input ref={input} readOnly value={url} aria-label="Share link" data-testid="share-url" onFocus={(event) => event.target.select()} />
      <button type="button" className="button button--small" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/** A message about something the app did on its own: a link opened, a file refused. */
export function NoticeBar() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(dismiss, 8000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice" data-tone={notice.tone}>
      <span>{notice.text}</span>
      <button type="button" className="link-button" onClick={dismiss} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
