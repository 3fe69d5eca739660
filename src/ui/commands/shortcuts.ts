/** Keyboard shortcuts of the command registry: `Mod+Shift+Z` style, Mod = Ctrl or ⌘. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  const mod = parts.includes('Mod');
  const shift = parts.includes('Shift');
  const alt = parts.includes('Alt');
  return event.key.toLowerCase() === key && (event.ctrlKey || event.metaKey) === mod && event.shiftKey === shift && event.altKey === alt;
}

/** `Mod+Shift+Z` as the user reads it on this platform. */
export function shortcutLabel(shortcut: string, mac: boolean): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (mac ? '⌘' : 'Ctrl') : part === 'Shift' && mac ? '⇧' : part))
    .join(mac ? '' : '+');
}

interface ElementLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

/**
 * Focus is where the key has a meaning of its own: text fields and the SQL editor (Monaco and
 * the textarea have their own undo), so document shortcuts leave those keys alone.
 */
export function isEditableTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const element = target as ElementLike;
  const tag = element.tagName?.toLowerCase();
  if (tag === 'input') return !NOT_TEXT.has(element.type ?? 'text');
  if (tag === 'textarea' || tag === 'select' || element.isContentEditable) return true;
  return Boolean(element.closest?.('.monaco-editor, [data-own-undo]'));
}
