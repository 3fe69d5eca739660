/**
 * The canvas's table and view nodes. Memoized, and fed display-ready data that graph.ts reuses
 * when a table did not change, so a re-import re-renders only the tables that changed. Each
 * column an edge starts or ends at has a handle on both sides; the edge picks the nearer one.
 */
import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useApp } from '../store';
import type { ColumnRow, FindingBadge, TableNodeData, ViewNodeData } from './graph';

export type TableFlowNode = Node<TableNodeData, 'table'>;
export type ViewFlowNode = Node<ViewNodeData, 'view'>;
export type ErFlowNode = TableFlowNode | ViewFlowNode;

/** Handle ids: `<column>:L` / `<column>:R` for a column, `node:L` / `node:R` for the whole node. */
export const handleId = (column: string | undefined, side: 'L' | 'R') => `${column ?? 'node'}:${side}`;
const NODE_COLUMN = undefined;

function Handles({ column }: { column?: string }) {
  return (
    <>
      <Handle type="source" position={Position.Left} id={handleId(column, 'L')} isConnectable={false} className="er-handle" />
      <Handle type="source" position={Position.Right} id={handleId(column, 'R')} isConnectable={false} className="er-handle" />
    </>
  );
}

function Badge({ findings }: { findings?: FindingBadge }) {
  if (!findings) return null;
  const label = `${findings.count} ${findings.count === 1 ? 'problem' : 'problems'}, worst: ${findings.worst === 'warn' ? 'warning' : findings.worst}`;
  return (
    <span className={`er-badge er-badge--${findings.worst}`} title={label} aria-label={label} data-testid="node-findings">
      {findings.count}
    </span>
  );
}

function Name({ schema, name }: { schema: string; name: string }) {
  return (
    <span className="er-node__name">
      {schema !== 'public' && <span className="er-node__schema">{schema}.</span>}
      {name}
    </span>
  );
}

/**
 * Level of detail: below this zoom the column text (under 3 px) is unreadable anyway, and drawing it for
 * thousands of tables is what makes zooming out stutter. Rows keep their height (edges still meet
 * their columns); only the rows an edge uses keep their handles.
 */
const DETAIL_ZOOM = 0.25;
const zoomedOut = (state: ReactFlowState) => state.transform[2] < DETAIL_ZOOM;

function SketchRows({ columns }: { columns: ColumnRow[] }) {
  return (
    <ul className="er-node__rows er-node__rows--sketch" style={{ height: columns.length * 22 + 8 }}>
      {columns.map((column, index) =>
        column.handle ? (
          <li key={column.name} className="er-col er-col--sketch" style={{ top: 4 + index * 22 }}>
            <Handles column={column.name} />
          </li>
        ) : null,
      )}
    </ul>
  );
}

const ColumnItem = memo(function ColumnItem({ column, focused }: { column: ColumnRow; focused: boolean }) {
  return (
    <li className={`er-col${focused ? ' is-focused' : ''}`}>
      {column.handle && <Handles column={column.name} />}
      <span className="er-col__name" title={column.name}>
        {column.name}
      </span>
      <span className="er-col__type" title={column.fullType}>
        {column.type}
      </span>
      <span className="er-col__marks">
        {column.pk && <abbr className="mark mark--pk" title="Primary key">PK</abbr>}
        {column.fk && <abbr className="mark mark--fk" title={column.fk}>FK</abbr>}
        {column.unique && <abbr className="mark mark--uq" title="Unique">UQ</abbr>}
        {column.notNull && !column.pk && <abbr className="mark mark--nn" title="NOT NULL">NN</abbr>}
      </span>
    </li>
  );
});

export const TableNode = memo(function TableNode({ id, data }: NodeProps<TableFlowNode>) {
  // Only the node a finding points at re-renders when the focus moves.
  const focusedColumn = useApp((s) => (s.focus?.node === id ? (s.focus.column ?? '') : undefined));
  const label = `${data.schema === 'public' ? '' : `${data.schema}.`}${data.name}`;
  const sketch = useStore(zoomedOut);
  return (
    <article className="er-node er-table" aria-label={`Table ${label}`} data-testid="table-node" data-partition={data.partition || undefined}>
      <header className={`er-node__header${data.note ? ' er-node__header--note' : ''}`} title={data.details}>
        <Handles column={NODE_COLUMN} />
        <div className="er-node__title">
          <Name schema={data.schema} name={data.name} />
          <Badge findings={data.findings} />
        </div>
        {data.note && <div className="er-node__note">{data.note}</div>}
      </header>
      {data.columns.length > 0 &&
        (sketch ? (
          <SketchRows columns={data.columns} />
        ) : (
          <ul className="er-node__rows">
            {data.columns.map((column) => (
              <ColumnItem key={column.name} column={column} focused={focusedColumn === column.name} />
            ))}
          </ul>
        ))}
    </article>
  );
});

export const ViewNode = memo(function ViewNode({ data }: NodeProps<ViewFlowNode>) {
  const kind = data.materialized ? 'Materialized view' : 'View';
  const label = `${data.schema === 'public' ? '' : `${data.schema}.`}${data.name}`;
  return (
    <article
      className={`er-node er-view${data.materialized ? ' er-view--materialized' : ''}`}
      aria-label={`${kind} ${label}`}
      data-testid="view-node"
    >
      <header className="er-node__header er-node__header--note" title={data.details}>
        <Handles column={NODE_COLUMN} />
        <div className="er-node__title">
          <Name schema={data.schema} name={data.name} />
          <Badge findings={data.findings} />
        </div>
        <div className="er-node__note">{kind.toLowerCase()}</div>
      </header>
      {data.rows.length > 0 && (
        <ul className="er-node__rows">
          {data.rows.map((row, index) => (
            <li key={index} className="er-col">
              <span className="er-col__name">{row.label}</span>
              {row.detail && <span className="er-col__type">{row.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
});
