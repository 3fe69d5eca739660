/**
 * Node geometry. The node CSS (canvas.css) draws exactly these sizes, so the layout can be
 * computed before React has measured anything, and a node's size never depends on its text.
 */
export const NODE_WIDTH = 264;
export const HEADER_HEIGHT = 36;
/** The extra header line of a partition or a view ("partition of x", "materialized view"). */
export const NOTE_HEIGHT = 16;
export const ROW_HEIGHT = 22;
export const BODY_PADDING = 4;
export const BORDER = 1;

/** Height of a node with `rows` rows in its body. */
export function nodeHeight(rows: number, note: boolean): number {
  const body = rows > 0 ? rows * ROW_HEIGHT + 2 * BODY_PADDING : 0;
  return HEADER_HEIGHT + (note ? NOTE_HEIGHT : 0) + body + 2 * BORDER;
}
