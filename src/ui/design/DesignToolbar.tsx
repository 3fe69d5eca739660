/**
 * The canvas's design buttons: new table, enums; align and delete for a multiple selection (one
 * table is deleted from its inspector, or with the Delete key).
 */
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { EnumMenu } from './EnumMenu';
import type { Schema } from '../../core/model';

export function DesignToolbar({ schema }: { schema: Schema }) {
  const count = useApp((s) => s.selectedNodes.length);
  return (
    <>
      <button type="button" className="button button--small" onClick={() => execute('create-table')} title="Add a table (or double-click the canvas where it should go)" data-testid="design-new-table">
        + Table
      </button>
      <EnumMenu schema={schema} />
      {count > 1 && (
        <>
          <button type="button" className="button button--small" onClick={() => execute('align-tables', { edge: 'left' })} title="Line the selected tables up on their left edges" data-testid="design-align-left">
            Align left
          </button>
          <button type="button" className="button button--small" onClick={() => execute('align-tables', { edge: 'top' })} title="Line the selected tables up on their top edges" data-testid="design-align-top">
            Align top
          </button>
        </>
      )}
      {count > 1 && (
        <button type="button" className="button button--small" onClick={() => execute('delete-tables')} title="Delete the selected tables (Delete)" data-testid="design-delete">
          Delete {count}
        </button>
      )}
    </>
  );
}
