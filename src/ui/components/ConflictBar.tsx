import { keepBoth, takeTheirs } from '../document/session';
import { useSession } from '../document/session-store';

/**
 * Another tab saved this document after this tab read it, and this tab has changes too: nothing
 * is saved until the user chooses (theirs, with this tab's version one undo away, or both, this
 * tab's saved as a copy).
 */
export function ConflictBar() {
  const conflict = useSession((s) => s.conflict);
  if (!conflict) return null;
  return (
    <div className="notice notice--error conflict-bar" role="alert" data-testid="conflict">
      <span>
        “{conflict.theirs.name}” was changed in another tab at {new Date(conflict.theirs.savedAt).toLocaleTimeString()}. Your changes here are not saved yet; nothing is overwritten until you choose.
      </span>
      <span className="conflict-bar__actions">
        <button type="button" className="button button--small" onClick={() => void takeTheirs()} data-testid="conflict-theirs">
          Open the other tab's version
        </button>
        <button type="button" className="button button--small button--primary" onClick={keepBoth} data-testid="conflict-keep-both">
          Keep both
        </button>
      </span>
    </div>
  );
}
