import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createDocument, deriveDocument } from '../../src/core/document';
import { keyOf } from '../../src/core/model';
import { importSql, initParser } from '../../src/core/parse';
import { verifyMigration } from '../../src/core/verify';
import { attempt, execute } from '../../src/ui/commands/execute';
import { copyTables, holdClipboard } from '../../src/ui/design/clipboard';
import { setDerivedTarget, currentTarget } from '../../src/ui/design/target';
import { useApp } from '../../src/ui/store';
import { initialDocumentSlice } from '../../src/ui/store-document';

const t = (name: string) => ({ schema: 'public', name });
const int8 = { name: 'bigint', modifiers: [], arrayDims: 0 };
const int4 = { name: 'integer', modifiers: [], arrayDims: 0 };
const text = { name: 'text', modifiers: [], arrayDims: 0 };

/** Derives the store's document as the worker would, and tells the design commands. */
function derive() {
  const doc = useApp.getState().document;
  const derived = deriveDocument(doc, importSql(doc.sourceSql));
  setDerivedTarget(derived.target, doc.edits);
  return derived;
}

function open(sql: string) {
  useApp.setState({ ...initialDocumentSlice(), document: createDocument(sql, 'x.sql'), selectedNode: undefined, selectedNodes: [] });
  derive();
}

beforeAll(async () => {
  await initParser();
});

beforeEach(() => open(''));

describe('designing from nothing', () => {
  test('three tables, columns and foreign keys: the migration creates them all and holds on Postgres', async () => {
    expect(execute('new-document')).toBe(true);
    derive();
    for (const name of ['users', 'posts', 'comments']) expect(execute('create-table', { name })).toBe(true);
    expect(useApp.getState().selectedNode).toBe('public.comments');
    execute('add-column', { table: t('users'), name: 'email', type: text, notNull: true });
    execute('set-column-unique', { table: t('users'), column: 'email', unique: true });
    execute('add-column', { table: t('posts'), name: 'title', type: text });
    // From a header: the referencing column is made (user_id bigint), then a column to a column.
    expect(execute('add-foreign-key', { table: t('posts'), references: t('users'), referencedColumns: ['id'] })).toBe(true);
    execute('add-column', { table: t('comments'), name: 'post_id', type: int8 });
    expect(execute('add-foreign-key', { table: t('comments'), columns: ['post_id'], references: t('posts'), referencedColumns: ['id'], onDelete: 'cascade' })).toBe(true);
    const derived = derive();
    expect(derived.editProblems).toEqual([]);
    expect(Object.keys(derived.target.tables).sort()).toEqual(['public.comments', 'public.posts', 'public.users']);
    expect(derived.target.tables['public.posts']!.columns.map((c) => c.name)).toEqual(['id', 'title', 'user_id']);
    expect(derived.targetDdl).toContain('CREATE TABLE public.comments');
    expect(derived.upSql).toContain('CREATE TABLE public.users');
    expect(derived.upSql).toMatch(/REFERENCES public\.posts/);
    const verified = await verifyMigration({ baselineSql: '', upSql: derived.upSql, downSql: derived.downSql, targetSql: derived.targetDdl });
    expect(verified.up.filter((r) => !r.ok)).toEqual([]);
    expect(verified.upDifferences).toEqual([]);
    expect(verified.downDifferences).toEqual([]);
  }, 120_000);

  test('new tables are named table_N, placed where asked, and renamed with their key', () => {
    execute('create-table', { at: { x: 10.4, y: 20.6 } });
    execute('create-table');
    expect(useApp.getState().document.layout).toEqual({ 'public.table_1': { x: 10, y: 21 } });
    expect(Object.keys(currentTarget(useApp.getState().document).tables)).toEqual(['public.table_1', 'public.table_2']);
    expect(execute('rename-table', { table: t('table_1'), name: 'accounts' })).toBe(true);
    const target = derive().target;
    expect(target.tables['public.accounts']!.primaryKey!.name).toBe('accounts_pkey');
    expect(attempt('rename-table', { table: t('accounts'), name: 'table_2' }).error).toBe('table_2 already exists.');
    expect(attempt('rename-table', { table: t('accounts'), name: '' }).error).toBe('Table name is empty.');
    expect(attempt('rename-table', { table: t('accounts'), name: 'x'.repeat(64) }).error).toMatch(/64 bytes/);
  });
});

describe('on an imported schema', () => {
  const SQL = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id integer REFERENCES users, note text);
CREATE VIEW recent AS SELECT id FROM orders;`;

  beforeEach(() => open(SQL));

  test('a renamed column is a RENAME COLUMN, and undo takes it back', () => {
    expect(execute('rename-column', { table: t('users'), column: 'email', name: 'email_address' })).toBe(true);
    const derived = derive();
    expect(derived.upSql).toContain('RENAME COLUMN email TO email_address');
    expect(derived.upSql).not.toMatch(/DROP COLUMN/);
    execute('undo');
    expect(derive().upSql).toBe('');
  });

  test('columns of the database do not move; added ones move among themselves', () => {
    expect(attempt('move-column', { table: t('orders'), column: 'note', delta: -1 }).error).toMatch(/cannot reorder/);
    execute('add-column', { table: t('orders'), name: 'a', type: text });
    derive();
    execute('add-column', { table: t('orders'), name: 'b', type: text });
    derive();
    expect(attempt('move-column', { table: t('orders'), column: 'a', delta: -1 }).error).toMatch(/cannot reorder/);
    expect(execute('move-column', { table: t('orders'), column: 'b', delta: -1 })).toBe(true);
    const derived = derive();
    expect(derived.target.tables['public.orders']!.columns.map((c) => c.name)).toEqual(['id', 'user_id', 'note', 'b', 'a']);
    expect(derived.upSql.indexOf('ADD COLUMN b')).toBeLessThan(derived.upSql.indexOf('ADD COLUMN a'));
  });

  test('a foreign key to a column of another type is refused, or made with the column retyped', () => {
    execute('add-column', { table: t('orders'), name: 'buyer', type: int4 });
    derive();
    const draft = { table: t('orders'), columns: ['buyer'], references: t('users'), referencedColumns: ['id'] };
    expect(attempt('add-foreign-key', draft).error).toBe('orders.buyer is integer but users.id is bigint: the types must match.');
    expect(attempt('add-foreign-key', { ...draft, referencedColumns: ['email'], columns: ['note'] }).error).toMatch(/neither the primary key nor unique/);
    expect(execute('add-foreign-key', { ...draft, retype: true })).toBe(true);
    const target = derive().target;
    expect(target.tables['public.orders']!.columns.find((c) => c.name === 'buyer')!.type.name).toBe('bigint');
    expect(target.tables['public.orders']!.foreignKeys.map((fk) => fk.name)).toEqual(['orders_user_id_fkey', 'orders_buyer_fkey']);
  });

  test('foreign key actions and deferrability; deleting it', () => {
    execute('alter-foreign-key', { table: t('orders'), name: 'orders_user_id_fkey', set: { onDelete: 'cascade', initiallyDeferred: true } });
    let fk = derive().target.tables['public.orders']!.foreignKeys[0]!;
    expect(fk).toMatchObject({ onDelete: 'cascade', deferrable: true, initiallyDeferred: true });
    execute('alter-foreign-key', { table: t('orders'), name: 'orders_user_id_fkey', set: { deferrable: false } });
    fk = derive().target.tables['public.orders']!.foreignKeys[0]!;
    expect(fk).toMatchObject({ deferrable: false, initiallyDeferred: false });
    execute('drop-constraint', { table: t('orders'), name: 'orders_user_id_fkey' });
    expect(derive().upSql).toContain('DROP CONSTRAINT orders_user_id_fkey');
  });

  test('keys other tables point at are not dropped from under them', () => {
    expect(attempt('set-primary-key', { table: t('users'), columns: [] }).error).toMatch(/orders_user_id_fkey points at the primary key/);
    expect(attempt('drop-constraint', { table: t('users'), name: 'users_pkey' }).error).toMatch(/orders_user_id_fkey/);
    // Dropping the column takes the foreign key along, visibly.
    execute('drop-column', { table: t('users'), column: 'id' });
    const target = derive().target;
    expect(target.tables['public.orders']!.foreignKeys).toEqual([]);
    expect(target.tables['public.users']!.primaryKey).toBeUndefined();
  });

  test('deleting tables takes the foreign keys pointing at them; a view reading one must go too', () => {
    expect(attempt('delete-tables', { ids: ['public.orders'] }).error).toBe('View recent reads orders: select the view too to delete both.');
    useApp.getState().setSelection(['public.users']);
    expect(execute('delete-tables')).toBe(true);
    expect(useApp.getState().selectedNodes).toEqual([]);
    const target = derive().target;
    expect(Object.keys(target.tables)).toEqual(['public.orders']);
    expect(target.tables['public.orders']!.foreignKeys).toEqual([]);
  });

  test('columns: nullability, default, identity, unique, check, comment, primary key', () => {
    const on = { table: t('orders') };
    expect(attempt('alter-column', { ...on, column: 'note', set: { identity: { kind: 'always' } } }).error).toMatch(/Identity needs/);
    expect(attempt('alter-column', { ...on, column: 'id', set: { notNull: false } }).error).toMatch(/primary key/);
    execute('alter-column', { ...on, column: 'user_id', set: { identity: { kind: 'by-default' } } });
    execute('alter-column', { ...on, column: 'note', set: { notNull: true, default: "''::text" } });
    execute('set-column-unique', { ...on, column: 'note', unique: true });
    execute('set-column-check', { ...on, column: 'note', expression: 'length(note) < 100' });
    execute('set-comment', { ...on, column: 'note', comment: 'Free text' });
    execute('set-comment', { ...on, comment: 'What was bought' });
    let table = derive().target.tables['public.orders']!;
    expect(table.columns.find((c) => c.name === 'user_id')).toMatchObject({ identity: { kind: 'by-default' }, notNull: true });
    expect(table.columns.find((c) => c.name === 'note')).toMatchObject({ notNull: true, default: "''::text", comment: 'Free text' });
    expect(table.uniqueConstraints.map((c) => c.name)).toEqual(['orders_note_key']);
    expect(table.checks).toMatchObject([{ name: 'orders_note_check', expression: 'length(note) < 100' }]);
    expect(table.comment).toBe('What was bought');
    execute('set-column-check', { ...on, column: 'note', expression: null });
    execute('set-primary-key', { ...on, columns: ['id', 'note'] });
    table = derive().target.tables['public.orders']!;
    expect(table.checks).toEqual([]);
    expect(table.primaryKey).toMatchObject({ name: 'orders_pkey', columns: ['id', 'note'] });
  });

  test('indexes and checks', () => {
    const on = { table: t('orders') };
    expect(attempt('add-index', { ...on, columns: ['note'], unique: true, method: 'gin' }).error).toBe('Only btree indexes can be unique.');
    expect(attempt('add-index', { ...on, columns: [], unique: false, method: 'btree' }).error).toMatch(/at least one column/);
    execute('add-index', { ...on, columns: ['user_id', 'note'], unique: false, method: 'btree', where: 'note IS NOT NULL' });
    execute('add-check', { ...on, expression: 'id > 0' });
    let table = derive().target.tables['public.orders']!;
    expect(table.indexes).toMatchObject([{ name: 'orders_user_id_note_idx', where: 'note IS NOT NULL' }]);
    expect(table.checks.map((c) => c.name)).toEqual(['orders_check']);
    expect(derive().upSql).toContain('CREATE INDEX CONCURRENTLY');
    execute('drop-index', { ...on, name: 'orders_user_id_note_idx' });
    execute('drop-constraint', { ...on, name: 'orders_check' });
    table = derive().target.tables['public.orders']!;
    expect(table.indexes).toEqual([]);
    expect(table.checks).toEqual([]);
  });

  test('enums: created, then offered as a type', () => {
    expect(attempt('create-enum', { name: 'mood', values: [] }).error).toMatch(/at least one value/);
    expect(attempt('create-enum', { name: 'orders', values: ['a'] }).error).toBe('orders already exists.');
    expect(attempt('create-enum', { name: 'mood', values: ['sad', 'sad'] }).error).toMatch(/twice/);
    execute('create-enum', { name: 'mood', values: ['sad', 'happy'] });
    execute('add-enum-value', { type: t('mood'), value: 'meh' });
    execute('add-column', { table: t('users'), name: 'mood', type: { schema: 'public', name: 'mood', modifiers: [], arrayDims: 0 } });
    const derived = derive();
    expect(derived.target.types['public.mood']).toMatchObject({ kind: 'enum', values: ['sad', 'happy', 'meh'] });
    expect(derived.upSql).toMatch(/CREATE TYPE public\.mood AS ENUM/);
  });

  test('copy and paste: new names, keys and indexes renamed, foreign keys between copies follow', () => {
    execute('add-index', { table: t('orders'), columns: ['note'], unique: false, method: 'btree' });
    derive();
    useApp.setState({ document: { ...useApp.getState().document, layout: { 'public.orders': { x: 100, y: 50 } } } });
    const doc = useApp.getState().document;
    holdClipboard(copyTables(currentTarget(doc), ['public.users', 'public.orders'], doc.layout));
    expect(execute('paste-tables')).toBe(true);
    expect(useApp.getState().selectedNodes).toEqual(['public.users_copy', 'public.orders_copy']);
    expect(useApp.getState().document.layout['public.orders_copy']).toEqual({ x: 140, y: 90 });
    execute('paste-tables');
    const derived = derive();
    expect(derived.editProblems).toEqual([]);
    const copy = derived.target.tables['public.orders_copy']!;
    expect(copy.source).toBeUndefined();
    expect(copy.primaryKey!.name).toBe('orders_copy_pkey');
    expect(copy.indexes.map((i) => i.name)).toEqual(['orders_copy_note_idx']);
    expect(copy.foreignKeys[0]).toMatchObject({ name: 'orders_copy_user_id_fkey', references: t('users_copy') });
    expect(derived.target.tables['public.orders_copy_2']!.foreignKeys[0]!.references).toEqual(t('users_copy_2'));
    expect(derived.upSql).toContain('CREATE TABLE public.orders_copy_2');
  });

  test('align lines the selected tables up', () => {
    useApp.setState({ document: { ...useApp.getState().document, layout: { 'public.users': { x: 10, y: 300 }, 'public.orders': { x: 200, y: 100 } } } });
    useApp.getState().setSelection(['public.users', 'public.orders']);
    execute('align-tables', { edge: 'top' });
    expect(useApp.getState().document.layout).toEqual({ 'public.users': { x: 10, y: 100 }, 'public.orders': { x: 200, y: 100 } });
    execute('align-tables', { edge: 'left' });
    expect(useApp.getState().document.layout['public.orders']).toEqual({ x: 10, y: 100 });
    expect(keyOf(t('users'))).toBe('public.users');
  });
});
