/**
 * Whether a node's text may overflow its cell, told from the text alone (before anything is
 * measured), so that only those cells are clipped with an ellipsis.
 *
 * Why not clip every cell: `overflow: hidden` gives each cell its own clip in Chromium's paint
 * property trees, and a diagram of 200 tables has thousands of them. Chromium then spends most of
 * every frame of a drag re-layerizing them ("Layerize": 1,050 of 2,300 ms of main-thread time
 * while dragging a table of synthetic-200 at zoom 0.25, 72 tasks over 16 ms; with only the long
 * cells clipped, 250 ms and 3). The estimates err on the side of clipping: a cell that would fit
 * but is clipped looks the same.
 */
import { BORDER, NODE_WIDTH } from './metrics';

/** A row: 10 px of padding either side (canvas.css .er-col). */
const ROW_INNER = NODE_WIDTH - 2 * BORDER - 20;
/** Gaps between a row's three cells (name, type, marks). */
const ROW_GAPS = 2 * 8;
/** Advance of a monospace character at the rows' 11.5 px (0.6 em in common monospace fonts), a little over. */
const MONO_CHAR = 7.3;
/** A row's type cell is at most 8.5rem wide, its marks cell at least 2.6rem. */
const TYPE_MAX = 136;
const MARKS_MIN = 42;
/** One mark (PK, FK, UQ, NN: 0.6rem bold with 4 px padding) and the gap after it. */
const MARK = 24;

/** Whether the type cell of a row may be cut (wider than its 8.5rem). */
export function typeOverflows(type: string): boolean {
  return type.length * MONO_CHAR > TYPE_MAX;
}

/**
 * Whether the name of a row (with this type and this many marks) may not fit beside them. A view's
 * rows draw their type in a sans-serif font, narrower than the monospace counted here.
 */
export function rowNameOverflows(name: string, type: string, marks: number): boolean {
  const typeWidth = Math.min(TYPE_MAX, type.length * MONO_CHAR);
  const marksWidth = Math.max(MARKS_MIN, marks * MARK);
  return name.length * MONO_CHAR > ROW_INNER - ROW_GAPS - typeWidth - marksWidth;
}

/** Advance of a bold sans-serif character of the header's 13 px name, in ems, a little over. */
function boldEm(c: string): number {
  if ('iljI.,:;|!\''.includes(c)) return 0.34;
  if ('frt()[]-'.includes(c)) return 0.45;
  if ('mwMW'.includes(c)) return 0.95;
  if (c >= 'A' && c <= 'Z') return 0.78;
  return 0.66;
}

/**
 * Room for the table's name in its header: the header's padding, and the badges (findings,
 * patterns, pin) that may sit beside it, taken at their widest.
 */
const NAME_ROOM = NODE_WIDTH - 2 * BORDER - 20 - 96;

/** Whether a node's name (`schema.` prefix included) may not fit in its header. */
export function headerNameOverflows(label: string): boolean {
  let em = 0;
  for (const c of label) em += boldEm(c);
  return em * 13 > NAME_ROOM;
}
