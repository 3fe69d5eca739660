/**
 * The canvas's table and view nodes. Memoized, and fed display-ready data (graph.ts, display.ts)
 * reused when a table did not change, so a re-import re-renders only the tables that changed.
 * Lines are drawn by the route layer (edges.tsx), not hung on handles: a row has handles only
 * while a foreign key can be drawn from it (the table under the pointer).
 */
import { Handle, Position, useStore, useStoreApi, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { attempt, execute } from '../commands/execute';
import { useApp } from '../store';
import type { ColumnRow, FindingBadge, StaleMark } from './graph';
import { displayName } from '../lib/display-name';
import { farName, type ShownTableData, type ShownViewData } from './display';
import { NODE_WIDTH, nodeHeight } from './metrics';
import { headerNameOverflows, rowNameOverflows, typeOverflows } from './text-fit';

export type TableFlowNode = Node<ShownTableData, 'table'>;
export type ViewFlowNode = Node<ShownViewData, 'view'>;
export type ErFlowNode = TableFlowNode | ViewFlowNode;

/** Class of a node the schema filter or focus mode leaves out (hidden, and not exported). */
export const FILTERED_CLASS = 'is-filtered';

/** Handle ids: `<column>:L` / `<column>:R` for a column, `node:L` / `node:R` for the whole node. */
export const handleId = (column: string | undefined, side: 'L' | 'R') => `${column ?? 'node'}:${side}`;
const NODE_COLUMN = undefined;

/**
 * A row's handles. `connectable`: a foreign key can be drawn from them (design mode: the node is
 * under the pointer); otherwise they only anchor the edges drawn to the row.
 */
function Handles({ column, connectable = false }: { column?: string; connectable?: boolean }) {
  const className = connectable ? 'er-handle er-handle--connect' : 'er-handle';
  return (
    <>
      <Handle type="source" position={Position.Left} id={handleId(column, 'L')} isConnectable={connectable} className={className} />
      <Handle type="source" position={Position.Right} id={handleId(column, 'R')} isConnectable={connectable} className={className} />
    </>
  );
}

/** The table's name, edited in place after a double-click (Enter or leaving the field renames). */
function RenameField({ schema, name, onDone }: { schema: string; name: string; onDone: () => void }) {
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft === name) return onDone();
    const problem = attempt('rename-table', { table: { schema, name }, name: draft }).error;
    if (problem) setError(problem);
    else onDone();
  };
  return (
    <input
      className={`er-node__rename nodrag nopan${error ? ' is-invalid' : ''}`}
      value={draft}
      autoFocus
      aria-label={`New name of table ${name}`}
      aria-invalid={error ? true : undefined}
      title={error}
      data-testid="node-rename"
      spellCheck={false}
      onFocus={(event) => event.target.select()}
      onChange={(event) => {
        setDraft(event.target.value);
        setError(undefined);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') commit();
        else if (event.key === 'Escape') onDone();
      }}
      onBlur={() => (error ? onDone() : commit())}
      onDoubleClick={(event) => event.stopPropagation()}
    />
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

/** Pills for the patterns turned on; a click shows the table's patterns in the side panel. */
function PatternBadges({ id, patterns }: { id: string; patterns?: string[] }) {
  if (!patterns || patterns.length === 0) return null;
  return (
    <button
      type="button"
      className="er-patterns nodrag"
      title={`Patterns: ${patterns.join(', ')} (click to edit)`}
      data-testid="node-patterns"
      onClick={(event) => {
        event.stopPropagation();
        useApp.getState().showPatternsOf(id);
      }}
    >
      {patterns.map((label) => (
        <span key={label} className="er-patterns__pill">
          {label}
        </span>
      ))}
    </button>
  );
}

/** The node menu's entry to the patterns: shown on the table under the pointer. */
function PatternMenuButton({ id, name }: { id: string; name: string }) {
  return (
    <button
      type="button"
      className="er-node__menu nodrag"
      title={`Design patterns for ${name}`}
      aria-label={`Design patterns for ${name}`}
      data-testid="node-pattern-menu"
      onClick={(event) => {
        event.stopPropagation();
        useApp.getState().showPatternsOf(id);
      }}
    >
      ◆
    </button>
  );
}

/** Class of a node kept from the last good version of a statement that does not parse now. */
export const STALE_CLASS = 'er-node--stale';

/** Above a stale node (outside its box, so its size stays what the layout knows). */
function StaleTag({ stale }: { stale?: StaleMark }) {
  if (!stale) return null;
  return (
    <span className="er-stale-tag" title="Drawn from the last version of its statement that parsed; it comes back to life when the statement parses again" data-testid="node-stale">
      stale: syntax error at line {stale.line}
    </span>
  );
}

/**
 * The big name drawn over a zoomed-out node: in the lines farName chose (broken between words,
 * at underscores and camelCase, never inside one), each kept whole, at the largest size that fits.
 */
function FarName({ label, height }: { label: string; height: number }) {
  const { lines, size } = farName(label, NODE_WIDTH, height);
  return (
    <div className="er-node__far" aria-hidden="true" style={{ '--far-max': `${size}px` } as CSSProperties}>
      <span>
        {lines.map((line, i) => (
          <span key={i} className="er-node__far-line">
            {line}
          </span>
        ))}
      </span>
    </div>
  );
}

function Name({ schema, name }: { schema: string; name: string }) {
  return (
    <span className={`er-node__name${headerNameOverflows(schema === 'public' ? name : `${schema}.${name}`) ? ' is-clipped' : ''}`}>
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

function SketchRows({ count }: { count: number }) {
  return <div className="er-node__rows er-node__rows--sketch" style={{ height: count * 22 + 8 }} />;
}

/** The row that stands for the columns a collapsed table does not show; a click shows them all. */
function MoreRow({ id, hidden, expanded }: { id: string; hidden: number; expanded: boolean }) {
  return (
    <li className="er-col er-col--more">
      <button
        type="button"
        className="er-more nodrag"
        data-testid="more-columns"
        aria-expanded={expanded}
        onClick={(event) => {
          event.stopPropagation();
          useApp.getState().setExpanded(id, !expanded);
        }}
      >
        {expanded ? 'Show fewer columns' : `+${hidden} more`}
      </button>
    </li>
  );
}

/** Pins the table where it is ("Tidy up" then leaves it), or unpins it. */
function PinButton({ id, pinned, name }: { id: string; pinned: boolean; name: string }) {
  return (
    <button
      type="button"
      className={`er-node__pin nodrag${pinned ? ' is-on' : ''}`}
      title={pinned ? 'Pinned: Tidy up leaves it here (click to unpin)' : 'Pin here: Tidy up leaves it where it is'}
      aria-label={`${pinned ? 'Unpin' : 'Pin'} ${name}`}
      aria-pressed={pinned}
      data-testid="node-pin"
      onClick={(event) => {
        event.stopPropagation();
        execute('toggle-pin', { ids: [id] });
      }}
    >
      📌
    </button>
  );
}

const ColumnItem = memo(function ColumnItem({ column, focused, connectable }: { column: ColumnRow; focused: boolean; connectable: boolean }) {
  const marks = Number(column.pk) + Number(!!column.fk) + Number(column.unique) + Number(column.notNull && !column.pk);
  return (
    <li className={`er-col${focused ? ' is-focused' : ''}`} data-column={column.name}>
      {connectable && <Handles column={column.name} connectable />}
      <span className={`er-col__name${rowNameOverflows(column.name, column.type, marks) ? ' is-clipped' : ''}`} title={column.name}>
        {column.name}
      </span>
      <span className={`er-col__type${typeOverflows(column.type) ? ' is-clipped' : ''}`} title={column.fullType}>
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

export const TableNode = memo(function TableNode({ id, data, dragging }: NodeProps<TableFlowNode>) {
  // Only the node a finding points at re-renders when the focus moves.
  const focusedColumn = useApp((s) => (s.focus?.node === id ? (s.focus.column ?? '') : undefined));
  const label = displayName(data);
  const sketch = useStore(zoomedOut);
  // Handles to draw a foreign key from appear on every row of the table under the pointer only:
  // thousands of idle handles would slow the canvas down.
  const [hover, setHover] = useState(false);
  // ...and stay on the table a foreign key is being drawn from, until it is dropped.
  const drawingFrom = useStore((s: ReactFlowState) => s.connection.inProgress && s.connection.fromNode.id === id);
  const [renaming, setRenaming] = useState(false);
  // Not while the table is dragged: the pointer crossing its border as it moves (the table
  // follows a step behind) added and measured a handle per row at every crossing.
  const connectable = (hover || drawingFrom) && !sketch && !dragging;
  const pinned = useApp((s) => s.document.pinned.includes(id));
  // React Flow starts a connection only from a handle it has measured, and it measures a node's
  // handles when the node resizes: handles that appear on hover must be measured explicitly.
  // Not with useUpdateNodeInternals: it finds the node by a CSS selector built from its id, which
  // a name that needs quotes (`public."User"`) breaks; this node's element is at hand.
  const store = useStoreApi();
  const self = useRef<HTMLElement>(null);
  useEffect(() => {
    const nodeElement = connectable ? self.current?.closest<HTMLDivElement>('.react-flow__node') : null;
    if (!nodeElement) return;
    const frame = requestAnimationFrame(() => store.getState().updateNodeInternals(new Map([[id, { id, nodeElement, force: true }]]), { triggerFitView: false }));
    return () => cancelAnimationFrame(frame);
  }, [connectable, id, store]);
  return (
    <article
      ref={self}
      className={`er-node er-table${data.stale ? ` ${STALE_CLASS}` : ''}`}
      aria-label={`Table ${label}`}
      data-testid="table-node"
      data-partition={data.partition || undefined}
      data-stale={data.stale ? data.stale.line : undefined}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
    >
      <StaleTag stale={data.stale} />
      <header className={`er-node__header${data.note ? ' er-node__header--note' : ''}`} title={data.details} data-column="">
        {connectable && <Handles column={NODE_COLUMN} connectable />}
        <div className="er-node__title">
          {renaming ? (
            <RenameField schema={data.schema} name={data.name} onDone={() => setRenaming(false)} />
          ) : (
            <span
              className="er-node__title-name"
              onDoubleClick={(event) => {
                // Renames in place; a double-click elsewhere on the node still opens its statement.
                event.stopPropagation();
                setRenaming(true);
              }}
              title="Double-click to rename"
              data-testid="node-name"
            >
              <Name schema={data.schema} name={data.name} />
            </span>
          )}
          {!sketch && <PatternBadges id={id} patterns={data.patterns} />}
          <Badge findings={data.findings} />
          {hover && !sketch && <PatternMenuButton id={id} name={label} />}
          {(hover || pinned) && !sketch && <PinButton id={id} pinned={pinned} name={label} />}
        </div>
        {data.note && <div className="er-node__note">{data.note}</div>}
      </header>
      {(data.columns.length > 0 || data.hiddenColumns > 0 || data.expanded) &&
        (sketch ? (
          <SketchRows count={data.columns.length + (data.hiddenColumns > 0 || data.expanded ? 1 : 0)} />
        ) : (
          <ul className="er-node__rows">
            {data.columns.map((column) => (
              <ColumnItem key={column.name} column={column} focused={focusedColumn === column.name} connectable={connectable} />
            ))}
            {(data.hiddenColumns > 0 || data.expanded) && <MoreRow id={id} hidden={data.hiddenColumns} expanded={data.expanded} />}
          </ul>
        ))}
      <FarName label={label} height={nodeHeight(data.columns.length + (data.hiddenColumns > 0 || data.expanded ? 1 : 0), !!data.note)} />
    </article>
  );
});

export const ViewNode = memo(function ViewNode({ id, data }: NodeProps<ViewFlowNode>) {
  const kind = data.materialized ? 'Materialized view' : 'View';
  const label = displayName(data);
  return (
    <article
      className={`er-node er-view${data.materialized ? ' er-view--materialized' : ''}${data.stale ? ` ${STALE_CLASS}` : ''}`}
      aria-label={`${kind} ${label}`}
      data-testid="view-node"
      data-stale={data.stale ? data.stale.line : undefined}
    >
      <StaleTag stale={data.stale} />
      <header className="er-node__header er-node__header--note" title={data.details}>
        <div className="er-node__title">
          <Name schema={data.schema} name={data.name} />
          <PatternBadges id={id} patterns={data.patterns} />
          <Badge findings={data.findings} />
        </div>
        <div className="er-node__note">{kind.toLowerCase()}</div>
      </header>
      {data.rows.length > 0 && (
        <ul className="er-node__rows">
          {data.rows.map((row, index) => (
            <li key={index} className="er-col">
              <span className={`er-col__name${rowNameOverflows(row.label, row.detail ?? '', 0) ? ' is-clipped' : ''}`}>{row.label}</span>
              {row.detail && <span className={`er-col__type${typeOverflows(row.detail) ? ' is-clipped' : ''}`}>{row.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      <FarName label={label} height={nodeHeight(data.rows.length, true)} />
    </article>
  );
});
