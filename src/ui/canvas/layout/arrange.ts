/**
 * The automatic layout of the ER canvas ("Tidy up", and a schema opened without positions):
 * 1. nodes are split by area (Postgres schema when there are several, or the user's group), each
 *    area laid out apart and framed, so that the tables of one schema stay together;
 * 2. in an area, each connected group of tables is placed by stress majorization (stress.ts): a
 *    table many reference lands in the middle of them;
 * 3. and snapped to columns (columns.ts) shaped like the canvas, whose gaps carry the lines;
 * 4. tables joined to nothing stand in columns sorted by name, as tall as makes the drawing fit best;
 * 5. the blocks of an area, then the areas, are packed into rows shaped like the canvas (pack.ts);
 *    areas joined by lines are laid out together instead (linked-areas.ts, linked-place.ts);
 * 6. nodes the user pinned keep their place; the rest is laid out beside them.
 */
import { layoutArea } from './area';
import type { Box } from './columns';
import { areasLinked } from './linked-areas';
import { AREA_LABEL, AREA_PAD, arrangeLinked, framed, sizeOf, type FramedArea } from './linked-place';
import { packBlocks } from './pack';
import type { ArrangeInput, ArrangeNode, ArrangeResult, AreaFrame, XY } from './types';
import { maxOf, minOf } from '../../../core/lib/arrays';

export { AREA_LABEL, AREA_PAD };

/** Distance between pinned nodes and the rest of the drawing. */
const PINNED_GAP = 200;

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
  const entries = [...byArea];
  const areaOf = new Map(free.map((node) => [node.id, node.area ?? '']));
  let placed: { areas: FramedArea[]; at: XY[] };
  if (entries.length > 1 && areasLinked(areaOf, input.edges)) placed = arrangeLinked(entries, input.edges, boxes, aspect, areaOf);
  else {
    const areas = entries.map(([area, ids]) => framed(area, layoutArea(ids, input.edges, boxes, aspect)));
    placed = { areas, at: packBlocks(areas.map(sizeOf), aspect) };
  }
  const { areas, at } = placed;
  const positions: Record<string, XY> = {};
  areas.forEach((area, i) => {
    for (const [id, p] of Object.entries(area.placed.positions)) positions[id] = { x: Math.round(p.x + at[i]!.x + area.pad), y: Math.round(p.y + at[i]!.y + area.top) };
  });
  const pinnedIds = Object.keys(pinned).filter((id) => boxes.has(id));
  if (pinnedIds.length > 0 && free.length > 0) {
    // The pinned nodes stay; the laid-out rest goes to their right, top-aligned with them.
    const right = maxOf(pinnedIds.map((id) => pinned[id]!.x + boxes.get(id)!.width));
    const top = minOf(pinnedIds.map((id) => pinned[id]!.y));
    for (const id of Object.keys(positions)) positions[id] = { x: positions[id]!.x + right + PINNED_GAP, y: positions[id]!.y + top };
  }
  for (const id of pinnedIds) positions[id] = { ...pinned[id]! };
  return { positions, areas: areaFrames(input.nodes, positions) };
}
