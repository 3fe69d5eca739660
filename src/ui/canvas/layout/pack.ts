/**
 * Packing blocks (connected groups of tables, areas) into one drawing about `aspect` times as
 * wide as tall: rows of blocks, tallest first, for the row width that makes the drawing fill a
 * canvas of that shape best (the largest fit zoom).
 */
import type { XY } from './types';

export interface Block {
  width: number;
  height: number;
}

export const BLOCK_GAP = 120;

function shelf(blocks: Block[], order: number[], maxWidth: number): { at: XY[]; width: number; height: number } {
  const at: XY[] = new Array(blocks.length);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const i of order) {
    const b = blocks[i]!;
    if (x > 0 && x + b.width > maxWidth) {
      y += rowHeight + BLOCK_GAP;
      x = 0;
      rowHeight = 0;
    }
    at[i] = { x, y };
    x += b.width + BLOCK_GAP;
    rowHeight = Math.max(rowHeight, b.height);
    width = Math.max(width, x - BLOCK_GAP);
  }
  return { at, width, height: y + rowHeight };
}

/** Top-left corner of each block. */
export function packBlocks(blocks: Block[], aspect: number): XY[] {
  if (blocks.length === 0) return [];
  const order = blocks.map((_, i) => i).sort((a, b) => blocks[b]!.height - blocks[a]!.height || blocks[b]!.width - blocks[a]!.width);
  const widest = Math.max(...blocks.map((b) => b.width));
  const total = blocks.reduce((sum, b) => sum + b.width + BLOCK_GAP, 0);
  let best: { at: XY[]; score: number } | undefined;
  const steps = Math.min(60, blocks.length * 4);
  for (let s = 0; s <= steps; s++) {
    const maxWidth = widest + ((total - widest) * s) / steps;
    const packed = shelf(blocks, order, maxWidth);
    // The fit zoom is limited by the larger of width / aspect and height: make that smallest.
    const score = Math.max(packed.width / aspect, packed.height);
    if (!best || score < best.score - 1e-6) best = { at: packed.at, score };
  }
  return best!.at;
}
