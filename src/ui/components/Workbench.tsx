/**
 * The workbench's panels: SQL editor (left), canvas over the migration (centre), side panel
 * (right). Resizable and collapsible (react-resizable-panels), their sizes remembered in
 * localStorage; "canvas only" (the \ key, or the canvas toolbar's button) collapses all but the
 * canvas and brings them back as they were. A collapsed migration panel keeps its toolbar.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { isEditableTarget } from '../commands/shortcuts';
import { useApp } from '../store';

/** Height of the migration panel's toolbar: what is left of it when collapsed. */
const MIGRATION_BAR = '42px';

interface WorkbenchProps {
  editor: ReactNode;
  canvas: ReactNode;
  migration: ReactNode;
  sidebar: ReactNode;
}

export function Workbench({ editor, canvas, migration, sidebar }: WorkbenchProps) {
  const outer = useDefaultLayout({ id: 'schemawise.workbench', storage: localStorage });
  const centre = useDefaultLayout({ id: 'schemawise.centre', storage: localStorage });
  const editorPanel = usePanelRef();
  const sidebarPanel = usePanelRef();
  const migrationPanel = usePanelRef();
  const canvasOnly = useApp((s) => s.canvasOnly);
  const migrationOpen = useApp((s) => s.migrationOpen);
  /** What was open before "canvas only", to bring back. */
  const before = useRef<{ editor: boolean; sidebar: boolean; migration: boolean } | undefined>(undefined);

  // The migration panel's own Show/Hide button and the panel's size agree.
  useEffect(() => {
    const panel = migrationPanel.current;
    if (!panel || canvasOnly) return;
    if (migrationOpen && panel.isCollapsed()) panel.expand();
    else if (!migrationOpen && !panel.isCollapsed()) panel.collapse();
  }, [migrationOpen, canvasOnly, migrationPanel]);

  useEffect(() => {
    const panels = { editor: editorPanel.current, sidebar: sidebarPanel.current, migration: migrationPanel.current };
    if (!panels.editor || !panels.sidebar || !panels.migration) return;
    if (canvasOnly) {
      before.current = { editor: !panels.editor.isCollapsed(), sidebar: !panels.sidebar.isCollapsed(), migration: !panels.migration.isCollapsed() };
      panels.editor.collapse();
      panels.sidebar.collapse();
      panels.migration.collapse();
    } else if (before.current) {
      const open = before.current;
      before.current = undefined;
      if (open.editor) panels.editor.expand();
      if (open.sidebar) panels.sidebar.expand();
      if (open.migration) panels.migration.expand();
    }
  }, [canvasOnly, editorPanel, sidebarPanel, migrationPanel]);

  // One key for "canvas only": \ (outside text fields and the editor).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '\\' || event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      event.preventDefault();
      const state = useApp.getState();
      state.setCanvasOnly(!state.canvasOnly);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className={`workbench${canvasOnly ? ' workbench--canvas-only' : ''}`} data-testid="workbench">
      <Group orientation="horizontal" id="workbench" defaultLayout={outer.defaultLayout} onLayoutChanged={outer.onLayoutChanged} className="workbench__group">
        <Panel id="editor" panelRef={editorPanel} collapsible minSize="200px" defaultSize="22%" className="workbench__panel" data-testid="panel-editor">
          {editor}
        </Panel>
        <Separator className="resize-handle resize-handle--vertical" aria-label="Resize the SQL editor" data-testid="separator-editor" />
        <Panel id="centre" minSize="320px" className="workbench__panel">
          <Group orientation="vertical" id="centre" defaultLayout={centre.defaultLayout} onLayoutChanged={centre.onLayoutChanged} className="workbench__center">
            <Panel id="canvas" minSize="160px" className="workbench__panel design-area" data-testid="panel-canvas">
              {canvas}
            </Panel>
            <Separator className="resize-handle resize-handle--horizontal" aria-label="Resize the migration panel" />
            <Panel
              id="migration"
              panelRef={migrationPanel}
              collapsible
              collapsedSize={MIGRATION_BAR}
              minSize="140px"
              defaultSize="24%"
              className="workbench__panel"
              onResize={(size) => {
                const open = size.inPixels > 60;
                if (open !== useApp.getState().migrationOpen && !useApp.getState().canvasOnly) useApp.getState().setMigrationOpen(open);
              }}
            >
              {migration}
            </Panel>
          </Group>
        </Panel>
        <Separator className="resize-handle resize-handle--vertical" aria-label="Resize the side panel" data-testid="separator-sidebar" />
        <Panel id="sidebar" panelRef={sidebarPanel} collapsible minSize="260px" defaultSize="22%" className="workbench__panel" data-testid="panel-sidebar">
          {sidebar}
        </Panel>
      </Group>
    </main>
  );
}
