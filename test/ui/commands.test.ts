import { beforeEach, describe, expect, test } from 'vitest';
import { createDocument, type SchemawiseDocument } from '../../src/core/document';
import type { Fix } from '../../src/core/rules';
import { execute } from '../../src/ui/commands/execute';
import { COMMANDS } from '../../src/ui/commands/registry';
import { isEditableTarget, matchesShortcut, shortcutLabel } from '../../src/ui/commands/shortcuts';
import { initialDocumentUi, useApp } from '../../src/ui/store';
import { type Commit, commitDocument, HISTORY_LIMIT, initialDocumentSlice, MERGE_WINDOW_MS, SAMPLE_NAME } from '../../src/ui/store-document';

const doc = (sql: string): SchemawiseDocument => createDocument(sql, 'x.sql');
const indexFix: Fix = {
  kind: 'changes',
  description: 'Index a (b_id)',
  changes: [
    {
      kind: 'add-index',
      table: { schema: 'public', name: 'a' },
      index: { name: 'a_b_id_idx', unique: false, method: 'btree', elements: [{ column: 'b_id', descending: false }], include: [], nullsNotDistinct: false, only: false },
    },
  ],
};
const patternFix: Fix = { kind: 'pattern', description: 'Soft delete a', pattern: 'soft-delete', target: { schema: 'public', name: 'a' } };

describe('commitDocument (the history)', () => {
  const start: Commit = { document: doc('A'), history: { past: [], future: [] }, sourceRevision: 0, documentKey: 0 };

  test('record pushes the present; undo and redo move along; a new step drops the redo branch', () => {
    const b = commitDocument(start, doc('B'), 'record', 'replace-source', 0)!;
    expect(b.history.past.map((d) => d.sourceSql)).toEqual(['A']);
    const c = commitDocument(b, doc('C'), 'record', 'replace-source', 1)!;
    const undone = commitDocument(c, undefined, 'undo', 'undo', 2)!;
    expect(undone.document.sourceSql).toBe('B');
    expect(undone.history.future.map((d) => d.sourceSql)).toEqual(['C']);
    const redone = commitDocument(undone, undefined, 'redo', 'redo', 3)!;
    expect(redone.document.sourceSql).toBe('C');
    const branch = commitDocument(undone, doc('D'), 'record', 'replace-source', 4)!;
    expect(branch.history.future).toEqual([]);
    expect(branch.history.past.map((d) => d.sourceSql)).toEqual(['A', 'B']);
    expect(commitDocument(start, undefined, 'undo', 'undo', 0)).toBeUndefined();
    expect(commitDocument(start, undefined, 'redo', 'redo', 0)).toBeUndefined();
  });

  test('merge joins quick steps of the same command only', () => {
    const one = commitDocument(start, doc('A1'), 'merge', 'edit-source', 1000)!;
    const two = commitDocument(one, doc('A12'), 'merge', 'edit-source', 1000 + MERGE_WINDOW_MS)!;
    expect(two.history.past.map((d) => d.sourceSql)).toEqual(['A']);
    const later = commitDocument(two, doc('A123'), 'merge', 'edit-source', 1000 + 3 * MERGE_WINDOW_MS)!;
    expect(later.history.past.map((d) => d.sourceSql)).toEqual(['A', 'A12']);
    const other = commitDocument(later, doc('A1234'), 'merge', 'set-layout', 1000 + 3 * MERGE_WINDOW_MS + 1)!;
    expect(other.history.past).toHaveLength(3);
  });

  test('amend replaces the present without a step; nothing happens when nothing changed', () => {
    const amended = commitDocument(start, doc('A2'), 'amend', 'set-layout', 0)!;
    expect(amended.history).toBe(start.history);
    expect(commitDocument(start, start.document, 'record', 'x', 0)).toBeUndefined();
    expect(commitDocument(start, undefined, 'record', 'x', 0)).toBeUndefined();
  });

  test('the history is bounded', () => {
    let state = start;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) state = { ...state, ...commitDocument(state, doc(String(i)), 'record', 'replace-source', i)! };
    expect(state.history.past).toHaveLength(HISTORY_LIMIT);
  });

  test('the editor is told to replace its text unless the change came from typing', () => {
    expect(commitDocument(start, doc('B'), 'record', 'replace-source', 0)!.sourceRevision).toBe(1);
    expect(commitDocument(start, doc('B'), 'merge', 'edit-source', 0)!.sourceRevision).toBe(0);
    expect(commitDocument(start, { ...start.document, edits: indexFix.changes }, 'record', 'apply-fix', 0)!.sourceRevision).toBe(0);
    const typed = commitDocument(start, doc('B'), 'merge', 'edit-source', 0)!;
    expect(commitDocument(typed, undefined, 'undo', 'undo', 1)!.sourceRevision).toBe(1);
  });
});

describe('commands', () => {
  beforeEach(() => useApp.setState(initialDocumentSlice()));

  test('first start: the sample', () => {
    expect(useApp.getState().document.sourceName).toBe(SAMPLE_NAME);
    expect(useApp.getState().document.sourceSql).toContain('CREATE TABLE');
  });

  test('apply fix appends the changes, or turns the pattern on once', () => {
    expect(execute('apply-fix', { fix: indexFix })).toBe(true);
    expect(useApp.getState().document.edits).toEqual(indexFix.changes);
    expect(execute('apply-fix', { fix: patternFix })).toBe(true);
    expect(execute('apply-fix', { fix: patternFix })).toBe(false);
    expect(useApp.getState().document.patterns).toEqual([{ pattern: 'soft-delete', target: { schema: 'public', name: 'a' } }]);
    expect(useApp.getState().history.past).toHaveLength(2);
    execute('undo');
    execute('undo');
    expect(useApp.getState().document.edits).toEqual([]);
    expect(COMMANDS.undo.enabled(useApp.getState())).toBe(false);
    expect(COMMANDS.redo.enabled(useApp.getState())).toBe(true);
    expect(execute('undo')).toBe(false);
  });

  test('toggle pattern adds and removes exactly its application', () => {
    const application = { pattern: 'audit-columns', target: { schema: 'public', name: 'users' }, params: { by: true } };
    execute('toggle-pattern', application);
    execute('toggle-pattern', { pattern: 'audit-columns', target: { schema: 'public', name: 'orders' } });
    expect(useApp.getState().document.patterns).toHaveLength(2);
    execute('toggle-pattern', { pattern: 'audit-columns', target: { schema: 'public', name: 'users' } });
    expect(useApp.getState().document.patterns).toEqual([{ pattern: 'audit-columns', target: { schema: 'public', name: 'orders' } }]);
  });

  test('replace source starts a fresh document; edit source keeps the edits; reset brings the sample back', () => {
    execute('apply-fix', { fix: indexFix });
    execute('edit-source', { sql: 'CREATE TABLE a (id bigint, b_id bigint);' });
    expect(useApp.getState().document.edits).toHaveLength(1);
    expect(execute('edit-source', { sql: 'CREATE TABLE a (id bigint, b_id bigint);' })).toBe(false);
    execute('replace-source', { sql: 'CREATE TABLE z ();', name: 'z.sql' });
    expect(useApp.getState().document).toMatchObject({ sourceName: 'z.sql', sourceSql: 'CREATE TABLE z ();', edits: [], patterns: [], layout: {} });
    execute('reset-sample');
    expect(useApp.getState().document.sourceName).toBe(SAMPLE_NAME);
    execute('undo');
    expect(useApp.getState().document.sourceName).toBe('z.sql');
  });

  test('layout: placing new nodes is no step; moving placed ones is one step per gesture, rounded', () => {
    useApp.getState().setPositions({ 'public.a': { x: 0.4, y: 10.6 }, 'public.b': { x: 300, y: 0 } }, true);
    expect(useApp.getState().document.layout).toEqual({ 'public.a': { x: 0, y: 11 }, 'public.b': { x: 300, y: 0 } });
    expect(useApp.getState().history.past).toHaveLength(0);
    useApp.getState().setPositions({ 'public.a': { x: 5, y: 11 } });
    useApp.getState().setPositions({ 'public.a': { x: 9, y: 12 } });
    expect(useApp.getState().history.past).toHaveLength(1);
    expect(useApp.getState().document.layout['public.a']).toEqual({ x: 9, y: 12 });
    execute('undo');
    expect(useApp.getState().document.layout['public.a']).toEqual({ x: 0, y: 11 });
    // The same positions again change nothing.
    expect(execute('set-layout', { positions: { 'public.a': { x: 0, y: 11 } } })).toBe(false);
  });

  test('open document replaces the whole document, undoably', () => {
    const other = { ...doc('CREATE TABLE q ();'), layout: { 'public.q': { x: 1, y: 2 } } };
    execute('open-document', { document: other });
    expect(useApp.getState().document).toBe(other);
    execute('undo');
    expect(useApp.getState().document.sourceName).toBe(SAMPLE_NAME);
  });
});

describe('per-document UI state', () => {
  beforeEach(() => useApp.setState({ ...initialDocumentSlice(), ...initialDocumentUi() }));

  /** What a user chose for the document shown: focus mode on a table, a schema hidden, destructive steps, a verification. */
  const choose = () =>
    useApp.setState({
      selectedNode: 'public.a',
      selectedNodes: ['public.a'],
      focusMode: true,
      hiddenSchemas: ['audit'],
      allowDestructive: true,
      verification: { status: 'failed', forId: 1, message: 'x' },
    });
  const chosen = () => {
    const { focusMode, hiddenSchemas, allowDestructive, verification, selectedNode } = useApp.getState();
    return { focusMode, hiddenSchemas, allowDestructive, verification: verification?.status, selectedNode };
  };
  const fresh = { focusMode: false, hiddenSchemas: [], allowDestructive: false, verification: undefined, selectedNode: undefined };
  const kept = { focusMode: true, hiddenSchemas: ['audit'], allowDestructive: true, verification: 'failed', selectedNode: 'public.a' };

  test('loading another document (a file, a project, the sample, New) starts its UI state afresh; editing this one keeps it', () => {
    const loads: [string, () => void][] = [
      ['replace-source', () => execute('replace-source', { sql: 'CREATE TABLE z ();', name: 'z.sql' })],
      ['open-document', () => execute('open-document', { document: doc('CREATE TABLE q ();') })],
      ['reset-sample', () => execute('reset-sample')],
      ['new-document', () => execute('new-document')],
    ];
    for (const [name, load] of loads) {
      choose();
      const key = useApp.getState().documentKey;
      execute('apply-fix', { fix: indexFix });
      execute('edit-source', { sql: `${useApp.getState().document.sourceSql}\n-- more` });
      expect(useApp.getState().documentKey, name).toBe(key);
      expect(chosen(), `${name}: edits keep it`).toEqual(kept);
      load();
      expect(useApp.getState().documentKey, name).not.toBe(key);
      expect(chosen(), `${name}: loaded`).toEqual(fresh);
    }
  });

  test('undo and redo across an open go back to each document by its identity', () => {
    const first = useApp.getState().documentKey;
    execute('apply-fix', { fix: indexFix });
    execute('replace-source', { sql: 'CREATE TABLE z ();', name: 'z.sql' });
    const second = useApp.getState().documentKey;
    choose();
    execute('undo');
    expect(useApp.getState().documentKey).toBe(first);
    expect(chosen()).toEqual(fresh);
    choose();
    execute('undo');
    // Undoing the fix: the same document, its UI state kept.
    expect(useApp.getState().documentKey).toBe(first);
    expect(chosen()).toEqual(kept);
    execute('redo');
    execute('redo');
    expect(useApp.getState().documentKey).toBe(second);
    expect(chosen()).toEqual(fresh);
  });

  test('an edit typed on another document or text revision is dropped', () => {
    const { documentKey, sourceRevision } = useApp.getState();
    const sql = 'CREATE TABLE typed ();';
    execute('reset-sample');
    expect(execute('edit-source', { sql, basis: { documentKey, sourceRevision } })).toBe(false);
    const now = useApp.getState();
    execute('apply-fix', { fix: indexFix });
    execute('undo');
    expect(execute('edit-source', { sql, basis: { documentKey: now.documentKey, sourceRevision: now.sourceRevision } })).toBe(true);
    expect(useApp.getState().document.sourceSql).toBe(sql);
  });

  test('focus mode ends with the selection', () => {
    choose();
    useApp.getState().setSelection([]);
    expect(useApp.getState().focusMode).toBe(false);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  test('Mod is Ctrl or Meta; Shift must match', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(key('y', { ctrlKey: true }), 'Mod+Y')).toBe(true);
    expect(matchesShortcut(key('z'), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('z', { ctrlKey: true, altKey: true }), 'Mod+Z')).toBe(false);
    expect(COMMANDS.redo.shortcuts).toEqual(['Mod+Shift+Z', 'Mod+Y']);
  });

  test('labels per platform', () => {
    expect(shortcutLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });

  test('text fields and the editor keep their keys', () => {
    const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, closest: () => null, ...extra });
    expect(isEditableTarget(element('TEXTAREA'))).toBe(true);
    expect(isEditableTarget(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isEditableTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isEditableTarget(element('DIV', { isContentEditable: true }))).toBe(true);
    expect(isEditableTarget(element('DIV', { closest: (s: string) => (s.includes('.monaco-editor') ? {} : null) }))).toBe(true);
    expect(isEditableTarget(element('BUTTON'))).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});
