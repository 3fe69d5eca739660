import { ExportMenu } from './ExportMenu';
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
import { buildGraph, type Cluster, type EdgeSpec, type Graph, type NodeSpec } from './graph';
import { layoutGraph, type LayoutEdge, type LayoutNode } from './layout';
import { BODY_PADDING, HEADER_HEIGHT, NOTE_HEIGHT, ROW_HEIGHT } from './metrics';
import { handleId, TableNode, ViewNode, type ErFlowNode } from './nodes';
import { placeNewNodes, type Rect } from './placement';
import './canvas.css';

const nodeTypes = { table: TableNode, view: ViewNode };
const edgeTypes = { er: ErEdge };
const FIT_OPTIONS = { padding: 0.06, maxZoom: 1 };
const MINIMAP_SIZE = { width: 168, height: 112 };

type Size = { width: number; height: number };

interface ErCanvasProps {
  schema: Schema;
  diagnostics: Diagnostic[];
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
function layoutEdges(edges: EdgeSpec[]): LayoutEdge[] {
  return edges.map((edge) => ({ from: edge.target, to: edge.source }));
}

/** Which sides of the two nodes an edge leaves and enters by: the facing sides, or both right. */
function sides(source: Rect, target: Rect, self: boolean): ['L' | 'R', 'L' | 'R'] {
  if (self) return ['R', 'R'];
  if (target.x >= source.x + source.width + 24) return ['R', 'L'];
  if (target.x + target.width + 24 <= source.x) return ['L', 'R'];
  return source.x <= target.x ? ['L', 'L'] : ['R', 'R'];
}

function CanvasInner({ schema, diagnostics, colorMode, onOpenSource }: ErCanvasProps) {
  const { fitView, setCenter, getZoom } = useReactFlow();
  const positions = useApp((s) => s.document.layout);
  const selected = useApp((s) => s.selectedNode);
  const focus = useApp((s) => s.focus);
  const [measured, setMeasured] = useState<Record<string, Size>>({});
  const [layingOut, setLayingOut] = useState(false);

  // The graph, reusing the previous build's node data where nothing changed.
  const previous = useRef<Graph | undefined>(undefined);
  const graph = useMemo(() => buildGraph(schema, diagnostics, previous.current), [schema, diagnostics]);
  useEffect(() => {
    previous.current = graph;
  }, [graph]);

  const sizeOf = useCallback((spec: NodeSpec): Size => measured[spec.id] ?? spec.size, [measured]);

  // Positions for nodes that have none: a full ELK layout when most of the diagram is new,
  // otherwise new tables are placed beside their neighbours and nothing else moves.
  const layoutRun = useRef(0);
  /** The view was fitted to the diagram once (after a first layout, or on a restored layout). */
  const fitted = useRef(false);
  /** The running layout is a "Tidy up" (an edit does not cancel it). */
  const tidying = useRef(false);
  const runLayout = useCallback(
    (nodes: LayoutNode[], edges: LayoutEdge[], clusters: Cluster[], tidy: boolean) => {
      const run = ++layoutRun.current;
      tidying.current = tidy;
      setLayingOut(true);
      void layoutGraph(nodes, edges, clusters).then((result) => {
        if (run !== layoutRun.current) return;
        useApp.getState().setPositions(result, true);
        setLayingOut(false);
        fitted.current = true;
        void fitView(FIT_OPTIONS);
      });
    },
    [fitView],
  );
  useEffect(() => {
    const known = useApp.getState().document.layout;
    const missing = graph.nodes.filter((node) => !known[node.id]);
    if (missing.length === 0) {
      // A document restored with its layout (a reload, a project file, a share link): fit it once.
      if (!fitted.current && graph.nodes.length > 0) {
        fitted.current = true;
        requestAnimationFrame(() => void fitView(FIT_OPTIONS));
      }
      // Every node has a place again (an edit was undone): a first layout still running is stale.
      if (layingOut && !tidying.current) {
        layoutRun.current++;
        setLayingOut(false);
      }
      return;
    }
    const kept = graph.nodes.length - missing.length;
    const edges = layoutEdges(graph.edges);
    if (kept > 0 && missing.length <= kept && !layingOut) {
      const placed = new Map<string, Rect>();
      for (const node of graph.nodes) {
        const at = known[node.id];
        if (at) placed.set(node.id, { ...at, ...node.size });
      }
      useApp.getState().setPositions(placeNewNodes(placed, missing.map((n) => ({ id: n.id, ...n.size })), edges));
      return;
    }
    runLayout(graph.nodes.map((n) => ({ id: n.id, ...n.size })), edges, graph.clusters, false);
    // Only a new graph asks for a layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  const tidyUp = useCallback(() => {
    runLayout(
      graph.nodes.map((n) => ({ id: n.id, ...sizeOf(n) })),
      layoutEdges(graph.edges),
      graph.clusters,
      true,
    );
  }, [graph, runLayout, sizeOf]);

  const neighbours = selected ? graph.neighbours.get(selected) : undefined;

  // Node objects are cached: React Flow skips the nodes whose object did not change.
  const nodeCache = useRef(new Map<string, ErFlowNode>());
  const nodes = useMemo(() => {
    const cache = nodeCache.current;
    const next = new Map<string, ErFlowNode>();
    for (const spec of graph.nodes) {
      const position = positions[spec.id];
      if (!position) continue;
      const isSelected = spec.id === selected;
      const className = neighbours?.has(spec.id) ? 'is-neighbour' : undefined;
      const size = measured[spec.id] ?? spec.size;
      const old = cache.get(spec.id);
      const node =
        old &&
        old.position === position &&
        old.data === spec.data &&
        old.selected === isSelected &&
        old.className === className &&
        old.measured === size
          ? old
          : ({
              id: spec.id,
              type: spec.type,
              position,
              data: spec.data,
              selected: isSelected,
              className,
              // Known before React measures it (the CSS draws this size), so the layout, the
              // fit and the culling of off-screen nodes work before a node was ever drawn.
              measured: size,
            } as ErFlowNode);
      next.set(spec.id, node);
    }
    nodeCache.current = next;
    return [...next.values()];
  }, [graph, positions, selected, neighbours, measured]);

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
    let selection: string | null | undefined;
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        moved[change.id] = change.position;
        anyMoved = true;
      } else if (change.type === 'dimensions' && change.dimensions) {
        (sizes ??= {})[change.id] = change.dimensions;
      } else if (change.type === 'select') {
        if (change.selected) selection = change.id;
        else if (selection === undefined && useApp.getState().selectedNode === change.id) selection = null;
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
    if (selection !== undefined) useApp.getState().selectNode(selection ?? undefined);
  }, []);

  const onPaneClick = useCallback(() => useApp.getState().selectNode(undefined), []);
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
      className="er-canvas"
      aria-label="Schema diagram"
      data-testid="canvas"
      data-nodes={total}
      data-layout={layingOut ? 'running' : 'idle'}
      data-has-selection={selected ? 'true' : undefined}
    >
      <EdgeMarkers />
      <ReactFlow<ErFlowNode, ErFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onPaneClick={onPaneClick}
        onNodeDoubleClick={onNodeDoubleClick}
        connectionMode={ConnectionMode.Loose}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements
        minZoom={0.02}
        maxZoom={2}
        colorMode={colorMode}
        proOptions={{ hideAttribution: false }}
        attributionPosition="bottom-left"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_OPTIONS} />
        <MiniMap
          position="bottom-right"
          style={MINIMAP_SIZE}
          pannable
          zoomable
          nodeColor={(node) => (node.type === 'view' ? 'var(--minimap-view)' : 'var(--minimap-table)')}
          nodeStrokeWidth={0}
          ariaLabel="Overview of the diagram"
        />
        <Panel position="top-right" className="er-toolbar">
          <span className="er-toolbar__count" data-testid="canvas-count">
            {total} {total === 1 ? 'object' : 'objects'}
          </span>
          <button type="button" className="button button--small" onClick={tidyUp} disabled={total === 0 || layingOut}>
            Tidy up
          </button>
          <ExportMenu schema={schema} colorMode={colorMode} />
        </Panel>
      </ReactFlow>
      {total === 0 ? (
        <p className="er-canvas__empty">No tables yet. Open a .sql file, drop one here, or type some DDL.</p>
      ) : layingOut ? (
        <p className="er-canvas__status" role="status">
          Laying out {total} objects…
        </p>
      ) : null}
    </section>
  );
}
