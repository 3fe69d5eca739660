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
