/** A foreign key whose column types differ: offers to retype the referencing column, or to cancel. */
import { formatType } from '../../core/model/format-type';
import { execute } from '../commands/execute';
import type { PendingForeignKey } from './use-canvas-design';

export function ForeignKeyPrompt({ pending, onClose }: { pending: PendingForeignKey; onClose: () => void }) {
  const { draft, mismatches } = pending;
  const accept = () => {
    onClose();
    execute('add-foreign-key', { ...draft, retype: true });
  };
  return (
    <div className="fk-prompt nokey" role="alertdialog" aria-label="Foreign key types differ" data-testid="fk-prompt">
      {mismatches.map((m) => (
        <p key={m.column}>
          <code>
            {draft.table.name}.{m.column}
          </code>{' '}
          is <code>{formatType(m.type)}</code> but{' '}
          <code>
            {draft.references.name}.{m.referenced}
          </code>{' '}
          is <code>{formatType(m.referencedType)}</code>: a foreign key's columns must have the same type.
        </p>
      ))}
      <div className="fk-prompt__actions">
        <button type="button" className="button button--small button--primary" onClick={accept} data-testid="fk-prompt-retype" autoFocus>
          Change {mismatches.map((m) => `${draft.table.name}.${m.column}`).join(', ')} to {formatType(mismatches[0]!.referencedType)}
        </button>
        <button type="button" className="button button--small" onClick={onClose} data-testid="fk-prompt-cancel">
          Cancel
        </button>
      </div>
    </div>
  );
}
