/**
 * The right-hand column, three tabs: the Problems panel, the selected table's inspector, and the
 * Patterns panel. Choosing a table on the canvas opens the inspector (store.ts); while the
 * Patterns tab is open it shows that table's patterns instead.
 */
import type { ReactNode } from 'react';
import { useApp, type SidebarTab } from '../store';
import './sidebar.css';

interface SidebarProps {
  problems: ReactNode;
  table: ReactNode;
  patterns: ReactNode;
  problemCount: number;
  patternCount: number;
}

export function Sidebar({ problems, table, patterns, problemCount, patternCount }: SidebarProps) {
  const tab = useApp((s) => s.sidebarTab);
  const setTab = useApp((s) => s.setSidebarTab);
  const tabButton = (id: SidebarTab, label: string, count?: number) => (
    <button
      type="button"
      role="tab"
      id={`sidebar-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`sidebar-panel-${id}`}
      className="sidebar__tab"
      onClick={() => setTab(id)}
    >
      {label}
      {count !== undefined && <span className="count">{count}</span>}
    </button>
  );
  return (
    <aside className="sidebar">
      <div className="sidebar__tabs" role="tablist" aria-label="Side panels">
        {tabButton('problems', 'Problems', problemCount)}
        {tabButton('table', 'Table')}
        {tabButton('patterns', 'Patterns', patternCount)}
      </div>
      <div className="sidebar__panel" role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`}>
        {tab === 'problems' ? problems : tab === 'table' ? table : patterns}
      </div>
    </aside>
  );
}
