/**
 * The automatic layout of the ER canvas ("Tidy up", and a schema opened without positions):
 * 1. nodes are split by area (Postgres schema when there are several, or the user's group), each
 *    area laid out apart and framed, so that the tables of one schema stay together;
 * 2. in an area, each connected group of tables is placed by stress majorization (stress.ts): a
 *    table many reference lands in the middle of them;
 * 3. and snapped to columns (columns.ts) shaped like the canvas, whose gaps carry the lines;
 * 4. tables joined to nothing form one block of columns, sorted by name;
 * 5. the blocks of an area, then the areas, are packed into rows shaped like the canvas (pack.ts);
 * 6. nodes the user pinned keep their place; the rest is laid out beside them.
 */
import { snapToColumns, stackColumns, type Box } from './columns';
import { packBlocks } from './pack';
import { stressLayout } from './stress';
import type { ArrangeEdge, ArrangeInput, ArrangeNode, ArrangeResult, AreaFrame, XY } from './types';

/** Desired distance per hop between two joined tables (a table's width plus a channel). */
const UNIT = 340;
/** Room around an area's nodes, and above them for its name. */
export const AREA_PAD = 32;
export const AREA_LABEL = 40;
/** Distance between pinned nodes and the rest of the drawing. */
const PINNED_GAP = 200;

interface Placed {
  positions: Record<string, XY>;
  width: number;
  height: number;
}

function extent(positions: Record<string, XY>, boxes: Map<string, Box>): Placed {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [id, at] of Object.entries(positions)) {
    const box = boxes.get(id)!;
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + box.width);
    maxY = Math.max(maxY, at.y + box.height);
  }
  const out: Record<string, XY> = {};
  for (const [id, at] of Object.entries(positions)) out[id] = { x: at.x - minX, y: at.y - minY };
  return { positions: out, width: maxX - minX, height: maxY - minY };
}

/** Connected groups of `ids` by `edges` (edges to nodes outside are ignored), largest first. */
export function components(ids: string[], edges: ArrangeEdge[]): string[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { source, target } of edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
  }
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(id);
    else groups.set(root, [id]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

function layoutComponent(ids: string[], edges: ArrangeEdge[], boxes: Map<string, Box>, aspect: number): Placed {
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: [number, number][] = [];
  for (const { source, target } of edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push([a, b]);
  }
  const xy = stressLayout(ids.length, pairs, UNIT);
  return extent(snapToColumns(ids.map((id) => boxes.get(id)!), xy, aspect, pairs), boxes);
}

function layoutArea(ids: string[], edges: ArrangeEdge[], boxes: Map<string, Box>, aspect: number): Placed {
  const groups = components(ids, edges);
  const singles = groups.filter((g) => g.length === 1).map((g) => g[0]!).sort();
  const placed: Placed[] = groups.filter((g) => g.length > 1).map((g) => layoutComponent(g, edges, boxes, aspect));
  if (singles.length > 0) placed.push(extent(stackColumns(singles.map((id) => boxes.get(id)!), aspect), boxes));
  const at = packBlocks(placed, aspect);
  const positions: Record<string, XY> = {};
  placed.forEach((block, i) => {
    for (const [id, p] of Object.entries(block.positions)) positions[id] = { x: p.x + at[i]!.x, y: p.y + at[i]!.y };
  });
  return extent(positions, boxes);
}

/** The frame of each area around its nodes' current positions (label room above). */
export function areaFrames(nodes: readonly ArrangeNode[], positions: Record<string, XY>): AreaFrame[] {
  const frames = new Map<string, AreaFrame>();
  for (const node of nodes) {
    const at = positions[node.id];
    if (!node.area || !at) continue;
    const frame = frames.get(node.area);
    const x0 = at.x - AREA_PAD;
    const y0 = at.y - AREA_PAD - AREA_LABEL;
    const x1 = at.x + node.width + AREA_PAD;
    const y1 = at.y + node.height + AREA_PAD;
    if (!frame) frames.set(node.area, { id: node.area, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
    else {
      const right = Math.max(frame.x + frame.width, x1);
      const bottom = Math.max(frame.y + frame.height, y1);
      frame.x = Math.min(frame.x, x0);
      frame.y = Math.min(frame.y, y0);
      frame.width = right - frame.x;
      frame.height = bottom - frame.y;
    }
  }
  return [...frames.values()];
}

export function arrange(input: ArrangeInput): ArrangeResult {
  const pinned = input.pinned ?? {};
  const free = input.nodes.filter((node) => !pinned[node.id]);
  const boxes = new Map<string, Box>(input.nodes.map((n) => [n.id, { id: n.id, width: n.width, height: n.height }]));
  const aspect = Number.isFinite(input.aspect) && input.aspect > 0 ? input.aspect : 1.6;
  const byArea = new Map<string, string[]>();
  for (const node of free) {
    const key = node.area ?? '';
    const list = byArea.get(key);
    if (list) list.push(node.id);
    else byArea.set(key, [node.id]);
  }
  const areas = [...byArea].map(([area, ids]) => {
    const placed = layoutArea(ids, input.edges, boxes, aspect);
    const framed = area !== '';
    return { placed, pad: framed ? AREA_PAD : 0, top: framed ? AREA_PAD + AREA_LABEL : 0 };
  });
  const at = packBlocks(
    areas.map((a) => ({ width: a.placed.width + 2 * a.pad, height: a.placed.height + a.top + a.pad })),
    aspect,
  );
  const positions: Record<string, XY> = {};
  areas.forEach((area, i) => {
    for (const [id, p] of Object.entries(area.placed.positions)) positions[id] = { x: Math.round(p.x + at[i]!.x + area.pad), y: Math.round(p.y + at[i]!.y + area.top) };
  });
  const pinnedIds = Object.keys(pinned).filter((id) => boxes.has(id));
  if (pinnedIds.length > 0 && free.length > 0) {
    // The pinned nodes stay; the laid-out rest goes to their right, top-aligned with them.
    const right = Math.max(...pinnedIds.map((id) => pinned[id]!.x + boxes.get(id)!.width));
    const top = Math.min(...pinnedIds.map((id) => pinned[id]!.y));
    for (const id of Object.keys(positions)) positions[id] = { x: positions[id]!.x + right + PINNED_GAP, y: positions[id]!.y + top };
  }
  for (const id of pinnedIds) positions[id] = { ...pinned[id]! };
  return { positions, areas: areaFrames(input.nodes, positions) };
}
