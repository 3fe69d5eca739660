import { describe, expect, test } from 'vitest';
import { lineSpan, plainPreview } from '../../src/ui/lib/text-lines';

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');

describe('plainPreview (the text shown while the editor loads)', () => {
  test('a text within the limit is shown whole', () => {
    expect(plainPreview(lines(3), 3)).toBe(lines(3));
    expect(plainPreview(`${lines(3)}\n`, 3)).toBe(`${lines(3)}\n`);
  });

  test('a longer text is cut after the limit, with the count of lines left out', () => {
    expect(plainPreview(lines(10), 3)).toBe('line 1\nline 2\nline 3\n-- … 7 more lines (the editor is loading)');
    expect(plainPreview(`${lines(10)}\n`, 3)).toBe('line 1\nline 2\nline 3\n-- … 7 more lines (the editor is loading)');
    expect(plainPreview(lines(60_000)).split('\n')).toHaveLength(401);
  });
});

describe('lineSpan', () => {
  test('the offsets of a line without its newline or carriage return', () => {
    const text = 'a\r\nbc\nd';
    expect(lineSpan(text, 2)).toEqual({ start: 3, end: 5 });
    expect(lineSpan(text, 3)).toEqual({ start: 6, end: 7 });
    expect(lineSpan(text, 9)).toEqual({ start: 7, end: 7 });
  });
});
