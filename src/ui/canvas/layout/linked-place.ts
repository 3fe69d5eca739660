/**
 * Areas joined by lines (linked-areas.ts), placed: each laid out as a block from the joint stress
 * picture, the blocks placed in the picture's order (packInOrder) and mirrored toward each other,
 * then each area's tables joined to others moved within their columns toward them.
 *
 * Where an area's tables joined to another area go within it decides most crossings between
 * areas: a view reading a table of the schema on the left, drawn in the middle of its own
 * schema, sends its line across every column on its way. So the areas are placed a first time,
 * and again with those tables in the columns facing the area they are joined to (facingSides):
 * all of them, or only those with no more lines within their area than out of it (the others
 * hold their area's own groups together). Each of the three with those tables' columns compact,
 * then taller (COLUMN_SLACKS), as many as BUDGET routes. The drawing whose lines, routed as the
 * canvas routes them (the router's first pass), cross least is kept (unless a fit must show it
 * much smaller). A diagram too large to route any (ROUTED_MAX) gets the second one.
 *
 * Not the router's second pass and pairs of lines, as the canvas counts them: its worker routes
 * the lines in another order (those in view first), so that count was no nearer the canvas's
 * (synthetic-200's drawings: 2,357 and 2,227 ranked that way, 1,862 and 2,108 on the canvas).
 */
import { edgesAmong, UNIT, type Placed } from './area';
import { fitSide, routedCrossings } from './candidates';
import type { Box } from './columns';
import { alignToLinkedAreas, facingSides, layoutLinkedAreas, linkedPicture, mirrorForLinks, type AreaBlock, type LinkedPicture } from './linked-areas';
import { packInOrder } from './pack';
import type { ArrangeEdge, XY } from './types';
import { minOf } from '../../../core/lib/arrays';

/** Room around an area's nodes, and above them for its name. */
export const AREA_PAD = 32;
export const AREA_LABEL = 40;

/** Lines x tables past which a layout routes no candidate (and keeps the second). */
const ROUTED_MAX = 80_000;
/** Lines x tables that routing all candidates of one layout may cost together (at least the three drawings of COLUMN_SLACKS[0]). */
const BUDGET = 320_000;
/**
 * Room for the columns of the tables joined to other areas to line up with their neighbours
 * (snapToColumns' slack), tried in turn: compact first, then taller columns with straighter
 * lines between the areas (a large area is usually taller than those columns anyway: postgrest's
 * `test` schema, whose tables joined to nothing stand below them).
 */
const COLUMN_SLACKS = [1, 2, 1.25];
/** A candidate may be this much larger (the side a fit must show) than the smallest, and still be chosen. */
const SIZE_SLACK = 1.1;

export interface FramedArea {
  placed: Placed;
  /** Room around the area's tables, and above them (its name); none for the nodes of no area. */
  pad: number;
  top: number;
}

export const framed = (area: string, placed: Placed): FramedArea => (area === '' ? { placed, pad: 0, top: 0 } : { placed, pad: AREA_PAD, top: AREA_PAD + AREA_LABEL });
export const sizeOf = (a: FramedArea) => ({ width: a.placed.width + 2 * a.pad, height: a.placed.height + a.top + a.pad });

interface LinkedPlacement {
  blocks: AreaBlock[];
  areas: FramedArea[];
  /** Top-left corner of each area's frame. */
  at: XY[];
  /** Where each block's positions start. */
  origins: XY[];
  /** The areas mirrored across. */
  flipped: boolean[];
}

function place(entries: [string, string[]][], picture: LinkedPicture, edges: readonly ArrangeEdge[], boxes: Map<string, Box>, aspect: number, areaOf: Map<string, string>, facing?: Map<string, number>, slack = 1): LinkedPlacement {
  const blocks = layoutLinkedAreas(picture, edges, boxes, aspect, facing, slack);
  const areas = entries.map(([area], i) => framed(area, blocks[i]!));
  const index = new Map(entries.map(([area], i) => [area, i]));
  const ends = edges
    .filter((e) => areaOf.has(e.source) && areaOf.has(e.target) && areaOf.get(e.source) !== areaOf.get(e.target))
    .map((e) => ({ a: index.get(areaOf.get(e.source)!)!, ia: e.source, b: index.get(areaOf.get(e.target)!)!, ib: e.target }));
  const point = (area: number, id: string) => {
    const p = areas[area]!.placed.positions[id]!;
    const box = boxes.get(id)!;
    return { x: p.x + areas[area]!.pad + box.width / 2, y: p.y + areas[area]!.top + box.height / 2 };
  };
  const at = packInOrder(
    areas.map((area, i) => ({ ...sizeOf(area), centre: blocks[i]!.centre })),
    aspect,
    ends.map((l) => ({ a: l.a, pa: point(l.a, l.ia), b: l.b, pb: point(l.b, l.ib) })),
  );
  const origins = at.map((p, i) => ({ x: p.x + areas[i]!.pad, y: p.y + areas[i]!.top }));
  const flipped = mirrorForLinks(blocks, boxes, ends, origins);
  return { blocks, areas, at, origins, flipped };
}

const sameSides = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([id, side]) => b.get(id) === side);

/** Every node's position in a placement. */
function positionsOf(placement: LinkedPlacement): Record<string, XY> {
  const positions: Record<string, XY> = {};
  placement.blocks.forEach((block, i) => {
    for (const [id, p] of Object.entries(block.positions)) positions[id] = { x: p.x + placement.origins[i]!.x, y: p.y + placement.origins[i]!.y };
  });
  return positions;
}

/** The areas of `entries` (area, its free nodes), joined by `edges`, placed (see the header). */
export function arrangeLinked(entries: [string, string[]][], edges: readonly ArrangeEdge[], boxes: Map<string, Box>, aspect: number, areaOf: Map<string, string>): { areas: FramedArea[]; at: XY[] } {
  const picture = linkedPicture(entries, edges, UNIT);
  const first = place(entries, picture, edges, boxes, aspect, areaOf);
  const ids = entries.flatMap(([, list]) => list);
  const facing = facingSides(first.blocks, boxes, edges, first.origins, first.flipped, true);
  const cost = Math.max(1, edges.length * ids.length);
  if (cost > ROUTED_MAX) {
    const placed = facing.size > 0 ? place(entries, picture, edges, boxes, aspect, areaOf, facing) : first;
    alignToLinkedAreas(placed.blocks, boxes, edges, placed.origins);
    return placed;
  }
  const all = facingSides(first.blocks, boxes, edges, first.origins, first.flipped, false);
  const sides = [undefined, ...(facing.size > 0 ? [facing] : []), ...(all.size > 0 && !sameSides(all, facing) ? [all] : [])];
  const variants = COLUMN_SLACKS.flatMap((slack) => sides.map((side) => ({ side, slack })));
  const count = Math.min(variants.length, Math.max(sides.length, Math.floor(BUDGET / cost)));
  const candidates = variants.slice(0, count).map(({ side, slack }) => (side === undefined && slack === 1 ? first : place(entries, picture, edges, boxes, aspect, areaOf, side, slack)));
  for (const c of candidates) alignToLinkedAreas(c.blocks, boxes, edges, c.origins);
  if (candidates.length === 1) return first;
  const list = ids.map((id) => boxes.get(id)!);
  const lines = edgesAmong(new Map(ids.map((id, i) => [id, i])), edges);
  const sized = candidates.map((c) => {
    const positions = positionsOf(c);
    return { c, positions, side: fitSide(list, positions, aspect) };
  });
  // Fewer crossings are not worth a drawing the fit must show much smaller: within SIZE_SLACK
  // (the others not routed), the one with fewest crossings per unit of the fit's scale squared
  // (a fit draws the tables at a scale that goes with 1 / side, their area with its square).
  const smallest = minOf(sized.map((s) => s.side));
  const scored = sized.filter((s) => s.side <= smallest * SIZE_SLACK).map((s) => ({ ...s, crossed: routedCrossings(list, s.positions, lines) }));
  const worth = (s: (typeof scored)[number]) => s.crossed * (s.side / smallest) ** 2;
  return scored.reduce((best, s) => (worth(s) < worth(best) ? s : best)).c;
}
