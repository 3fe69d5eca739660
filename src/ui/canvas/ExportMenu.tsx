/**
 * The diagram's Export menu: PNG and SVG pictures (whole diagram or what is on screen, light or
 * dark, optionally transparent), and the schema as designed as Mermaid, DBML, DDL or the project
 * file. Lives inside the canvas so it can frame the nodes through React Flow's instance.
 */
import { useReactFlow, type ColorMode } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { toDbml, toMermaid } from '../../core/export';
import type { Schema } from '../../core/model';
import { baseName, downloadBlob } from '../document/download';
import { saveProjectFile } from '../document/project-file';
import { useApp } from '../store';
import { diagramSvg, type DiagramEdge, type DiagramFrame, type DiagramNode } from './diagram-svg';
import type { NodeView } from './display';
import { svgToPng } from './export-image';
import type { EdgeSpec } from './graph';
import { areaFrames } from './layout/arrange';
import type { Point } from './routing/geometry';
import { roundedPath } from './routing/path';
import { useMenuDismiss } from '../lib/use-menu-dismiss';

interface ExportMenuProps {
  schema: Schema;
  /**
   * The schema as DDL: printed in the derivation worker, where the parser is loaded (printing
   * orders routines by what their bodies read, which takes the parser).
   */
  targetDdl?: string;
  colorMode: ColorMode;
  /** What the canvas draws: each node as shown, the lines' routes, and which nodes are left out. */
  views: Map<string, NodeView>;
  edges: EdgeSpec[];
  /** The lines' routes now (read when exporting: the lines change at every step of a drag). */
  lines: () => Map<string, Point[]>;
  excluded: ReadonlySet<string>;
  areaOf: (id: string) => string | undefined;
  /** Lines are still being routed (a big scene routes in its worker after it is drawn). */
  routing: boolean;
}

type Scope = 'all' | 'visible';

export function ExportMenu({ schema, targetDdl, colorMode: mode, views, edges, lines, excluded, areaOf, routing }: ExportMenuProps) {
  const menu = useMenuDismiss();
  const colorMode = mode === 'dark' ? 'dark' : 'light';
  const flow = useReactFlow();
  const sourceName = useApp((s) => s.document.sourceName);
  const [scope, setScope] = useState<Scope>('all');
  const [theme, setTheme] = useState<'current' | 'light' | 'dark'>('current');
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // A picture asked for while lines are still being routed waits for them: drawn earlier, the
  // lines not yet routed would be missing from it.
  const [waiting, setWaiting] = useState<'png' | 'svg'>();
  const base = baseName(sourceName);

  const exportImage = async (format: 'png' | 'svg') => {
    const element = document.querySelector<HTMLElement>('.er-canvas .react-flow');
    if (!element) return;
    setBusy(true);
    setError(undefined);
    try {
      const { layout, groups, notes } = useApp.getState().document;
      // What the canvas shows: not the tables the schema filter or focus mode leave out.
      const nodes: DiagramNode[] = [];
      for (const [id, view] of views) {
        const at = layout[id];
        if (at && !excluded.has(id)) nodes.push({ position: at, size: view.size, data: view.data });
      }
      const routes = lines();
      const drawn: DiagramEdge[] = edges.flatMap((e) => {
        const points = routes.get(e.id);
        if (!points || excluded.has(e.source) || excluded.has(e.target)) return [];
        return [{ path: roundedPath(points), kind: e.kind, many: e.many, optional: e.optional, label: e.label }];
      });
      const shown = [...views].filter(([id]) => layout[id] && !excluded.has(id)).map(([id, view]) => ({ id, ...view.size, area: areaOf(id) }));
      const frames: DiagramFrame[] = areaFrames(shown, layout).map((frame) => {
        const [kind, key] = [frame.id.slice(0, frame.id.indexOf(':')), frame.id.slice(frame.id.indexOf(':') + 1)];
        const group = kind === 'group' ? groups.find((g) => g.id === key) : undefined;
        return { ...frame, label: group?.name ?? key, color: group?.color };
      });
      const viewport = flow.getViewport();
      const rect = element.getBoundingClientRect();
      const frame = scope === 'visible' ? { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: rect.width / viewport.zoom, height: rect.height / viewport.zoom } : undefined;
      const picture = diagramSvg(nodes, drawn, { theme: theme === 'current' ? colorMode : theme, transparent, frame, frames, notes });
      const data = format === 'svg' ? picture.svg : await svgToPng(picture.svg, picture.width, picture.height);
      downloadBlob(`${base}-diagram.${format}`, data, format === 'png' ? 'image/png' : 'image/svg+xml');
    } catch (e) {
      setError(`Could not draw the picture: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const requestImage = (format: 'png' | 'svg') => (routing ? setWaiting(format) : void exportImage(format));
  useEffect(() => {
    if (!waiting || routing) return;
    setWaiting(undefined);
    void exportImage(waiting);
    // Only the wait ending triggers the export; exportImage is a new function every render and
    // reads the routes through the getter when it runs.
  }, [waiting, routing]);

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
            <button type="button" className="button button--small" disabled={busy || !!waiting} onClick={() => requestImage('png')}>
              PNG
            </button>
            <button type="button" className="button button--small" disabled={busy || !!waiting} onClick={() => requestImage('svg')}>
              SVG
            </button>
          </div>
          {waiting && <p role="status" data-testid="export-waiting">Waiting for the lines to be routed…</p>}
          {error && <p role="alert">{error}</p>}
        </fieldset>
        <fieldset>
          <legend>Schema as designed</legend>
          <div className="export-menu__row">
            <button type="button" className="button button--small" onClick={text(`${base}.mmd`, () => toMermaid(schema), 'text/plain')}>
              Mermaid
            </button>
            <button type="button" className="button button--small" onClick={text(`${base}.dbml`, () => { const { groups, notes } = useApp.getState().document; return toDbml(schema, { groups, notes }); }, 'text/plain')}>
              DBML
            </button>
            <button type="button" className="button button--small" disabled={targetDdl === undefined} onClick={text(`${base}-target.sql`, () => targetDdl ?? '', 'application/sql')}>
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
