/**
 * What the canvas does for design: a double-click on empty space makes a table there; a drag
 * from a column's handle (or a table's header) onto a column of a table draws a foreign key; new
 * tables from the toolbar or the palette go to the middle of the view.
 */
import { useReactFlow, type FinalConnectionState, type OnConnectEnd } from '@xyflow/react';
import { useCallback, useEffect, useState, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { foreignKeyMismatches, type ForeignKeyDraft, type TypeMismatch } from './foreign-keys';
import { currentTarget } from './target';
import { setCanvasViewProvider } from './viewport';
import { DesignError } from './errors';
import { NODE_WIDTH } from '../canvas/metrics';

/** A foreign key waiting for the user to accept retyping its columns. */
export interface PendingForeignKey {
  draft: ForeignKeyDraft;
  mismatches: TypeMismatch[];
}

/** The column a handle id names (`<column>:L`), or undefined for the header's (`node:L`). */
function columnOfHandle(handle: string | null | undefined): string | undefined {
  if (!handle) return undefined;
  const column = handle.slice(0, handle.lastIndexOf(':'));
  return column === 'node' ? undefined : column;
}

/** The node and column under the pointer where a connection was dropped ('' for a header). */
function dropTarget(event: MouseEvent | TouchEvent): { node: string; column: string } | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  const node = element?.closest('.react-flow__node')?.getAttribute('data-id');
  const row = element?.closest('[data-column]');
  if (!node || !row) return undefined;
  return { node, column: row.getAttribute('data-column') ?? '' };
}

function refOf(key: string, schema: ReturnType<typeof currentTarget>) {
  const table = schema.tables[key];
  return table ? { schema: table.schema, name: table.name } : undefined;
}

export function useCanvasDesign(section: RefObject<HTMLElement | null>) {
  const { screenToFlowPosition, getZoom, getNodes } = useReactFlow();
  const [connecting, setConnecting] = useState(false);
  const [pending, setPending] = useState<PendingForeignKey | undefined>(undefined);

  useEffect(() => {
    setCanvasViewProvider(() => {
      const rect = section.current?.getBoundingClientRect();
      if (!rect) return undefined;
      const center = screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      // Every table, view and note, drawn or not (the overview and the filters hide nodes that
      // are still there); not the frames of areas and groups, which a new table may sit in.
      const occupied = getNodes()
        .filter((node) => node.type !== 'area' && node.type !== 'group')
        .map((node) => ({ ...node.position, width: node.measured?.width ?? node.width ?? NODE_WIDTH, height: node.measured?.height ?? node.height ?? 0 }));
      return { center: { x: center.x - NODE_WIDTH / 2, y: center.y - 40 / Math.max(getZoom(), 0.1) }, occupied };
    });
    return () => setCanvasViewProvider(undefined);
  }, [section, screenToFlowPosition, getZoom, getNodes]);

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      if (!(event.target as Element).classList?.contains('react-flow__pane')) return;
      execute('create-table', { at: screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
    },
    [screenToFlowPosition],
  );

  const onConnectStart = useCallback(() => setConnecting(true), []);

  const onConnectEnd: OnConnectEnd = useCallback((event, state: FinalConnectionState) => {
    setConnecting(false);
    const from = state.fromNode?.id;
    if (!from) return;
    const dropped = state.toNode && state.toHandle ? { node: state.toNode.id, column: columnOfHandle(state.toHandle.id) ?? '' } : dropTarget(event);
    if (!dropped) return;
    const schema = currentTarget(useApp.getState().document);
    const table = refOf(from, schema);
    const references = refOf(dropped.node, schema);
    if (!table || !references) {
      useApp.getState().notify('error', 'Foreign keys join tables: draw from a table column to a table column.');
      return;
    }
    const fromColumn = columnOfHandle(state.fromHandle?.id);
    // Dropped on a header: the referenced table's primary key.
    const referencedColumns = dropped.column ? [dropped.column] : (schema.tables[dropped.node]!.primaryKey?.columns ?? []);
    if (referencedColumns.length === 0) {
      useApp.getState().notify('error', `${references.name} has no primary key: drop onto one of its key columns instead.`);
      return;
    }
    const draft: ForeignKeyDraft = { table, references, referencedColumns, ...(fromColumn ? { columns: [fromColumn] } : {}) };
    if (fromColumn && referencedColumns.length !== 1) {
      useApp.getState().notify('error', `${references.name}'s primary key has ${referencedColumns.length} columns: drop onto one column, or draw from the header to make matching columns.`);
      return;
    }
    let mismatches: TypeMismatch[] = [];
    try {
      mismatches = foreignKeyMismatches(schema, draft);
    } catch (error) {
      if (!(error instanceof DesignError)) throw error;
    }
    if (mismatches.length > 0) setPending({ draft, mismatches });
    else execute('add-foreign-key', draft);
  }, []);

  return { connecting, pending, setPending, onDoubleClick, onConnectStart, onConnectEnd };
}
