/**
 * Packing blocks (connected groups of tables, areas) into one drawing about `aspect` times as
 * wide as tall, for the largest fit zoom: each block in turn at the highest, then leftmost, free
 * place within a given width (MaxRects, bottom-left rule: blocks fill the holes that taller ones
 * leave), the width chosen among several for the drawing that fills a canvas of that shape best.
 */
import type { XY } from './types';
import { maxOf, minOf } from '../../../core/lib/arrays';

export interface Block {
  width: number;
  height: number;
  /**
   * Room this block wants between it and the next block (BLOCK_GAP unless told): half of it on
   * each side, so two blocks stand the mean of their gaps apart. Tables joined to nothing carry
   * no lines and may stand as close as the tables of a column; connected groups keep room for
   * the lines that leave their outer tables.
   */
  gap?: number;
}

export const BLOCK_GAP = 120;
/** Finer widths tried on each side of the best coarse one. */
const FINE = 8;

const gapOf = (block: Block) => block.gap ?? BLOCK_GAP;

interface Free {
  x: number;
  y: number;
  width: number;
  height: number;
}

const contains = (a: Free, b: Free) => b.x >= a.x && b.y >= a.y && b.x + b.width <= a.x + a.width && b.y + b.height <= a.y + a.height;

/** MaxRects within `maxWidth`: blocks placed in `order`, each with half its gap around it. */
function maxRects(blocks: Block[], order: number[], maxWidth: number): { at: XY[]; width: number; height: number } {
  const at: XY[] = new Array(blocks.length);
  const widestGap = maxOf(blocks.map(gapOf));
  let free: Free[] = [{ x: 0, y: 0, width: maxWidth + widestGap, height: Number.MAX_SAFE_INTEGER }];
  // The bottom of what is placed, with its gaps (where a block wider than the width goes).
  let bottom = 0;
  for (const i of order) {
    const gap = gapOf(blocks[i]!);
    const w = blocks[i]!.width + gap;
    const h = blocks[i]!.height + gap;
    let spot: Free | undefined;
    for (const f of free) {
      if (f.width < w || f.height < h) continue;
      if (!spot || f.y < spot.y || (f.y === spot.y && f.x < spot.x)) spot = f;
    }
    // Wider than the width allows: a row of its own below everything.
    const place = spot ? { x: spot.x, y: spot.y } : { x: 0, y: bottom };
    at[i] = { x: place.x + gap / 2, y: place.y + gap / 2 };
    bottom = Math.max(bottom, place.y + h);
    const used = { x: place.x, y: place.y, width: w, height: h };
    const next: Free[] = [];
    for (const f of free) {
      if (used.x >= f.x + f.width || used.x + used.width <= f.x || used.y >= f.y + f.height || used.y + used.height <= f.y) {
        next.push(f);
        continue;
      }
      if (used.x > f.x) next.push({ x: f.x, y: f.y, width: used.x - f.x, height: f.height });
      if (used.x + used.width < f.x + f.width) next.push({ x: used.x + used.width, y: f.y, width: f.x + f.width - used.x - used.width, height: f.height });
      if (used.y > f.y) next.push({ x: f.x, y: f.y, width: f.width, height: used.y - f.y });
      if (used.y + used.height < f.y + f.height) next.push({ x: f.x, y: used.y + used.height, width: f.width, height: f.y + f.height - used.y - used.height });
    }
    free = next.filter((f, k) => !next.some((g, l) => l !== k && contains(g, f) && (!contains(f, g) || l < k)));
  }
  const placed = order.map((k) => ({ at: at[k]!, block: blocks[k]! }));
  const x0 = minOf(placed.map((p) => p.at.x));
  const y0 = minOf(placed.map((p) => p.at.y));
  return { at, width: maxOf(placed.map((p) => p.at.x + p.block.width)) - x0, height: maxOf(placed.map((p) => p.at.y + p.block.height)) - y0 };
}

/**
 * Top-left corner of each block. `keep`: blocks from this index on are placed in their given
 * order after the others (tables joined to nothing, in columns by name), not sorted by size.
 */
export function packBlocks(blocks: Block[], aspect: number, keep = blocks.length): XY[] {
  if (blocks.length === 0) return [];
  const sorted = blocks
    .map((_, i) => i)
    .slice(0, keep)
    .sort((a, b) => blocks[b]!.height - blocks[a]!.height || blocks[b]!.width - blocks[a]!.width);
  const order = [...sorted, ...blocks.map((_, i) => i).slice(keep)];
  const widest = maxOf(blocks.map((b) => b.width));
  const total = blocks.reduce((sum, b) => sum + b.width + gapOf(b), 0);
  let best: { at: XY[]; score: number; width: number } | undefined;
  const tryWidth = (maxWidth: number) => {
    const packed = maxRects(blocks, order, maxWidth);
    // The fit zoom is limited by the larger of width / aspect and height: make that smallest.
    const score = Math.max(packed.width / aspect, packed.height);
    if (!best || score < best.score - 1e-6) best = { at: packed.at, score, width: maxWidth };
  };
  // Widths from the widest block to all in one row, then finer steps around the best of them
  // (a coarse step can miss the width where a column of blocks just fits).
  const steps = Math.min(40, blocks.length * 4);
  const step = (total - widest) / steps;
  for (let s = 0; s <= steps; s++) tryWidth(widest + step * s);
  const around = best!.width;
  for (let s = -FINE; s <= FINE; s++) if (s !== 0) tryWidth(Math.max(widest, around + (step * s) / FINE));
  return best!.at;
}

/** A line between two blocks: a point in each, in the block's own coordinates. */
export interface BlockLink {
  a: number;
  pa: XY;
  b: number;
  pb: XY;
}

export interface OrderedBlock extends Block {
  /** Where the block's contents sit in a picture of all of them: blocks keep that order. */
  centre: XY;
}

/** Rows (or columns) of blocks: `groups` lists the blocks of each, in order across it. */
function lines(blocks: Block[], groups: number[][], across: boolean): { at: XY[]; width: number; height: number } {
  const at: XY[] = new Array(blocks.length);
  let offset = 0;
  let width = 0;
  let height = 0;
  for (const group of groups) {
    let along = 0;
    let thickness = 0;
    for (const i of group) {
      const b = blocks[i]!;
      at[i] = across ? { x: along, y: offset } : { x: offset, y: along };
      along += (across ? b.width : b.height) + BLOCK_GAP;
      thickness = Math.max(thickness, across ? b.height : b.width);
    }
    if (across) width = Math.max(width, along - BLOCK_GAP);
    else height = Math.max(height, along - BLOCK_GAP);
    offset += thickness + BLOCK_GAP;
  }
  if (across) height = offset - BLOCK_GAP;
  else width = offset - BLOCK_GAP;
  return { at, width, height };
}

/** `order` split into `k` consecutive runs of about equal total `size`. */
function runs(order: number[], size: (i: number) => number, k: number): number[][] {
  const total = order.reduce((sum, i) => sum + size(i), 0);
  const out: number[][] = [];
  let current: number[] = [];
  let filled = 0;
  for (const i of order) {
    const target = (total * (out.length + 1)) / k;
    if (current.length > 0 && out.length < k - 1 && filled + size(i) / 2 > target) {
      out.push(current);
      current = [];
    }
    current.push(i);
    filled += size(i);
  }
  out.push(current);
  return out;
}

const linkLength = (at: XY[], links: BlockLink[]) => links.reduce((sum, l) => sum + Math.abs(at[l.a]!.x + l.pa.x - at[l.b]!.x - l.pb.x) + Math.abs(at[l.a]!.y + l.pa.y - at[l.b]!.y - l.pb.y), 0);

/**
 * Top-left corner of each block, the blocks kept in the order of their centres: in rows (by
 * centre y, then x) or in columns (by x, then y), as many as make the drawing fill a canvas of
 * `aspect` best while the links between the blocks stay short.
 */
export function packInOrder(blocks: OrderedBlock[], aspect: number, links: BlockLink[]): XY[] {
  if (blocks.length === 0) return [];
  const byY = blocks.map((_, i) => i).sort((a, b) => blocks[a]!.centre.y - blocks[b]!.centre.y);
  const byX = blocks.map((_, i) => i).sort((a, b) => blocks[a]!.centre.x - blocks[b]!.centre.x);
  const candidates: XY[][] = [];
  for (let k = 1; k <= Math.min(blocks.length, 8); k++) {
    const rows = runs(byY, (i) => blocks[i]!.width, k).map((row) => row.sort((a, b) => blocks[a]!.centre.x - blocks[b]!.centre.x));
    candidates.push(lines(blocks, rows, true).at);
    const columns = runs(byX, (i) => blocks[i]!.height, k).map((column) => column.sort((a, b) => blocks[a]!.centre.y - blocks[b]!.centre.y));
    candidates.push(lines(blocks, columns, false).at);
  }
  const scored = candidates.map((at) => {
    let width = 0;
    let height = 0;
    at.forEach((p, i) => {
      width = Math.max(width, p.x + blocks[i]!.width);
      height = Math.max(height, p.y + blocks[i]!.height);
    });
    return { at, fit: Math.max(width / aspect, height), length: linkLength(at, links) };
  });
  const bestFit = minOf(scored.map((s) => s.fit));
  const bestLength = Math.max(1, minOf(scored.map((s) => s.length)));
  const cost = (s: (typeof scored)[number]) => s.fit / bestFit + LINK_WEIGHT * (s.length / bestLength);
  return scored.reduce((best, s) => (cost(s) < cost(best) ? s : best)).at;
}

/** How much shorter links are worth against a smaller drawing, in packInOrder. */
const LINK_WEIGHT = 0.5;
