import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type ColorMode,
  type FitViewOptions,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Schema } from '../../core/model';
import type { Diagnostic } from '../../core/rules';
import { execute } from '../commands/execute';
import { useApp, type XY } from '../store';
import { EdgeMarkers, RouteLayer } from './edges';
import { createHoverStore } from './hover';
import { buildGraph, type Graph } from './graph';
import { FILTERED_CLASS, TableNode, ViewNode, type ErFlowNode } from './nodes';
import { AreaNode, GroupNode, NoteNode, type AreaFlowNode, type GroupFlowNode, type NoteFlowNode } from './extras';
import { CanvasToolbar, CanvasViewBar } from './CanvasToolbar';
import { OverviewLayer } from './OverviewLayer';
import { ViewFilterBanner } from './ViewFilterBanner';
import { useCanvasFilter } from './use-canvas-filter';
import { FIT_MARGIN, toolbarRoom, useCanvasLayout } from './use-canvas-layout';
import { useNodeViews } from './use-node-views';
import { useRoutes, useRouteScene } from './use-routes';
import { OVERVIEW_MIN_NODES, useOverview } from './use-overview';
import { useZoomClass } from './use-zoom-class';
import { areaFrames } from './layout/arrange';
import type { Obstacle } from './routing/obstacles';
import { anchorY, type NodeView } from './display';
import { pushDown, type Rect } from './placement';
import './canvas.css';
import { ForeignKeyPrompt } from '../design/ForeignKeyPrompt';
import { useCanvasDesign } from '../design/use-canvas-design';
import { useCanvasKeys } from '../design/use-canvas-keys';
import '../design/design.css';
import { installSelectorGuard } from './selector-guard';

installSelectorGuard();

type AnyNode = ErFlowNode | AreaFlowNode | GroupFlowNode | NoteFlowNode;

const nodeTypes = { table: TableNode, view: ViewNode, area: AreaNode, group: GroupNode, note: NoteNode };
// Hidden nodes count: in the overview (use-overview.ts) React Flow's nodes are hidden. The
// padding keeps the toolbar (top) and the zoom buttons and minimap (bottom) off the tables.
// One object, read by React Flow at each fit: its top padding follows the toolbar's height.
const FIT_PADDING = { top: `${FIT_MARGIN.top}px`, bottom: `${FIT_MARGIN.bottom}px`, left: `${FIT_MARGIN.left}px`, right: `${FIT_MARGIN.right}px` } as { top: `${number}px`; bottom: `${number}px`; left: `${number}px`; right: `${number}px` };
export const FIT_OPTIONS: FitViewOptions = { padding: FIT_PADDING, maxZoom: 1, includeHiddenNodes: true };

/**
 * A node that grows taller in place (a collapsed table expanded, a column added) pushes the nodes
 * below it down, so that it never covers them. Not on a new display mode (the layout is run again).
 */
function useRoomForGrowth(views: Map<string, NodeView>): void {
  const mode = useApp((s) => s.displayMode);
  const before = useRef<{ views: Map<string, NodeView>; mode: string } | undefined>(undefined);
  useEffect(() => {
    const previous = before.current;
    before.current = { views, mode };
    if (!previous || previous.mode !== mode) return;
    const grown = new Map<string, number>();
    for (const [id, view] of views) {
      const old = previous.views.get(id);
      if (old && view.size.height > old.size.height) grown.set(id, view.size.height - old.size.height);
    }
    if (grown.size === 0) return;
    const layout = useApp.getState().document.layout;
    const rects = new Map<string, Rect>();
    for (const [id, view] of views) if (layout[id]) rects.set(id, { ...layout[id]!, ...view.size });
    const moved = pushDown(rects, grown);
    // Not an undo step of its own: undoing the growth brings the tables back up with it.
    if (Object.keys(moved).length > 0) execute('set-layout', { positions: moved, follow: true });
  }, [views, mode]);
}

/** Keeps the fit's top padding below the toolbar (it wraps to more rows on a narrow canvas). */
function useToolbarRoom(section: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const toolbars = [...(section.current?.querySelectorAll<HTMLElement>('.er-toolbar') ?? [])];
    if (toolbars.length === 0 || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const room = toolbarRoom(section.current);
      // What sits under the toolbars (the view filter's banner) goes where they end.
      section.current?.style.setProperty('--er-toolbar-room', `${room}px`);
      FIT_PADDING.top = `${Math.max(FIT_MARGIN.top, room)}px`;
      FIT_MARGIN.y = FIT_MARGIN.bottom + Math.max(FIT_MARGIN.top, room);
    });
    // The panel too: a narrower canvas moves the edit bar under the view bar without resizing either.
    for (const element of [...toolbars, ...(toolbars[0]?.parentElement ? [toolbars[0].parentElement] : [])]) observer.observe(element);
    return () => observer.disconnect();
  }, [section]);
}
const MINIMAP_SIZE = { width: 132, height: 80 };
/** One function for every render: a new one would redraw each of the minimap's nodes at every step of a drag. */
const minimapColor = (node: Node) => (node.type === 'view' ? 'var(--minimap-view)' : node.type === 'table' ? 'var(--minimap-table)' : 'transparent');
/** Shift-click (or Ctrl/Cmd-click) adds a node to the selection; Shift-drag on the pane selects a box. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const EMPTY_DRAG: ReadonlySet<string> = new Set();
/** The lines are drawn by RouteLayer, not as React Flow's edges; one array, or React Flow would take a new one at every render. */
const NO_EDGES: never[] = [];

interface ErCanvasProps {
  schema: Schema;
  /** The schema as DDL, printed by the derivation worker (the Export menu's DDL). */
  targetDdl?: string;
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

/** The ER diagram of the schema: tables, views and their relationships, routed around each other. */
export function ErCanvas(props: ErCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasInner({ schema, targetDdl, pending, diagnostics, patterns, stale, colorMode, onOpenSource }: ErCanvasProps) {
  const { setCenter, getZoom } = useReactFlow();
  const saved = useApp((s) => s.document.layout);
  // A drag's places, kept here until the drop: the document (and what listens to it: history,
  // autosave, the inspector) changes once per drag, not at every pointer move.
  const [dragAt, setDragAt] = useState<Record<string, XY> | undefined>(undefined);
  const positions = useMemo(() => (dragAt ? { ...saved, ...dragAt } : saved), [saved, dragAt]);
  const dragAtNow = useRef(dragAt);
  /** Drags ended so far. */
  const dragCount = useRef(0);
  const positionsNow = useRef(positions);
  positionsNow.current = positions;
  const groups = useApp((s) => s.document.groups);
  const notes = useApp((s) => s.document.notes);
  const pinned = useApp((s) => s.document.pinned);
  const selected = useApp((s) => s.selectedNode);
  // Every selected node (shift-click, shift-drag box): moved, aligned, deleted, copied together.
  const selectedNodes = useApp((s) => s.selectedNodes);
  const selectedSet = useMemo(() => new Set(selectedNodes), [selectedNodes]);
  const pinnedSet = useMemo(() => new Set(pinned), [pinned]);
  const section = useRef<HTMLElement>(null);
  const design = useCanvasDesign(section);
  useCanvasKeys(section);
  useZoomClass(section);
  useToolbarRoom(section);
  const focus = useApp((s) => s.focus);
  const [dragging, setDragging] = useState<ReadonlySet<string>>(EMPTY_DRAG);

  // The graph, reusing the previous build's node data where nothing changed.
  const previous = useRef<Graph | undefined>(undefined);
  const graph = useMemo(() => buildGraph(schema, diagnostics, previous.current, patterns, stale), [schema, diagnostics, patterns, stale]);
  useEffect(() => {
    previous.current = graph;
  }, [graph]);
  const views = useNodeViews(graph);
  useRoomForGrowth(views);

  // Areas: the user's groups, else the Postgres schema when the diagram has several.
  const schemaCount = useMemo(() => new Set(graph.nodes.map((n) => n.data.schema)).size, [graph]);
  const groupOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const group of groups) for (const table of group.tables) map.set(table, group.id);
    return map;
  }, [groups]);
  const schemaOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.data.schema])), [graph]);
  const areaOf = useCallback(
    (id: string) => {
      const group = groupOf.get(id);
      if (group) return `group:${group}`;
      return schemaCount > 1 ? `schema:${schemaOf.get(id)}` : undefined;
    },
    [groupOf, schemaCount, schemaOf],
  );

  const { layingOut, viewFitted, fallback, tidyUp } = useCanvasLayout(graph, pending, views, areaOf, FIT_OPTIONS, section);

  const neighbours = selected ? graph.neighbours.get(selected) : undefined;
  const { excluded, focusMode, hiddenSchemas } = useCanvasFilter(graph, selected, FIT_OPTIONS);
  const focusedNode = focusMode ? graph.nodes.find((node) => node.id === selected)?.data : undefined;
  const sizes = useMemo(() => {
    const out: Record<string, { width: number; height: number }> = {};
    for (const [id, view] of views) out[id] = view.size;
    return out;
  }, [views]);
  // In the overview the nodes are pixels of one canvas: it hit-tests the pane's clicks itself.
  const overview = useOverview(graph, positions, sizes, selected, excluded, design.onDoubleClick);
  const hidden = overview.active;
  const unplaced = !viewFitted && graph.nodes.length >= OVERVIEW_MIN_NODES;

  const obstacles = useMemo<Obstacle[]>(() => notes.map((n) => ({ id: `note:${n.id}`, x: n.x, y: n.y, width: n.width, height: n.height })), [notes]);
  const scene = useRouteScene(graph, views, positions, excluded, obstacles);
  const { lines, routing, move } = useRoutes(scene, dragging);
  // Read by the Export menu when it exports: the toolbar does not re-render with every new route.
  // A layout effect: it runs before any effect of this render (the Export menu's, which exports
  // once the lines are routed, reads the lines of that render).
  const linesNow = useRef(lines);
  useLayoutEffect(() => {
    linesNow.current = lines;
  }, [lines]);
  const getLines = useCallback(() => linesNow.current, []);

  // Node objects are cached: React Flow skips the nodes whose object did not change.
  const nodeCache = useRef(new Map<string, ErFlowNode>());
  const tableNodes = useMemo(() => {
    const cache = nodeCache.current;
    const next = new Map<string, ErFlowNode>();
    for (const spec of graph.nodes) {
      const position = positions[spec.id];
      const view = views.get(spec.id);
      if (!position || !view) continue;
      const isSelected = selectedSet.has(spec.id);
      const filteredOut = excluded.has(spec.id);
      const className = [filteredOut ? FILTERED_CLASS : neighbours?.has(spec.id) ? 'is-neighbour' : '', pinnedSet.has(spec.id) ? 'is-pinned' : ''].filter(Boolean).join(' ') || undefined;
      const old = cache.get(spec.id);
      const hiddenNode = hidden || unplaced || filteredOut;
      const node =
        old && old.position === position && old.data === view.data && old.selected === isSelected && old.className === className && old.measured === view.size && !!old.hidden === hiddenNode
          ? old
          : ({
              id: spec.id,
              type: spec.type,
              position,
              data: view.data,
              selected: isSelected,
              className,
              hidden: hiddenNode,
              // Known before React measures it (the CSS draws this size), so the layout, the
              // fit and the culling of off-screen nodes work before a node was ever drawn.
              measured: view.size,
            } as ErFlowNode);
      next.set(spec.id, node);
    }
    nodeCache.current = next;
    return [...next.values()];
  }, [graph, views, positions, selectedSet, neighbours, hidden, unplaced, excluded, pinnedSet]);

  // Frames: schema areas and groups around their tables' current places; notes where they are.
  const extraNodes = useMemo(() => {
    const out: AnyNode[] = [];
    if (hidden || unplaced) return out;
    const shown = graph.nodes.filter((n) => !excluded.has(n.id)).map((n) => ({ id: n.id, ...views.get(n.id)!.size, area: areaOf(n.id) }));
    for (const frame of areaFrames(shown, positions)) {
      const [kind, key] = [frame.id.slice(0, frame.id.indexOf(':')), frame.id.slice(frame.id.indexOf(':') + 1)];
      const common = { position: { x: frame.x, y: frame.y }, width: frame.width, height: frame.height, measured: { width: frame.width, height: frame.height }, style: { width: frame.width, height: frame.height } };
      if (kind === 'schema') {
        out.push({ id: `area:${key}`, type: 'area', ...common, data: { label: key }, draggable: false, selectable: false, focusable: false, zIndex: -2, className: 'er-frame' } as AreaFlowNode);
      } else {
        const group = groups.find((g) => g.id === key);
        if (!group) continue;
        const count = group.tables.filter((t) => positions[t]).length;
        out.push({ id: `group:${key}`, type: 'group', ...common, data: { groupId: key, name: group.name, color: group.color, count }, selectable: false, focusable: false, zIndex: -1, className: 'er-frame', dragHandle: '.er-group__bar' } as GroupFlowNode);
      }
    }
    for (const note of notes) {
      out.push({ id: `note:${note.id}`, type: 'note', position: { x: note.x, y: note.y }, width: note.width, height: note.height, measured: { width: note.width, height: note.height }, style: { width: note.width, height: note.height }, data: { noteId: note.id, text: note.text, color: note.color }, dragHandle: '.er-note__bar', zIndex: 2 } as NoteFlowNode);
    }
    return out;
  }, [graph, views, positions, groups, notes, excluded, areaOf, hidden, unplaced]);

  const nodes = useMemo<AnyNode[]>(() => [...extraNodes, ...tableNodes], [extraNodes, tableNodes]);

  /** The drag's places (and `moved`) written to the document, as one change. */
  const commitDrag = useCallback((moved: Record<string, XY>) => {
    const next = { ...dragAtNow.current, ...moved };
    dragAtNow.current = undefined;
    dragCount.current++;
    setDragAt(undefined);
    if (Object.keys(next).length > 0) useApp.getState().setPositions(next);
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<AnyNode>[]) => {
      const moved: Record<string, XY> = {};
      let anyMoved = false;
      let stillDragging = false;
      let selection: Set<string> | undefined;
      const state = useApp.getState();
      const layout = positionsNow.current;
      for (const change of changes) {
        if (change.type === 'position' && change.dragging && !change.id.startsWith('note:')) stillDragging = true;
        if (change.type === 'position' && change.position) {
          if (change.id.startsWith('group:')) {
            // Dragging a group's bar moves its tables.
            const group = state.document.groups.find((g) => `group:${g.id}` === change.id);
            const frame = extraNodes.find((n) => n.id === change.id);
            if (!group || !frame) continue;
            const dx = change.position.x - frame.position.x;
            const dy = change.position.y - frame.position.y;
            for (const table of group.tables) {
              const at = layout[table];
              if (at) moved[table] = { x: at.x + dx, y: at.y + dy };
            }
            anyMoved = true;
          } else if (change.id.startsWith('note:')) {
            execute('update-note', { id: change.id.slice(5), at: change.position });
          } else if (!change.id.startsWith('area:')) {
            moved[change.id] = change.position;
            anyMoved = true;
          }
        } else if (change.type === 'select' && !change.id.includes(':')) {
          selection ??= new Set(state.selectedNodes);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (anyMoved && stillDragging) {
        // Drawn there with their lines routed (use-routes.ts): one render for both.
        const next = { ...dragAtNow.current, ...moved };
        dragAtNow.current = next;
        const rects = Object.entries(moved).flatMap(([id, at]) => {
          const size = sizes[id];
          return size ? [{ id, ...at, ...size }] : [];
        });
        const drag = dragCount.current;
        // Not once the drag is over (its places are in the document): a step answered late.
        move(rects, () => drag === dragCount.current && setDragAt(next));
      } else if (anyMoved) {
        // The drop (or a move not made by a drag, the arrow keys): one change of the document.
        commitDrag(moved);
      }
      if (selection !== undefined) state.setSelection([...selection]);
    },
    [extraNodes, commitDrag, move, sizes],
  );

  /** A drag is on (a ref for the pointer's handlers, which must not re-render anything). */
  const dragOn = useRef(false);
  const onNodeDragStart = useCallback((_: unknown, _node: Node, dragged: Node[]) => {
    const state = useApp.getState();
    const ids = new Set<string>();
    for (const node of dragged) {
      if (node.id.startsWith('group:')) for (const table of state.document.groups.find((g) => `group:${g.id}` === node.id)?.tables ?? []) ids.add(table);
      else if (!node.id.includes(':')) ids.add(node.id);
    }
    setDragging(ids);
    dragOn.current = true;
  }, []);
  const onNodeDragStop = useCallback(() => {
    setDragging(EMPTY_DRAG);
    dragOn.current = false;
    // The drop's own position change has written them; this is for a drag ended otherwise.
    if (dragAtNow.current) commitDrag({});
  }, [commitDrag]);
  // The table under the pointer: its lines are highlighted (edges.tsx), nothing else re-renders.
  const [hover] = useState(createHoverStore);
  // Not during a drag: the pointer runs ahead of the dragged table (it follows a step behind).
  const onNodeMouseEnter = useCallback((_: unknown, node: Node) => !dragOn.current && hover.set(node.type === 'table' || node.type === 'view' ? node.id : undefined), [hover]);
  const onNodeMouseLeave = useCallback(() => !dragOn.current && hover.set(undefined), [hover]);

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
    const view = views.get(focus.node);
    if (!at || !view) return;
    const size = view.size;
    const y = focus.column && view.rows.has(focus.column) ? at.y + anchorY(view, focus.column) : at.y + Math.min(size.height / 2, 160);
    void setCenter(at.x + size.width / 2, y, { zoom: Math.max(getZoom(), 0.9), duration: 300 });
    // Only a new focus request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.seq]);

  const total = graph.nodes.length;
  const status = total === 0 ? undefined : layingOut ? `Laying out ${total} objects…` : routing && lines.size > 200 ? 'Routing the lines…' : undefined;
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
      data-routing={routing ? 'running' : 'idle'}
      data-fitted={viewFitted ? 'true' : undefined}
      data-has-selection={selected ? 'true' : undefined}
      data-selected={selected}
      data-overview={hidden ? 'true' : undefined}
    >
      <EdgeMarkers />
      <ReactFlow<AnyNode>
        nodes={nodes}
        edges={NO_EDGES}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={overview.onPaneClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeMouseEnter={onNodeMouseEnter}
        onNodeMouseLeave={onNodeMouseLeave}
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
        {!hidden && !unplaced && <RouteLayer edges={graph.edges} lines={lines} selected={selected} hover={hover} />}
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_OPTIONS}>
          <ControlButton onClick={() => useApp.getState().setCanvasOnly(!useApp.getState().canvasOnly)} title="Canvas only: hide the other panels (\\)" aria-label="Canvas only" data-testid="canvas-only">
            <svg viewBox="0 0 16 16" aria-hidden="true" width="12" height="12">
              <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
          </ControlButton>
        </Controls>
        {hidden && <OverviewLayer scene={overview.scene} colorKey={String(colorMode)} />}
        {!hidden && (
          <MiniMap
            position="bottom-right"
            style={MINIMAP_SIZE}
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeStrokeWidth={0}
            ariaLabel="Overview of the diagram"
          />
        )}
        {/* One panel across the top: the view bar left, the edit bar right, each as wide as its
            buttons, wrapping under each other only when the canvas is too narrow for both. */}
        <Panel position="top-left" className="er-toolbars">
          <div className="er-toolbar er-toolbar--left">
            <CanvasViewBar total={total} />
          </div>
          <div className="er-toolbar">
            <CanvasToolbar schema={schema} targetDdl={targetDdl} total={total} focusMode={focusMode} canFocus={!!selected} layingOut={layingOut} onTidyUp={tidyUp} colorMode={colorMode} lines={getLines} edges={graph.edges} views={views} excluded={excluded} areaOf={areaOf} routing={routing} />
          </div>
        </Panel>
        {/* Inside React Flow's own stacking context (it is z-index 0), under its panels: their menus open over the banner. */}
        <div className="er-filter-overlay">
          <ViewFilterBanner total={graph.nodes.length} hidden={excluded.size} focusMode={focusMode} focused={focusedNode} hiddenSchemas={hiddenSchemas} />
        </div>
      </ReactFlow>
      {design.pending && <ForeignKeyPrompt pending={design.pending} onClose={() => design.setPending(undefined)} />}
      {total === 0 && pending ? (
        <p className="er-canvas__status" role="status">
          Reading the schema…
        </p>
      ) : total === 0 ? (
        <p className="er-canvas__empty">No tables yet. Open a .sql file, drop one here, type some DDL, or double-click here to add a table.</p>
      ) : status ? (
        <p className="er-canvas__status" role="status" data-testid={layingOut ? 'layout-progress' : undefined}>
          {status}
          <progress className="er-canvas__progress" aria-label={status} />
        </p>
      ) : null}
      {fallback && (
        <p className="er-canvas__fallback" role="alert" data-testid="layout-fallback">
          {fallback}
        </p>
      )}
    </section>
  );
}

