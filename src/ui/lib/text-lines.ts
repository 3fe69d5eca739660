/** Offsets of a 1-based line in a text: where it starts and where its content ends (before \n). */
export function lineSpan(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const newline = text.indexOf('\n', start);
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

/**
 * Lines of a text shown as plain text while the editor (Monaco) loads. A browser lays out every
 * line of a <textarea> or <pre> at once, and a 2,000-table schema's 60,000 lines take it about a
 * second, in one task, on every page load; Monaco draws only the lines in view.
 */
export const PLAIN_PREVIEW_LINES = 400;

/** The first `lines` lines of `text`, and a last line saying how many more there are. */
export function plainPreview(text: string, lines = PLAIN_PREVIEW_LINES): string {
  const { start } = lineSpan(text, lines + 1);
  if (start >= text.length) return text;
  let more = 1;
  for (let at = text.indexOf('\n', start); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) more++;
  return `${text.slice(0, start)}-- … ${more.toLocaleString('en')} more lines (the editor is loading)`;
}
