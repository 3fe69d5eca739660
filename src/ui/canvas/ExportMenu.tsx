/**
 * The diagram's Export menu: PNG and SVG pictures (whole diagram or what is on screen, light or
 * dark, optionally transparent), and the schema as designed as Mermaid, DBML, DDL or the project
 * file. Lives inside the canvas so it can frame the nodes through React Flow's instance.
 */
import { useReactFlow, type ColorMode } from '@xyflow/react';
import { useState } from 'react';
import { toDbml, toMermaid } from '../../core/export';
import type { Schema } from '../../core/model';
import { printSchema } from '../../core/sql';
import { baseName, downloadBlob } from '../document/download';
import { saveProjectFile } from '../document/project-file';
import { useApp } from '../store';
import { diagramSvg, fallbackEdgePath, type DiagramEdge, type DiagramNode } from './diagram-svg';
import { svgToPng } from './export-image';
import type { ErFlowEdge } from './edges';
import { FILTERED_CLASS, type ErFlowNode } from './nodes';
import { useMenuDismiss } from '../lib/use-menu-dismiss';

interface ExportMenuProps {
  schema: Schema;
  colorMode: ColorMode;
}

type Scope = 'all' | 'visible';

/** Whole diagram: every node is mounted only once the view shows them all (onlyRenderVisibleElements). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function ExportMenu({ schema, colorMode: mode }: ExportMenuProps) {
  const menu = useMenuDismiss();
  const colorMode = mode === 'dark' ? 'dark' : 'light';
  const flow = useReactFlow<ErFlowNode, ErFlowEdge>();
  const sourceName = useApp((s) => s.document.sourceName);
  const [scope, setScope] = useState<Scope>('all');
  const [theme, setTheme] = useState<'current' | 'light' | 'dark'>('current');
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const base = baseName(sourceName);

  const exportImage = async (format: 'png' | 'svg') => {
    const element = document.querySelector<HTMLElement>('.er-canvas .react-flow');
    if (!element) return;
    setBusy(true);
    setError(undefined);
    const viewport = flow.getViewport();
    try {
      if (scope === 'all') {
        await flow.fitView({ padding: 0.02, duration: 0 });
        await nextFrame();
        await nextFrame();
      }
      // What the canvas shows: not the tables the schema filter or focus mode leave out (nodes
      // the overview hides are drawn, as pixels of its canvas, and are in the picture).
      const shown = flow.getNodes().filter((n) => !n.className?.includes(FILTERED_CLASS));
      const byId = new Map<string, DiagramNode>();
      for (const n of shown) {
        byId.set(n.id, { position: n.position, size: { width: n.measured?.width ?? n.width ?? 0, height: n.measured?.height ?? n.height ?? 0 }, data: n.data });
      }
      const nodes = [...byId.values()];
      // React Flow computed the edge routes; their paths are read from what it drew.
      const paths = new Map<string, string>();
      for (const path of element.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
        const id = path.closest('.react-flow__edge')?.getAttribute('data-id');
        const d = path.getAttribute('d');
        if (id && d) paths.set(id, d);
      }
      const edges: DiagramEdge[] = flow.getEdges().flatMap((e) => {
        const source = byId.get(e.source);
        const target = byId.get(e.target);
        if (!source || !target || !e.data) return [];
        const path = paths.get(e.id) ?? fallbackEdgePath(source, e.sourceHandle ?? 'node:R', target, e.targetHandle ?? 'node:L');
        return [{ path, kind: e.data.kind, many: e.data.many, optional: e.data.optional, label: e.data.label }];
      });
      const rect = element.getBoundingClientRect();
      const frame = scope === 'visible' ? { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: rect.width / viewport.zoom, height: rect.height / viewport.zoom } : undefined;
      const picture = diagramSvg(nodes, edges, { theme: theme === 'current' ? colorMode : theme, transparent, frame });
      const data = format === 'svg' ? picture.svg : await svgToPng(picture.svg, picture.width, picture.height);
      downloadBlob(`${base}-diagram.${format}`, data, format === 'png' ? 'image/png' : 'image/svg+xml');
    } catch (e) {
      setError(`Could not draw the picture: ${(e as Error).message}`);
    } finally {
      if (scope === 'all') await flow.setViewport(viewport, { duration: 0 });
      setBusy(false);
    }
  };

  // Written on demand: on a big schema these texts are megabytes, not worth keeping per render.
  const text = (fileName: string, content: () => string, type: string) => () => downloadBlob(fileName, content(), type);

  return (
    <details ref={menu} className="export-menu" data-testid="export-menu">
      <summary className="button button--small">Export</summary>
      <div className="export-menu__body" role="group" aria-label="Export">
        <fieldset>
          <legend>Picture</legend>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> Whole diagram
          </label>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'visible'} onChange={() => setScope('visible')} /> Visible part
          </label>
          <label>
            Theme{' '}
            <select value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)} aria-label="Picture theme">
              <option value="current">as shown</option>
              <option value="light">light</option>
              <option value="dark">dark</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} /> Transparent background
          </label>
          <div className="export-menu__row">
            <button type="button" className="button button--small" disabled={busy} onClick={() => void exportImage('png')}>
              PNG
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => void exportImage('svg')}>
              SVG
            </button>
          </div>
          {error && <p role="alert">{error}</p>}
        </fieldset>
        <fieldset>
          <legend>Schema as designed</legend>
          <div className="export-menu__row">
            <button type="button" className="button button--small" onClick={text(`${base}.mmd`, () => toMermaid(schema), 'text/plain')}>
              Mermaid
            </button>
            <button type="button" className="button button--small" onClick={text(`${base}.dbml`, () => toDbml(schema), 'text/plain')}>
              DBML
            </button>
            <button type="button" className="button button--small" onClick={text(`${base}-target.sql`, () => printSchema(schema), 'application/sql')}>
              DDL
            </button>
            <button type="button" className="button button--small" onClick={saveProjectFile}>
              Project file
            </button>
          </div>
        </fieldset>
      </div>
    </details>
  );
}
