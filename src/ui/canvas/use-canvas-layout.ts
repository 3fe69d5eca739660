/**
 * Where the canvas's nodes are: positions for nodes that have none (a full layout when most of
 * the diagram is new, otherwise new tables placed beside their neighbours and nothing else
 * moved), "Tidy up" (and a change of display mode, whose node sizes differ), and the fit of the
 * view after a layout or to a restored layout. The layout (layout/arrange.ts) runs in the layout
 * worker; when it fails or takes too long, the tables are put in a grid and the canvas says so.
 * When the canvas changes shape a lot ("canvas only", a panel collapsed or opened), the drawing
 * follows: laid out again for the new shape if the user never moved or pinned a table since
 * the last layout, else fitted to the new size.
 */
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { execute } from '../commands/execute';
import { useApp, type XY } from '../store';
import { anchorY, type NodeView } from './display';
import type { EdgeSpec, Graph } from './graph';
import { arrangeInWorker } from './layout/layout-client';
import { stackColumns } from './layout/columns';
import type { ArrangeInput, ArrangeNode } from './layout/types';
import { placeNewNodes, type Rect } from './placement';
import { maxOf } from '../../core/lib/arrays';

export interface LayoutEdge {
  from: string;
  to: string;
}

function layoutEdges(edges: EdgeSpec[]): LayoutEdge[] {
  return edges.map((edge) => ({ from: edge.target, to: edge.source }));
}

/** Tables in columns, by name: the fallback when the automatic layout cannot run. */
export function gridLayout(nodes: ArrangeNode[], aspect: number): Record<string, XY> {
  return stackColumns([...nodes].sort((a, b) => a.id.localeCompare(b.id)), aspect);
}

/** Room the fit leaves around the drawing (FIT_OPTIONS in ErCanvas), in pixels, across and down. */
export const FIT_MARGIN = { top: 52, bottom: 100, left: 20, right: 20, x: 40, y: 152 };

/** A new canvas shape this much wider or narrower (ratio of aspect ratios) is laid out again. */
const RESHAPE_ASPECT = 1.2;
/** A canvas this much larger or smaller (ratio of areas) has the view fitted again. */
const RESIZE_AREA = 1.3;
/** The canvas's size is read once it has kept it this long (a separator dragged, panels moving). */
const RESIZE_SETTLE_MS = 250;

interface Size {
  width: number;
  height: number;
}

/** What a change of the canvas's size from `before` to `after` asks of the drawing. */
export function resizeAction(before: Size, after: Size): 'layout' | 'fit' | undefined {
  if (before.width < 50 || before.height < 50 || after.width < 50 || after.height < 50) return undefined;
  const ratio = (a: number, b: number) => Math.max(a / b, b / a);
  if (ratio(after.width / after.height, before.width / before.height) >= RESHAPE_ASPECT) return 'layout';
  if (ratio(after.width * after.height, before.width * before.height) >= RESIZE_AREA) return 'fit';
  return undefined;
}

/** Height from the canvas's top to below its toolbars (they wrap to more rows on a narrow canvas). */
export function toolbarRoom(section: HTMLElement | null): number {
  const toolbars = [...(section?.querySelectorAll<HTMLElement>('.er-toolbar') ?? [])];
  if (!section || toolbars.length === 0) return FIT_MARGIN.top;
  const top = section.getBoundingClientRect().top;
  return Math.round(maxOf(toolbars.map((toolbar) => toolbar.getBoundingClientRect().bottom)) - top) + 12;
}

export interface CanvasLayout {
  /** A layout is running (the first of a diagram, "Tidy up", a new display mode). */
  layingOut: boolean;
  /**
   * The viewport shows the diagram as laid out (the fit after a layout or a restore has been
   * applied). Until then a big diagram's nodes are not drawn: React Flow draws every node it has
   * not measured yet, wherever the viewport is.
   */
  viewFitted: boolean;
  /** Why the last layout fell back to a grid (shown on the canvas), if it did. */
  fallback?: string;
  tidyUp: () => void;
}

export function useCanvasLayout(
  graph: Graph,
  pending: boolean | undefined,
  views: Map<string, NodeView>,
  areaOf: (id: string) => string | undefined,
  fitOptions: FitViewOptions,
  frame: RefObject<HTMLElement | null>,
): CanvasLayout {
  const { fitView, setViewport } = useReactFlow();
  const [layingOut, setLayingOut] = useState(false);
  const [viewFitted, setViewFitted] = useState(false);
  const [fallback, setFallback] = useState<string | undefined>(undefined);
  const layoutRun = useRef(0);
  /** The view was fitted to the diagram once (after a first layout, or on a restored layout). */
  const fitted = useRef(false);
  /** The running layout is a "Tidy up" (an edit does not cancel it). */
  const tidying = useRef(false);
  /** The layout as the last automatic layout left it: the same object while the user moved nothing. */
  const laidOut = useRef<Record<string, XY> | undefined>(undefined);
  /** The canvas's size when the drawing was last laid out or fitted. */
  const shapedFor = useRef<Size | undefined>(undefined);
  const reshape = useRef<() => void>(() => {});
  /** Canvas-only mode as it was when the drawing was last shaped. */
  const canvasOnlyFor = useRef(useApp.getState().canvasOnly);
  const canvasSize = useCallback((): Size | undefined => {
    const box = frame.current?.getBoundingClientRect();
    return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : undefined;
  }, [frame]);
  const fitNow = useCallback(() => {
    shapedFor.current = canvasSize();
    void fitView(fitOptions).then(() => setViewFitted(true));
  }, [fitView, fitOptions, canvasSize]);
  const sizeOf = useCallback((id: string) => views.get(id)?.size ?? { width: 264, height: 40 }, [views]);

  const runLayout = useCallback(
    /** `forShape`: laid out again for a new shape of the canvas, not a step of its own in the history. */
    (tidy: boolean, forShape = false) => {
      const run = ++layoutRun.current;
      tidying.current = tidy;
      setLayingOut(true);
      setViewFitted(false);
      // Shaped like what a fit shows: the canvas less the fit's padding (toolbar, minimap). The
      // toolbars measured now: a schema with several Postgres schemas adds a button that may wrap
      // them to a second row, and the observer that tells the fit (ErCanvas) may not have run yet.
      const box = frame.current?.getBoundingClientRect();
      const shape = canvasSize();
      const width = (box?.width ?? 0) - FIT_MARGIN.x;
      const height = (box?.height ?? 0) - FIT_MARGIN.bottom - Math.max(FIT_MARGIN.top, toolbarRoom(frame.current));
      const aspect = width > 100 && height > 100 ? width / height : 1.6;
      const document = useApp.getState().document;
      const pinned: Record<string, XY> = {};
      for (const id of document.pinned) if (document.layout[id]) pinned[id] = document.layout[id]!;
      const input: ArrangeInput = {
        nodes: graph.nodes.map((n) => {
          const area = areaOf(n.id);
          return { id: n.id, ...sizeOf(n.id), ...(area ? { area } : {}) };
        }),
        // With the rows the lines meet: the layout lines those rows up (fewer crossings).
        edges: graph.edges.map(({ source, target, sourceColumn, targetColumn }) => ({ source, target, sourceY: anchorY(views.get(source), sourceColumn), targetY: anchorY(views.get(target), targetColumn) })),
        aspect,
        pinned,
      };
      void arrangeInWorker(input)
        .then(
          (result) => {
            setFallback(undefined);
            return result.positions;
          },
          (error: Error) => {
            console.warn('Automatic layout failed; the tables are laid out in a grid.', error);
            setFallback(`The automatic layout failed (${error.message}): the tables are in a grid, by name.`);
            return { ...gridLayout(input.nodes, aspect), ...pinned };
          },
        )
        .then((positions) => {
          if (run !== layoutRun.current) return;
          if (forShape) execute('set-layout', { positions, replace: true, follow: true });
          else useApp.getState().setPositions(positions, true);
          laidOut.current = useApp.getState().document.layout;
          setLayingOut(false);
          fitted.current = true;
          fitNow();
          // Shaped for the canvas as it was when the layout started: if it changed meanwhile
          // (canvas only pressed during the layout), the drawing follows.
          shapedFor.current = shape;
          setTimeout(() => reshape.current(), RESIZE_SETTLE_MS);
        });
    },
    [graph, fitNow, sizeOf, areaOf, frame, views, canvasSize],
  );

  useEffect(() => {
    const known = useApp.getState().document.layout;
    if (graph.nodes.length === 0) {
      if (pending) return;
      // An empty schema (a new document): design starts at full size, where the user clicks;
      // nothing is fitted afterwards, so the first tables stay where they were made.
      fitted.current = true;
      setViewFitted(true);
      void setViewport({ x: 0, y: 0, zoom: 1 });
      return;
    }
    const missing = graph.nodes.filter((node) => !known[node.id]);
    if (missing.length === 0) {
      // A document restored with its layout (a reload, a project file, a share link): fit it once.
      if (!fitted.current && graph.nodes.length > 0) {
        fitted.current = true;
        requestAnimationFrame(fitNow);
      }
      // Every node has a place again (an edit was undone): a first layout still running is stale.
      if (layingOut && !tidying.current) {
        layoutRun.current++;
        setLayingOut(false);
      }
      return;
    }
    const kept = graph.nodes.length - missing.length;
    if (kept > 0 && missing.length <= kept && !layingOut) {
      const placed = new Map<string, Rect>();
      for (const node of graph.nodes) {
        const at = known[node.id];
        if (at) placed.set(node.id, { ...at, ...sizeOf(node.id) });
      }
      useApp.getState().setPositions(placeNewNodes(placed, missing.map((n) => ({ id: n.id, ...sizeOf(n.id) })), layoutEdges(graph.edges)));
      return;
    }
    runLayout(false);
    // Only a new graph asks for a layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  // A new display mode changes every node's size: the layout follows (pinned nodes stay).
  const mode = useApp((s) => s.displayMode);
  const lastMode = useRef(mode);
  useEffect(() => {
    if (lastMode.current === mode) return;
    lastMode.current = mode;
    if (graph.nodes.length > 0) runLayout(true);
  }, [mode, graph, runLayout]);

  const tidyUp = useCallback(() => runLayout(true), [runLayout]);

  // The canvas changed shape: the drawing follows, once the size has settled.
  reshape.current = () => {
    const size = canvasSize();
    const before = shapedFor.current;
    if (!size || !before || !fitted.current || layingOut || graph.nodes.length === 0) return;
    const action = resizeAction(before, size);
    if (!action) return;
    const { document, canvasOnly } = useApp.getState();
    // Only "canvas only" (asked for to see the drawing whole) lays it out again: a panel opened
    // or closed while one reads the drawing only fits it, so that the tables stay where they were.
    const asked = canvasOnly !== canvasOnlyFor.current;
    canvasOnlyFor.current = canvasOnly;
    const untouched = document.pinned.length === 0 && laidOut.current !== undefined && document.layout === laidOut.current;
    if (action === 'layout' && untouched && asked) runLayout(true, true);
    else fitNow();
  };
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => reshape.current(), RESIZE_SETTLE_MS);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [frame]);

  return { layingOut, viewFitted, fallback, tidyUp };
}
