import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseInline, parseMarkdown } from '../../src/ui/lib/markdown';

describe('parseMarkdown', () => {
  test('headings, paragraphs, fenced code, lists and tables', () => {
    const blocks = parseMarkdown(
      [
        '# title',
        '',
        'One line',
        'continued.',
        '',
        '```sql',
        'CREATE TABLE a (id int);',
        '',
        'SELECT 1;',
        '```',
        '- first',
        '- second',
        '',
        '1. one',
        '2. two',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | `x` |',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'code', 'list', 'list', 'table']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'One line continued.' }] });
    expect(blocks[2]).toEqual({ kind: 'code', lang: 'sql', text: 'CREATE TABLE a (id int);\n\nSELECT 1;' });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: 'first' }], [{ text: 'second' }]] });
    expect(blocks[4]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[5]).toMatchObject({ kind: 'table', rows: [[[{ text: '1' }], [{ kind: 'code', text: 'x' }]]] });
  });

  test('inline code, bold, italic and links; underscores inside words stay text', () => {
    expect(parseInline('a `b_c` **d** *e* [f](g.md) snake_case_name')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'b_c' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'd' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'e' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'g.md', children: [{ kind: 'text', text: 'f' }] },
      { kind: 'text', text: ' snake_case_name' },
    ]);
  });

  test('every rule page reads as a title, then sections with content', () => {
    const dir = new URL('../../docs/rules/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const blocks = parseMarkdown(readFileSync(new URL(file, dir), 'utf8'));
      expect(blocks[0], file).toMatchObject({ kind: 'heading', level: 1 });
      expect(blocks.some((block) => block.kind === 'code'), file).toBe(true);
      // Nothing is left as raw markup: no paragraph starts with a fence or a heading marker.
      for (const block of blocks) {
        if (block.kind === 'paragraph' && block.children[0]?.kind === 'text') {
          expect(block.children[0].text, file).not.toMatch(/^(```|#)/);
        }
      }
    }
  });
});

describe('text is data, never HTML', () => {
  test('angle brackets, ampersands and quotes come through as written', () => {
    expect(parseInline('`a < b && c = "d"` and x <> y')).toEqual([
      { kind: 'code', text: 'a < b && c = "d"' },
      { kind: 'text', text: ' and x <> y' },
    ]);
  });
});
