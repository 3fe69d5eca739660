/**
 * Replacing the editor's whole text without freezing the page. Monaco builds the new text's
 * buffer and every view line in one go: on a 5 MB dump `setValue` is a task of 200 ms or more.
 * A big text goes in slices instead, cut at line ends, each appended in a task of its own (with
 * `applyEdits`, which keeps the undo stack out of it), so the page keeps answering meanwhile.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';

/** Texts up to this size go in at once (a few tens of milliseconds). */
export const SLICE_CHARS = 512 * 1024;

/** The end of the line at or after `from` (or the text's end), so slices hold whole lines. */
function sliceEnd(text: string, from: number): number {
  if (from + SLICE_CHARS >= text.length) return text.length;
  const newline = text.indexOf('\n', from + SLICE_CHARS);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * Puts `text` into `model`, in slices when it is big; `done` runs once it is all there
 * (synchronously for a small text). Returns a function that stops a replacement under way.
 */
export function replaceText(model: Monaco.editor.ITextModel, text: string, done: () => void): () => void {
  let at = sliceEnd(text, 0);
  model.setValue(text.slice(0, at));
  if (at >= text.length) {
    done();
    return () => undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    const end = sliceEnd(text, at);
    const line = model.getLineCount();
    const column = model.getLineMaxColumn(line);
    model.applyEdits([{ range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }, text: text.slice(at, end) }]);
    at = end;
    if (at < text.length) timer = setTimeout(next, 0);
    else done();
  };
  timer = setTimeout(next, 0);
  return () => clearTimeout(timer);
}
