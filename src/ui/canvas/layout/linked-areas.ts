/**
 * Areas whose tables reference each other (schemas joined by foreign keys, a schema of views over
 * the tables of another): laid out together, so that a line between two areas is short and does
 * not cross the drawing. Laid out apart, as unrelated blocks, adventureworks' 141 lines between
 * its ten schemas crossed 2,565 times; most of a multi-schema diagram's crossings were these.
 *
 * 1. One stress layout (stress.ts) of every table joined to another, all areas at once: the
 *    wished distance is the hops between the tables, and at most SAME_AREA_HOPS within an area,
 *    so that an area stays a blob while facing the areas it is joined to;
 * 2. each area's tables snapped to columns (columns.ts) from their places in that picture (not
 *    turned on their own: a table joined to the area on the right stays on its right side), a
 *    small area in fewer columns than the canvas's shape asks (outwardAspect);
 * 3. the areas placed in the order of their centres in the picture (packInOrder), rows chosen for
 *    the canvas's shape and for short lines between them; each area mirrored when that shortens
 *    its lines to the others;
 * 4. placed again with the tables joined to an area beside theirs in the columns facing it
 *    (facingSides), and the drawing that crosses least kept (linked-place.ts).
 */
import { components, edgesAmong, extent, layoutArea, type Placed } from './area';
import { alignColumns, alongMainAxis, snapToColumns, type Box, type FixedEnd } from './columns';
import { hopDistances, stressFromHops } from './stress';
import type { ArrangeEdge, XY } from './types';
import { maxOf } from '../../../core/lib/arrays';

/** Tables of one area are wished at most this many hops apart. */
const SAME_AREA_HOPS = 3;

export interface AreaBlock extends Placed {
  /** Centre of the area's tables in the joint picture (for the order of the areas). */
  centre: XY;
  /** The area's tables in groups joined to another area (in columns of their own in the block). */
  outward: string[];
}

/** Whether any edge joins two different areas (of the nodes in `areaOf`). */
export function areasLinked(areaOf: Map<string, string>, edges: readonly ArrangeEdge[]): boolean {
  return edges.some((e) => {
    const a = areaOf.get(e.source);
    const b = areaOf.get(e.target);
    return a !== undefined && b !== undefined && a !== b;
  });
}

/** The joint stress picture of every table joined to another area (step 1 of the header). */
export interface LinkedPicture {
  /** Per area (in the order given): its groups joined to another area, and the rest. */
  split: { outward: string[]; inward: string[] }[];
  /** Index of each outward table in `xy`. */
  index: Map<string, number>;
  xy: Float64Array;
}

export function linkedPicture(areas: [string, string[]][], edges: readonly ArrangeEdge[], unit: number): LinkedPicture {
  const areaOf = new Map<string, number>();
  areas.forEach(([, ids], a) => ids.forEach((id) => areaOf.set(id, a)));
  const crossing = new Set<string>();
  for (const { source, target } of edges) {
    const a = areaOf.get(source);
    const b = areaOf.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    crossing.add(source);
    crossing.add(target);
  }
  // Per area: the groups joined to another area (together), and the rest.
  const split = areas.map(([, ids]) => {
    const groups = components(ids, edges);
    return { outward: groups.filter((g) => g.some((id) => crossing.has(id))).flat(), inward: groups.filter((g) => !g.some((id) => crossing.has(id))).flat() };
  });
  const ids = split.flatMap((s) => s.outward);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs: [number, number][] = [];
  for (const { source, target } of edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push([a, b]);
  }
  const n = ids.length;
  const hops = hopDistances(n, pairs);
  for (let i = 0; i < n; i++) {
    const area = areaOf.get(ids[i]!);
    for (let j = 0; j < n; j++) if (i !== j && areaOf.get(ids[j]!) === area && hops[i * n + j]! > SAME_AREA_HOPS) hops[i * n + j] = SAME_AREA_HOPS;
  }
  return { split, index, xy: alongMainAxis(stressFromHops(n, hops, unit), n) };
}

/**
 * The aspect of an area's columns of tables joined to other areas: the canvas's for the area
 * with most of them, narrower for an area with fewer (down to SATELLITE_ASPECT of it), so that
 * a small area beside a large one is a tall strip facing it, its lines crossing few of its own
 * columns. Drawn in the canvas's shape, postgrest's 19-table `private` schema was four columns
 * above the 282-table `test` schema whose views read it, and its lines crossed 4 columns of
 * channels each on their way down.
 */
export function outwardAspect(outward: number, most: number, aspect: number): number {
  return most > 0 ? aspect * Math.max(SATELLITE_ASPECT, Math.min(1, outward / most)) : aspect;
}

const SATELLITE_ASPECT = 0.3;

/**
 * Each area laid out as a block. The connected groups of an area's tables that are joined to
 * another area are placed from the joint stress picture (see the header); the area's other
 * groups and its tables joined to nothing are laid out on their own and packed beside them.
 * `facing`: tables whose lines to other areas leave on one side of their area (-1 left, 1 right,
 * in the picture's orientation) go to the columns on that side (facingSides).
 */
export function layoutLinkedAreas(picture: LinkedPicture, edges: readonly ArrangeEdge[], boxes: Map<string, Box>, aspect: number, facing: ReadonlyMap<string, number> = new Map(), slack = 1): AreaBlock[] {
  const { split, index, xy } = picture;
  let spread = 0;
  for (let i = 0; i < xy.length; i += 2) spread = Math.max(spread, Math.abs(xy[i]!));
  const most = maxOf(split.map((s) => s.outward.length));
  return split.map(({ outward, inward }) => {
    const local = new Map(outward.map((id, i) => [id, i]));
    const points = new Float64Array(2 * outward.length);
    let cx = 0;
    let cy = 0;
    outward.forEach((id, i) => {
      const k = index.get(id)!;
      // Past every other table of the area on its side: the columns there take them first.
      points[2 * i] = xy[2 * k]! + (facing.get(id) ?? 0) * 4 * (spread + 1);
      points[2 * i + 1] = xy[2 * k + 1]!;
      cx += xy[2 * k]! / outward.length;
      cy += xy[2 * k + 1]! / outward.length;
    });
    const within = edgesAmong(local, edges);
    const own = outwardAspect(outward.length, most, aspect);
    const joined: Placed[] = outward.length > 0 ? [extent(snapToColumns(outward.map((id) => boxes.get(id)!), points, own, within, false, slack), boxes)] : [];
    const far = Number.MAX_SAFE_INTEGER;
    return { ...layoutArea(inward, edges, boxes, aspect, joined), centre: outward.length > 0 ? { x: cx, y: cy } : { x: far, y: far }, outward };
  });
}

/**
 * Once the areas have places (`at`: where each block's positions start), the side each table
 * joined to other areas faces: 1 when the tables it is joined to in other areas are (on average)
 * right of its area, -1 when left of it, none when above or below (alignToLinkedAreas moves
 * those up or down their columns). Given in each block's orientation before `flipped` (the
 * areas mirrorForLinks turned across), which is the stress picture's. `mostlyOutward`: only the
 * tables with no more lines within their area than to others (a view over another schema's
 * table, not a hub of its own schema that one line of another schema reaches).
 */
export function facingSides(blocks: AreaBlock[], boxes: Map<string, Box>, edges: readonly ArrangeEdge[], at: XY[], flipped: readonly boolean[], mostlyOutward: boolean): Map<string, number> {
  const areaOf = new Map<string, number>();
  blocks.forEach((block, a) => block.outward.forEach((id) => areaOf.set(id, a)));
  const centreX = (id: string) => at[areaOf.get(id)!]!.x + blocks[areaOf.get(id)!]!.positions[id]!.x + boxes.get(id)!.width / 2;
  const partners = new Map<string, number[]>();
  const inside = new Map<string, number>();
  for (const { source, target } of edges) {
    const a = areaOf.get(source);
    const b = areaOf.get(target);
    if (a === undefined || b === undefined) continue;
    if (a === b) {
      inside.set(source, (inside.get(source) ?? 0) + 1);
      inside.set(target, (inside.get(target) ?? 0) + 1);
      continue;
    }
    for (const [mine, other] of [
      [source, target],
      [target, source],
    ] as const) {
      const list = partners.get(mine);
      if (list) list.push(centreX(other));
      else partners.set(mine, [centreX(other)]);
    }
  }
  const sides = new Map<string, number>();
  for (const [id, xs] of partners) {
    if (mostlyOutward && (inside.get(id) ?? 0) > xs.length) continue;
    const a = areaOf.get(id)!;
    const x = xs.reduce((sum, v) => sum + v, 0) / xs.length;
    const side = x > at[a]!.x + blocks[a]!.width ? 1 : x < at[a]!.x ? -1 : 0;
    if (side !== 0) sides.set(id, flipped[a] ? -side : side);
  }
  return sides;
}

/**
 * Mirrors areas (across, down, or both) where that shortens the lines between them: `placed`
 * holds each area's positions (changed in place), `at` where each area is, `links` the lines.
 * Returns which areas ended up mirrored across.
 */
export function mirrorForLinks(placed: Placed[], boxes: Map<string, Box>, links: { a: number; ia: string; b: number; ib: string }[], at: XY[]): boolean[] {
  const flipped = placed.map(() => false);
  const centre = (area: number, id: string): XY => {
    const p = placed[area]!.positions[id]!;
    const box = boxes.get(id)!;
    return { x: at[area]!.x + p.x + box.width / 2, y: at[area]!.y + p.y + box.height / 2 };
  };
  const length = (area: number) =>
    links.reduce((sum, l) => {
      if (l.a !== area && l.b !== area) return sum;
      const p = centre(l.a, l.ia);
      const q = centre(l.b, l.ib);
      return sum + Math.abs(p.x - q.x) + Math.abs(p.y - q.y);
    }, 0);
  const flip = (area: number, across: boolean) => {
    const block = placed[area]!;
    for (const [id, p] of Object.entries(block.positions)) {
      const box = boxes.get(id)!;
      block.positions[id] = across ? { x: block.width - p.x - box.width, y: p.y } : { x: p.x, y: block.height - p.y - box.height };
    }
  };
  for (let round = 0; round < 2; round++) {
    placed.forEach((_, area) => {
      for (const across of [true, false]) {
        const before = length(area);
        flip(area, across);
        if (length(area) >= before - 1e-6) flip(area, across);
        else if (across) flipped[area] = !flipped[area];
      }
    });
  }
  return flipped;
}

/**
 * Once the areas have their places (`at`: where each block's positions start), each area's
 * tables joined to other areas move within their columns toward the tables they are joined to
 * (alignColumns): a view reading a table of the area above goes to the top of its column, and
 * its line leaves the area there instead of crossing the whole area's lines on its way. Two
 * rounds, since an area's moves change where the others' lines go.
 */
export function alignToLinkedAreas(blocks: AreaBlock[], boxes: Map<string, Box>, edges: readonly ArrangeEdge[], at: XY[]): void {
  const areaOf = new Map<string, number>();
  blocks.forEach((block, a) => block.outward.forEach((id) => areaOf.set(id, a)));
  for (let round = 0; round < 2; round++) {
    blocks.forEach((block, a) => {
      const ids = block.outward;
      if (ids.length < 2) return;
      const local = new Map(ids.map((id, i) => [id, i]));
      const fixed: FixedEnd[] = [];
      for (const { source, target, sourceY, targetY } of edges) {
        const ends: [string, string, number | undefined, number | undefined][] = [
          [source, target, sourceY, targetY],
          [target, source, targetY, sourceY],
        ];
        for (const [mine, other, ownY, otherY] of ends) {
          const i = local.get(mine);
          const b = areaOf.get(other);
          if (i === undefined || b === undefined || b === a) continue;
          const y = at[b]!.y + blocks[b]!.positions[other]!.y + (otherY ?? boxes.get(other)!.height / 2);
          fixed.push({ i, own: ownY ?? boxes.get(mine)!.height / 2, y: y - at[a]!.y });
        }
      }
      const positions: Record<string, XY> = {};
      for (const id of ids) positions[id] = block.positions[id]!;
      alignColumns(ids.map((id) => boxes.get(id)!), positions, edgesAmong(local, edges), fixed);
      for (const id of ids) block.positions[id] = positions[id]!;
    });
  }
}
