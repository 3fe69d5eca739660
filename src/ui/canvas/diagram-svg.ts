/**
 * The diagram as a standalone SVG, drawn from the node data and the node geometry of metrics.ts
 * (the sizes the canvas CSS draws), with the edge paths React Flow computed. Pure string building:
 * no DOM cloning, so a picture of thousands of tables takes milliseconds, stays crisp at any zoom,
 * and its text is real text (searchable, selectable). The PNG is this SVG rasterized.
 */
import type { CanvasNote } from '../../core/document/types';
import type { ErNodeData } from './graph';
import { BODY_PADDING, HEADER_HEIGHT, NOTE_HEIGHT, ROW_HEIGHT } from './metrics';
import { maxOf, minOf } from '../../core/lib/arrays';

export interface DiagramNode {
  position: { x: number; y: number };
  size: { width: number; height: number };
  data: ErNodeData & { hiddenColumns?: number };
}

/** A labelled area behind tables: a Postgres schema's, or a group's (in its colour). */
export interface DiagramFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  color?: string;
}

export interface DiagramEdge {
  /** SVG path data in flow coordinates (the route the canvas draws). */
  path: string;
  kind: 'fk' | 'view' | 'partition';
  many: boolean;
  optional: boolean;
  label: string;
}

export interface Palette {
  canvas: string;
  surface: string;
  header: string;
  viewHeader: string;
  viewBorder: string;
  border: string;
  text: string;
  muted: string;
  edge: string;
  pk: [string, string];
  fk: [string, string];
  uq: [string, string];
}

/** The canvas colours of theme.css, per theme (a picture can be taken in the other theme). */
export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    canvas: '#f7f9fc', surface: '#ffffff', header: '#edf2f9', viewHeader: '#f1ecfb', viewBorder: '#9c83d6', border: '#c5cdd8',
    text: '#18202b', muted: '#5e6a7a', edge: '#8794a6', pk: ['#fff1c7', '#7a5200'], fk: ['#dfeaff', '#1f4fa6'], uq: ['#e2f4e7', '#23703a'],
  },
  dark: {
    canvas: '#12161c', surface: '#171c23', header: '#212935', viewHeader: '#2a2340', viewBorder: '#9a85dd', border: '#3a4452',
    text: '#e3e8ef', muted: '#98a3b3', edge: '#6b7789', pk: ['#4a3a0c', '#ffd866'], fk: ['#1d3357', '#9cc0ff'], uq: ['#183a25', '#8fd9a8'],
  },
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MONO = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
const PAD = 40;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Cuts text to roughly `chars` characters (the canvas truncates with CSS ellipsis the same way). */
function fit(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;
}

function markers(p: Palette): string {
  const common = `viewBox="0 0 24 20" markerWidth="24" markerHeight="20" refX="24" refY="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"`;
  const style = `fill="${p.canvas}" stroke="${p.edge}" stroke-width="1.4"`;
  return [
    `<marker id="many" ${common}><path d="M0 10H24M12 10L24 3M12 10L24 17" ${style}/><circle cx="6" cy="10" r="3.5" ${style}/></marker>`,
    `<marker id="zero-one" ${common}><path d="M0 10H24M18 3.5V16.5" ${style}/><circle cx="9" cy="10" r="3.5" ${style}/></marker>`,
    `<marker id="one" ${common}><path d="M0 10H24M13 3.5V16.5M18 3.5V16.5" ${style}/></marker>`,
    `<marker id="arrow" ${common}><path d="M13 4.5L23 10L13 15.5" fill="none" stroke="${p.edge}" stroke-width="1.4"/></marker>`,
  ].join('');
}

function mark(x: number, y: number, label: string, [bg, fg]: [string, string]): string {
  return `<rect x="${x}" y="${y - 8}" width="22" height="14" rx="3" fill="${bg}"/><text x="${x + 11}" y="${y + 3}" font-size="9" font-weight="700" text-anchor="middle" fill="${fg}">${label}</text>`;
}

function node(n: DiagramNode, p: Palette): string {
  const { x, y } = n.position;
  const { width, height } = n.size;
  const d = n.data;
  const view = d.kind === 'view';
  const note = d.kind === 'view' ? (d.materialized ? 'materialized view' : 'view') : d.note;
  const name = `${d.schema === 'public' ? '' : `${d.schema}.`}${d.name}`;
  const headerHeight = HEADER_HEIGHT + (note ? NOTE_HEIGHT : 0);
  const out = [
    `<g>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="${p.surface}" stroke="${view ? p.viewBorder : p.border}"/>`,
    `<path d="M${x} ${y + headerHeight}V${y + 8}a8 8 0 0 1 8 -8H${x + width - 8}a8 8 0 0 1 8 8V${y + headerHeight}Z" fill="${view ? p.viewHeader : p.header}"/>`,
    `<text x="${x + 12}" y="${y + 23}" font-size="13" font-weight="600" fill="${p.text}">${esc(fit(name, 34))}</text>`,
  ];
  if (note) out.push(`<text x="${x + 12}" y="${y + 44}" font-size="10.5" fill="${p.muted}">${esc(fit(note, 44))}</text>`);
  const rows = d.kind === 'view' ? d.rows.map((r) => ({ name: r.label, type: r.detail ?? '', pk: false, fk: false, unique: false })) : d.columns.map((c) => ({ name: c.name, type: c.type, pk: c.pk, fk: Boolean(c.fk), unique: c.unique }));
  if (d.kind === 'table' && d.hiddenColumns) rows.push({ name: `+${d.hiddenColumns} more`, type: '', pk: false, fk: false, unique: false });
  rows.forEach((row, i) => {
    const mid = y + headerHeight + BODY_PADDING + i * ROW_HEIGHT + ROW_HEIGHT / 2 + 1;
    out.push(`<text x="${x + 12}" y="${mid + 4}" font-size="12" fill="${p.text}">${esc(fit(row.name, 20))}</text>`);
    out.push(`<text x="${x + width - 64}" y="${mid + 4}" font-size="11" font-family="${MONO}" text-anchor="end" fill="${p.muted}">${esc(fit(row.type, 14))}</text>`);
    let markX = x + width - 58;
    for (const [on, label, colours] of [[row.pk, 'PK', p.pk], [row.fk, 'FK', p.fk], [row.unique && !row.pk, 'UQ', p.uq]] as const) {
      if (!on) continue;
      out.push(mark(markX, mid, label, colours));
      markX += 25;
    }
  });
  out.push('</g>');
  return out.join('');
}

function edge(e: DiagramEdge, p: Palette): string {
  const [start, end] = e.kind === 'fk' ? [e.many ? 'many' : 'zero-one', e.optional ? 'zero-one' : 'one'] : [undefined, 'arrow'];
  const dash = e.kind === 'view' ? ' stroke-dasharray="6 4"' : e.kind === 'partition' ? ' stroke-dasharray="2 4"' : '';
  return `<path d="${esc(e.path)}" fill="none" stroke="${p.edge}" stroke-width="1.4"${dash}${start ? ` marker-start="url(#${start})"` : ''} marker-end="url(#${end})"><title>${esc(e.label)}</title></path>`;
}

/** The bounding box of the nodes, in flow coordinates. */
export function bounds(nodes: readonly Pick<DiagramNode, 'position' | 'size'>[]): { x: number; y: number; width: number; height: number } {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = minOf(nodes.map((n) => n.position.x));
  const y = minOf(nodes.map((n) => n.position.y));
  const right = maxOf(nodes.map((n) => n.position.x + n.size.width));
  const bottom = maxOf(nodes.map((n) => n.position.y + n.size.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The SVG of `nodes` and `edges` framed by `frame` (flow coordinates; the nodes' bounds when
 * absent). `transparent` leaves the background out.
 */
function area(f: DiagramFrame, p: Palette): string {
  const stroke = f.color ?? p.muted;
  return `<g><rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" rx="12" fill="${stroke}" fill-opacity="0.06" stroke="${stroke}" stroke-opacity="0.6" stroke-dasharray="${f.color ? '' : '6 4'}"/><text x="${f.x + 14}" y="${f.y + 26}" font-size="15" font-weight="700" fill="${stroke}">${esc(f.label)}</text></g>`;
}

function sticky(n: CanvasNote, p: Palette): string {
  const lines = n.text.split('\n').flatMap((line) => line.match(/.{1,32}(\s|$)|\S+/g) ?? ['']);
  const text = lines
    .slice(0, Math.max(1, Math.floor((n.height - 24) / 16)))
    .map((line, i) => `<tspan x="${n.x + 12}" dy="${i === 0 ? 0 : 16}">${esc(line.trimEnd())}</tspan>`)
    .join('');
  return `<g><rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="6" fill="${n.color}" stroke="${p.border}"/><text x="${n.x + 12}" y="${n.y + 26}" font-size="12.5" fill="#1f2937">${text}</text></g>`;
}

export function diagramSvg(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  options: { theme: 'light' | 'dark'; transparent: boolean; frame?: { x: number; y: number; width: number; height: number }; frames?: readonly DiagramFrame[]; notes?: readonly CanvasNote[] },
): { svg: string; width: number; height: number } {
  const p = PALETTES[options.theme];
  const frames = options.frames ?? [];
  const notes = options.notes ?? [];
  const boxes = [...nodes, ...frames.map((f) => ({ position: f, size: f })), ...notes.map((n) => ({ position: n, size: n }))];
  const frame = options.frame ?? bounds(boxes);
  const pad = options.frame ? 0 : PAD;
  const width = Math.ceil(frame.width + 2 * pad);
  const height = Math.ceil(frame.height + 2 * pad);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${frame.x - pad} ${frame.y - pad} ${width} ${height}" font-family="${FONT}">`,
    `<defs>${markers(p)}</defs>`,
    options.transparent ? '' : `<rect x="${frame.x - pad}" y="${frame.y - pad}" width="${width}" height="${height}" fill="${p.canvas}"/>`,
    ...frames.map((f) => area(f, p)),
    ...edges.map((e) => edge(e, p)),
    ...nodes.map((n) => node(n, p)),
    ...notes.map((n) => sticky(n, p)),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
