import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type ColorMode,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Schema } from '../../core/model';
import type { Diagnostic } from '../../core/rules';
import { useApp, type XY } from '../store';
import { EdgeMarkers, ErEdge, type ErFlowEdge } from './edges';
import { buildGraph, type Graph, type NodeSpec } from './graph';
import { BODY_PADDING, HEADER_HEIGHT, NOTE_HEIGHT, ROW_HEIGHT } from './metrics';
import { FILTERED_CLASS, handleId, TableNode, ViewNode, type ErFlowNode } from './nodes';
import { CanvasToolbar } from './CanvasToolbar';
import { OverviewLayer } from './OverviewLayer';
import { ViewFilterBanner } from './ViewFilterBanner';
import type { Rect } from './placement';
import { useCanvasFilter } from './use-canvas-filter';
import { useCanvasLayout } from './use-canvas-layout';
import { OVERVIEW_MIN_NODES, useOverview } from './use-overview';
import './canvas.css';
import { ForeignKeyPrompt } from '../design/ForeignKeyPrompt';
import { useCanvasDesign } from '../design/use-canvas-design';
import { useCanvasKeys } from '../design/use-canvas-keys';
import '../design/design.css';
import { installSelectorGuard } from './selector-guard';

installSelectorGuard();

const nodeTypes = { table: TableNode, view: ViewNode };
const edgeTypes = { er: ErEdge };
// Hidden nodes count: in the overview (use-overview.ts) React Flow's nodes are hidden.
const FIT_OPTIONS = { padding: 0.06, maxZoom: 1, includeHiddenNodes: true };
const MINIMAP_SIZE = { width: 168, height: 112 };
/** Shift-click (or Ctrl/Cmd-click) adds a node to the selection; Shift-drag on the pane selects a box. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

type Size = { width: number; height: number };

interface ErCanvasProps {
  schema: Schema;
  /** No schema derived yet (the first import, a restored document): empty is not "a new document". */
  pending?: boolean;
  diagnostics: Diagnostic[];
  /** Node key -> short labels of the patterns turned on for it. */
  patterns?: ReadonlyMap<string, string[]>;
  /** Node key -> line of the statement that does not parse, whose last good version the node is. */
  stale?: ReadonlyMap<string, number>;
  colorMode: ColorMode;
  /** Double-clicking a node selects the statement that created it. */
  onOpenSource?: (line: number) => void;
}

/** The ER diagram of the schema: tables, views and their relationships, laid out by ELK. */
export function ErCanvas(props: ErCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

/** For the layout, parents go left of what refers to them: every edge runs target -> source. */
/** Which sides of the two nodes an edge leaves and enters by: the facing sides, or both right. */
function sides(source: Rect, target: Rect, self: boolean): ['L' | 'R', 'L' | 'R'] {
  if (self) return ['R', 'R'];
  if (target.x >= source.x + source.width + 24) return ['R', 'L'];
  if (target.x + target.width + 24 <= source.x) return ['L', 'R'];
  return source.x <= target.x ? ['L', 'L'] : ['R', 'R'];
}

function CanvasInner({ schema, pending, diagnostics, patterns, stale, colorMode, onOpenSource }: ErCanvasProps) {
  const { fitView, setCenter, getZoom } = useReactFlow();
  const positions = useApp((s) => s.document.layout);
  const selected = useApp((s) => s.selectedNode);
  // Every selected node (shift-click, shift-drag box): moved, aligned, deleted, copied together.
  const selectedNodes = useApp((s) => s.selectedNodes);
  const selectedSet = useMemo(() => new Set(selectedNodes), [selectedNodes]);
  const section = useRef<HTMLElement>(null);
  const design = useCanvasDesign(section);
  useCanvasKeys(section);
  const focus = useApp((s) => s.focus);
  const [measured, setMeasured] = useState<Record<string, Size>>({});

  // The graph, reusing the previous build's node data where nothing changed.
  const previous = useRef<Graph | undefined>(undefined);
  const graph = useMemo(() => buildGraph(schema, diagnostics, previous.current, patterns, stale), [schema, diagnostics, patterns, stale]);
  useEffect(() => {
    previous.current = graph;
  }, [graph]);

  const sizeOf = useCallback((spec: NodeSpec): Size => measured[spec.id] ?? spec.size, [measured]);

  const { layingOut, viewFitted, tidyUp } = useCanvasLayout(graph, pending, sizeOf, FIT_OPTIONS);

  const neighbours = selected ? graph.neighbours.get(selected) : undefined;
  const { excluded, focusMode, hiddenSchemas } = useCanvasFilter(graph, selected, FIT_OPTIONS);
  const focusedNode = focusMode ? graph.nodes.find((node) => node.id === selected)?.data : undefined;
  // In the overview the nodes are pixels of one canvas: it hit-tests the pane's clicks itself.
  const overview = useOverview(graph, positions, measured, selected, excluded, design.onDoubleClick);
  const hidden = overview.active;
  const unplaced = !viewFitted && graph.nodes.length >= OVERVIEW_MIN_NODES;

  // Node objects are cached: React Flow skips the nodes whose object did not change.
  const nodeCache = useRef(new Map<string, ErFlowNode>());
  const nodes = useMemo(() => {
    const cache = nodeCache.current;
    const next = new Map<string, ErFlowNode>();
    for (const spec of graph.nodes) {
      const position = positions[spec.id];
      if (!position) continue;
      const isSelected = selectedSet.has(spec.id);
      const filteredOut = excluded.has(spec.id);
      const className = filteredOut ? FILTERED_CLASS : neighbours?.has(spec.id) ? 'is-neighbour' : undefined;
      const size = measured[spec.id] ?? spec.size;
      const old = cache.get(spec.id);
      const hiddenNode = hidden || unplaced || filteredOut;
      const node =
        old &&
        old.position === position &&
        old.data === spec.data &&
        old.selected === isSelected &&
        old.className === className &&
        old.measured === size &&
        !!old.hidden === hiddenNode
          ? old
          : ({
              id: spec.id,
              type: spec.type,
              position,
              data: spec.data,
              selected: isSelected,
              className,
              hidden: hiddenNode,
              // Known before React measures it (the CSS draws this size), so the layout, the
              // fit and the culling of off-screen nodes work before a node was ever drawn.
              measured: size,
            } as ErFlowNode);
      next.set(spec.id, node);
    }
    nodeCache.current = next;
    return [...next.values()];
  }, [graph, positions, selectedSet, neighbours, measured, hidden, unplaced, excluded]);

  const edgeCache = useRef(new Map<string, ErFlowEdge>());
  const edges = useMemo(() => {
    const cache = edgeCache.current;
    const next = new Map<string, ErFlowEdge>();
    const rects = new Map<string, Rect>();
    for (const spec of graph.nodes) {
      const at = positions[spec.id];
      if (at) rects.set(spec.id, { ...at, ...(measured[spec.id] ?? spec.size) });
    }
    for (const spec of graph.edges) {
      const source = rects.get(spec.source);
      const target = rects.get(spec.target);
      if (!source || !target) continue;
      const [from, to] = sides(source, target, spec.source === spec.target);
      const sourceHandle = handleId(spec.sourceColumn, from);
      const targetHandle = handleId(spec.targetColumn, to);
      const active = spec.source === selected || spec.target === selected;
      const old = cache.get(spec.id);
      const edge =
        old && old.sourceHandle === sourceHandle && old.targetHandle === targetHandle && old.data?.active === active && old.data.label === spec.label && old.data.many === spec.many && old.data.optional === spec.optional
          ? old
          : ({
              id: spec.id,
              type: 'er',
              source: spec.source,
              target: spec.target,
              sourceHandle,
              targetHandle,
              selectable: false,
              focusable: false,
              className: active ? 'is-active' : undefined,
              zIndex: active ? 1 : 0,
              data: { kind: spec.kind, label: spec.label, many: spec.many, optional: spec.optional, active },
            } satisfies ErFlowEdge);
      next.set(spec.id, edge);
    }
    edgeCache.current = next;
    return [...next.values()];
  }, [graph, positions, measured, selected]);

  const onNodesChange = useCallback((changes: NodeChange<ErFlowNode>[]) => {
    const moved: Record<string, XY> = {};
    let anyMoved = false;
    let sizes: Record<string, Size> | undefined;
    let selection: Set<string> | undefined;
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        moved[change.id] = change.position;
        anyMoved = true;
      } else if (change.type === 'dimensions' && change.dimensions) {
        (sizes ??= {})[change.id] = change.dimensions;
      } else if (change.type === 'select') {
        selection ??= new Set(useApp.getState().selectedNodes);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
    }
    if (anyMoved) useApp.getState().setPositions(moved);
    if (sizes) {
      const update = sizes;
      setMeasured((current) => {
        const next = { ...current };
        let changed = false;
        for (const [id, size] of Object.entries(update)) {
          const old = next[id];
          if (!old || old.width !== size.width || old.height !== size.height) {
            next[id] = size;
            changed = true;
          }
        }
        return changed ? next : current;
      });
    }
    if (selection !== undefined) useApp.getState().setSelection([...selection]);
  }, []);

  const onNodeDoubleClick = useCallback(
    (_: unknown, node: Node) => {
      const line = (node.data as { line?: number }).line;
      if (line && onOpenSource) onOpenSource(line);
    },
    [onOpenSource],
  );

  // A finding was chosen: bring its table (and column) into view.
  useEffect(() => {
    if (!focus) return;
    const known = useApp.getState().document.layout;
    const at = known[focus.node];
    const spec = graph.nodes.find((node) => node.id === focus.node);
    if (!at || !spec) return;
    const size = measured[spec.id] ?? spec.size;
    let y = at.y + Math.min(size.height / 2, 160);
    if (focus.column && spec.data.kind === 'table') {
      const row = spec.data.columns.findIndex((column) => column.name === focus.column);
      if (row >= 0) y = at.y + HEADER_HEIGHT + (spec.data.note ? NOTE_HEIGHT : 0) + BODY_PADDING + (row + 0.5) * ROW_HEIGHT;
    }
    void setCenter(at.x + size.width / 2, y, { zoom: Math.max(getZoom(), 0.9), duration: 300 });
    // Only a new focus request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.seq]);

  const total = graph.nodes.length;
  return (
    <section
      ref={section}
      className={`er-canvas${design.connecting ? ' er-canvas--connecting' : ''}`}
      aria-label="Schema diagram"
      data-testid="canvas"
      data-nodes={total}
      // Idle once every node has its place: between an import and the start of its layout, nodes
      // without positions are waiting for one too.
      data-layout={layingOut || graph.nodes.some((node) => !positions[node.id]) ? 'running' : 'idle'}
      data-has-selection={selected ? 'true' : undefined}
      data-selected={selected}
      data-overview={hidden ? 'true' : undefined}
    >
      <EdgeMarkers />
      <ReactFlow<ErFlowNode, ErFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onPaneClick={overview.onPaneClick}
        onNodeDoubleClick={onNodeDoubleClick}
        connectionMode={ConnectionMode.Loose}
        // Foreign keys are drawn from a column's handle (use-canvas-design.ts); React Flow only
        // draws the line, the drop makes an add-foreign-key command.
        nodesConnectable
        onConnectStart={design.onConnectStart}
        onConnectEnd={design.onConnectEnd}
        onDoubleClick={overview.onDoubleClick}
        connectionRadius={24}
        edgesFocusable={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements
        // Low enough that a fit shows every table of a 5,000-table layout (the overview draws it).
        minZoom={0.002}
        maxZoom={2}
        colorMode={colorMode}
        proOptions={{ hideAttribution: false }}
        attributionPosition="bottom-left"
      >
        {/* Dots 20 units apart are sub-pixel in the overview: thousands of pattern tiles per frame. */}
        {!hidden && <Background variant={BackgroundVariant.Dots} gap={20} size={1} />}
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_OPTIONS} />
        {hidden && <OverviewLayer scene={overview.scene} colorKey={String(colorMode)} />}
        {!hidden && <MiniMap
          position="bottom-right"
          style={MINIMAP_SIZE}
          pannable
          zoomable
          nodeColor={(node) => (node.type === 'view' ? 'var(--minimap-view)' : 'var(--minimap-table)')}
          nodeStrokeWidth={0}
          ariaLabel="Overview of the diagram"
        />}
        <Panel position="top-left" className="er-filter-panel">
          <ViewFilterBanner total={graph.nodes.length} hidden={excluded.size} focusMode={focusMode} focused={focusedNode} hiddenSchemas={hiddenSchemas} />
        </Panel>
        <Panel position="top-right" className="er-toolbar">
          <CanvasToolbar schema={schema} total={total} focusMode={focusMode} canFocus={!!selected} layingOut={layingOut} onTidyUp={tidyUp} colorMode={colorMode} />
        </Panel>
      </ReactFlow>
      {design.pending && <ForeignKeyPrompt pending={design.pending} onClose={() => design.setPending(undefined)} />}
      {total === 0 && pending ? (
        <p className="er-canvas__status" role="status">
          Reading the schema…
        </p>
      ) : total === 0 ? (
        <p className="er-canvas__empty">No tables yet. Open a .sql file, drop one here, type some DDL, or double-click here to add a table.</p>
      ) : layingOut ? (
        <p className="er-canvas__status" role="status" data-testid="layout-progress">
          Laying out {total} objects…
          <progress className="er-canvas__progress" aria-label="Laying out" />
        </p>
      ) : null}
    </section>
  );
}
