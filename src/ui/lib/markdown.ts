/**
 * Markdown (the rule and pattern pages in docs/) read by `marked`'s lexer and reduced to the few
 * block and inline kinds the pages use. Plain data out: Markdown.tsx turns it into React elements,
 * so no HTML string is ever inserted and nothing needs sanitizing.
 */
import { Lexer, type Token, type Tokens } from 'marked';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'code'; lang: string; text: string }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] };

/** Adjacent text runs merged, so `a` `b` reads as one text node (soft line breaks become spaces). */
function pushText(out: Inline[], text: string): void {
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

function inlines(tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'codespan':
        out.push({ kind: 'code', text: token.text });
        break;
      case 'strong':
        out.push({ kind: 'strong', children: inlines(token.tokens) });
        break;
      case 'em':
        out.push({ kind: 'em', children: inlines(token.tokens) });
        break;
      case 'link':
        out.push({ kind: 'link', href: token.href, children: inlines(token.tokens) });
        break;
      case 'br':
        pushText(out, ' ');
        break;
      case 'text':
        // A list item's text token carries its own inline tokens.
        if ('tokens' in token && token.tokens && token.tokens.length > 0) for (const child of inlines(token.tokens)) child.kind === 'text' ? pushText(out, child.text) : out.push(child);
        else pushText(out, token.text.replace(/\n/g, ' '));
        break;
      default:
        // escape, html and the rest: their source text, shown as text.
        pushText(out, 'text' in token && typeof token.text === 'string' ? token.text : token.raw);
    }
  }
  return out;
}

export function parseInline(source: string): Inline[] {
  return inlines(Lexer.lexInline(source));
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const token of Lexer.lex(source)) {
    switch (token.type) {
      case 'heading':
        blocks.push({ kind: 'heading', level: token.depth, children: inlines(token.tokens) });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', children: inlines(token.tokens) });
        break;
      case 'code':
        blocks.push({ kind: 'code', lang: token.lang ?? '', text: token.text });
        break;
      case 'list':
        blocks.push({ kind: 'list', ordered: token.ordered, items: (token as Tokens.List).items.map((item) => inlines(item.tokens)) });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        blocks.push({ kind: 'table', header: table.header.map((cell) => inlines(cell.tokens)), rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens))) });
        break;
      }
      default:
        // space, hr, blockquote, html: the pages do not rely on them.
        break;
    }
  }
  return blocks;
}
