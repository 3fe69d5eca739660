/**
 * The table inspector, the side panel's Table tab: the one table selected on the canvas. Every
 * field runs a design command (src/ui/commands/design-commands.ts); nothing here changes the
 * document itself.
 */
import { useState, type ReactNode } from 'react';
import { keyOf, type Schema } from '../../core/model';
import { displayName } from '../lib/display-name';
import { quotingHint } from '../design/identifiers';
import { useDesignedSchema } from '../design/use-designed-schema';
import { useApp } from '../store';
import { AddColumnForm } from './AddColumnForm';
import { Checks } from './Checks';
import { ColumnRow } from './ColumnRow';
import { CommitField } from './fields';
import { ForeignKeys } from './ForeignKeys';
import { Indexes } from './Indexes';
import { run } from './commit';
import { TypeList } from './TypeList';
import './inspector.css';

interface TableInspectorProps {
  /** The schema as designed. */
  schema: Schema;
  /** Rendered in the inspector's patterns section for the table (see PATTERNS below). */
  patterns?: (table: { schema: string; name: string }) => ReactNode;
}

function Section({ title, count, children, testId }: { title: string; count?: number; children: ReactNode; testId: string }) {
  const [open, setOpen] = useState(true);
  return (
    <section className="inspector-section" data-testid={testId}>
      <h3>
        <button type="button" className="inspector-section__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {title}
          {count !== undefined && <span className="count">{count}</span>}
        </button>
      </h3>
      {open && children}
    </section>
  );
}

export function TableInspector({ schema: derived, patterns }: TableInspectorProps) {
  // Each control shows its edit at once, not when the worker has derived it.
  const schema = useDesignedSchema(derived);
  const selected = useApp((s) => (s.selectedNodes.length <= 1 ? s.selectedNode : undefined));
  const table = selected ? schema.tables[selected] : undefined;
  if (!table) {
    const view = selected ? schema.views[selected] : undefined;
    return (
      <p className="inspector-empty" data-testid="inspector-empty">
        {view
          ? `${displayName(view)} is a ${view.materialized ? 'materialized view' : 'view'}: its definition is edited in the SQL.`
          : 'Select one table on the canvas to edit its columns, keys, indexes, checks and patterns. Double-click the canvas (or use + Table) to add one.'}
      </p>
    );
  }
  const ref = { schema: table.schema, name: table.name };
  return (
    <aside className="inspector nokey" aria-label="Table inspector" data-testid="inspector" data-table={keyOf(table)}>
      <TypeList schema={schema} />
      <div className="panel-heading">
        <h2>Table</h2>
        <button type="button" className="button button--small" onClick={() => run('delete-tables', { ids: [keyOf(table)] })} data-testid="inspector-delete-table" title="Delete the table (foreign keys pointing at it go too)">
          Delete
        </button>
      </div>
      <div className="inspector__body">
        <div className="inspector-table">
          {table.schema !== 'public' && <span className="inspector-table__schema">{table.schema}.</span>}
          <CommitField key={keyOf(table)} label="Table name" value={table.name} hint={quotingHint} onCommit={(name) => run('rename-table', { table: ref, name })} testId="inspector-table-name" className="inspector-table__name" />
        </div>
        <CommitField label={`Comment on table ${displayName(table)}`} value={table.comment ?? ''} placeholder="Comment" onCommit={(comment) => run('set-comment', { table: ref, comment })} testId="inspector-table-comment" multiline />
        <Section title="Columns" count={table.columns.length} testId="inspector-columns">
          <ul className="inspector-list">
            {table.columns.map((column, index) => (
              <ColumnRow key={column.name} table={table} column={column} index={index} />
            ))}
          </ul>
          <AddColumnForm key={keyOf(table)} table={ref} />
        </Section>
        <Section title="Foreign keys" count={table.foreignKeys.length} testId="inspector-fks">
          <ForeignKeys table={table} />
        </Section>
        <Section title="Indexes" count={table.indexes.length} testId="inspector-indexes">
          <Indexes table={table} />
        </Section>
        <Section title="Checks" count={table.checks.filter((c) => !c.inherited).length} testId="inspector-checks">
          <Checks table={table} />
        </Section>
        {/*
          PATTERNS: the lead's patterns section for this table (src/ui/patterns/PatternToggles,
          `{ schema, target }`) renders here, through the `patterns` prop App.tsx passes.
        */}
        {patterns && (
          <Section title="Patterns" testId="inspector-patterns">
            {patterns(ref)}
          </Section>
        )}
      </div>
    </aside>
  );
}
