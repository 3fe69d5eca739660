/**
 * The overview: the whole diagram drawn on one <canvas> when it is zoomed out too far to read
 * (issue 8). Thousands of DOM nodes cost a software-rendered frame tens of milliseconds on every
 * pan; a canvas of rectangles and lines costs one or two. Pure drawing, given the shapes and the
 * viewport, so that it can be tested without a browser's layout.
 */
import type { Severity } from '../lib/severity';
import { farName, type FarName } from './display';

export interface OverviewNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'table' | 'view' | 'partition';
  /** The name its header shows; drawn as its far name (display.ts farName) where it can be read. */
  label?: string;
  /** Worst finding on it, drawn as a dot in its header. */
  worst?: Severity;
}

export interface OverviewEdge {
  source: string;
  target: string;
}

export interface OverviewColors {
  background: string;
  node: string;
  border: string;
  header: string;
  viewHeader: string;
  partitionHeader: string;
  edge: string;
  accent: string;
  /** The names' colour. */
  text: string;
  error: string;
  warn: string;
  info: string;
}

export interface OverviewScene {
  nodes: readonly OverviewNode[];
  edges: readonly OverviewEdge[];
  /** The selected node and its neighbours stand out; the rest is dimmed. */
  selected?: string;
  neighbours?: ReadonlySet<string>;
}

/** React Flow's viewport: screen = flow * zoom + (x, y). */
export type Transform = readonly [x: number, y: number, zoom: number];

/** Header height of a node in flow units (the DOM node's header is 36 px). */
const HEADER = 36;

/**
 * Names in the overview. Below OVERVIEW_ZOOM the DOM nodes are hidden; their far names (the big
 * bold name nodes.tsx draws over a zoomed-out node, in farName's lines, at most 14 px on screen)
 * are drawn here the same way, so the diagram reads like a map (where each table is, by name)
 * instead of a field of blank boxes, and nothing jumps when the zoom crosses into the DOM. A name
 * under 6 px on screen is not drawn: it could not be read.
 */
const NAME_MAX_PX = 14;
const NAME_MIN_PX = 6;
const NAME_LINE_HEIGHT = 1.1;
const NAME_FAMILY = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/**
 * Far names by label and box, worked out when first drawn: a 5,000-table diagram fitted to the
 * screen draws none, and one zoomed in draws only the few hundred in view.
 */
const farNames = new Map<string, FarName>();

function cachedFarName(node: OverviewNode & { label: string }): FarName {
  const key = `${node.width}x${node.height}:${node.label}`;
  let name = farNames.get(key);
  if (!name) {
    if (farNames.size > 20_000) farNames.clear();
    name = farName(node.label, node.width, node.height);
    farNames.set(key, name);
  }
  return name;
}

/**
 * The node under a point in flow coordinates; the topmost (last drawn) wins. Failing that, the
 * nearest within `tolerance` flow units: at overview zoom a table can be a pixel wide, and a click
 * (whole screen pixels) must still find it.
 */
export function nodeAt(nodes: readonly OverviewNode[], x: number, y: number, tolerance = 0): OverviewNode | undefined {
  let nearest: OverviewNode | undefined;
  let best = tolerance;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    const dx = Math.max(n.x - x, 0, x - (n.x + n.width));
    const dy = Math.max(n.y - y, 0, y - (n.y + n.height));
    if (dx === 0 && dy === 0) return n;
    const distance = Math.hypot(dx, dy);
    if (distance <= best) {
      best = distance;
      nearest = n;
    }
  }
  return nearest;
}

/**
 * Draws the scene on a context sized `width` x `height` CSS pixels (the caller scales for the
 * device pixel ratio). Shapes outside the view are skipped; edges are straight lines between the
 * nearer sides, which at this zoom is all the eye can tell apart.
 */
export function drawOverview(ctx: CanvasRenderingContext2D, scene: OverviewScene, transform: Transform, width: number, height: number, colors: OverviewColors): { drawn: number; named: number } {
  const [tx, ty, zoom] = transform;
  ctx.clearRect(0, 0, width, height);
  const byId = new Map<string, OverviewNode>();
  for (const node of scene.nodes) byId.set(node.id, node);
  const visible = (n: OverviewNode) => {
    const sx = n.x * zoom + tx;
    const sy = n.y * zoom + ty;
    return sx + n.width * zoom >= 0 && sx <= width && sy + n.height * zoom >= 0 && sy <= height;
  };
  const dimmed = (id: string) => scene.selected !== undefined && id !== scene.selected && !scene.neighbours?.has(id);

  // Edges first, under the nodes: one path for the plain ones, one for the selection's.
  const plain = new Path2D();
  const active = new Path2D();
  for (const edge of scene.edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b || (!visible(a) && !visible(b))) continue;
    const aRight = a.x + a.width / 2 < b.x + b.width / 2;
    const ax = (aRight ? a.x + a.width : a.x) * zoom + tx;
    const bx = (aRight ? b.x : b.x + b.width) * zoom + tx;
    const ay = (a.y + Math.min(a.height / 2, HEADER)) * zoom + ty;
    const by = (b.y + Math.min(b.height / 2, HEADER)) * zoom + ty;
    const path = scene.selected !== undefined && (edge.source === scene.selected || edge.target === scene.selected) ? active : plain;
    path.moveTo(ax, ay);
    path.lineTo(bx, by);
  }
  ctx.lineWidth = 1;
  ctx.globalAlpha = scene.selected !== undefined ? 0.25 : 0.7;
  ctx.strokeStyle = colors.edge;
  ctx.stroke(plain);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colors.accent;
  ctx.lineWidth = 1.5;
  ctx.stroke(active);

  let drawn = 0;
  const header = Math.max(1, HEADER * zoom);
  for (const node of scene.nodes) {
    if (!visible(node)) continue;
    drawn++;
    const x = node.x * zoom + tx;
    const y = node.y * zoom + ty;
    const w = Math.max(1, node.width * zoom);
    const h = Math.max(1, node.height * zoom);
    ctx.globalAlpha = dimmed(node.id) ? 0.4 : 1;
    ctx.fillStyle = colors.node;
    ctx.fillRect(x, y, w, h);
    ctx.fillStyle = node.kind === 'view' ? colors.viewHeader : node.kind === 'partition' ? colors.partitionHeader : colors.header;
    ctx.fillRect(x, y, w, Math.min(h, header));
    ctx.lineWidth = node.id === scene.selected ? 2 : 1;
    ctx.strokeStyle = node.id === scene.selected ? colors.accent : colors.border;
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    if (node.worst) {
      const r = Math.max(1.5, Math.min(6, header / 4));
      ctx.fillStyle = colors[node.worst];
      ctx.beginPath();
      ctx.arc(x + w - r * 2, y + Math.min(h, header) / 2, r, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  const named = drawLabels(ctx, scene, zoom, tx, ty, visible, dimmed, colors);
  return { drawn, named };
}

/** The names, over every box, centred in it as the DOM's far names are; how many were drawn. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: OverviewScene,
  zoom: number,
  tx: number,
  ty: number,
  visible: (n: OverviewNode) => boolean,
  dimmed: (id: string) => boolean,
  colors: OverviewColors,
): number {
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = colors.text;
  let font = '';
  let named = 0;
  for (const node of scene.nodes) {
    // No line can be taller than the box allows: most boxes are skipped before a name is fitted.
    if (!node.label || ((node.height - 6) / NAME_LINE_HEIGHT) * zoom < NAME_MIN_PX || !visible(node)) continue;
    const name = cachedFarName(node as OverviewNode & { label: string });
    const size = Math.min(NAME_MAX_PX, name.size * zoom);
    if (size < NAME_MIN_PX) continue;
    const next = `700 ${size.toFixed(1)}px ${NAME_FAMILY}`;
    if (next !== font) ctx.font = font = next;
    ctx.globalAlpha = dimmed(node.id) ? 0.4 : 1;
    const lines = name.lines;
    const cx = (node.x + node.width / 2) * zoom + tx;
    const top = (node.y + node.height / 2) * zoom + ty - ((lines.length - 1) * size * NAME_LINE_HEIGHT) / 2;
    lines.forEach((line, i) => ctx.fillText(line, cx, top + i * size * NAME_LINE_HEIGHT));
    named++;
  }
  ctx.globalAlpha = 1;
  return named;
}
