/** Opening DBML (src/ui/document/dbml-file.ts): what @dbml/core writes is DDL the importer reads whole. */
import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../src/core/parse';
import { dbmlToSql, describeDbmlError, isDbmlFile, sqlNameOf } from '../../src/ui/document/dbml-file';

beforeAll(async () => {
  await initParser();
});

const SHOP = `Enum order_status {
  pending
  "in transit"
}
Table customers {
  id bigint [pk, increment]
  email varchar(200) [not null, unique, note: 'login']
}
Table orders {
  id bigint [pk]
  customer_id bigint [not null]
  status order_status [not null, default: 'pending']
  indexes { (customer_id, status) [unique, name: 'orders_customer_status_key'] }
}
Ref: orders.customer_id > customers.id [delete: cascade]
`;

describe('DBML files', () => {
  test('recognised by their extension; the source takes a .sql name', () => {
    expect(isDbmlFile({ name: 'Shop.DBML' })).toBe(true);
    expect(isDbmlFile({ name: 'shop.sql' })).toBe(false);
    expect(isDbmlFile({ name: 'dbml.sql' })).toBe(false);
    expect(sqlNameOf('shop.dbml')).toBe('shop.sql');
    expect(sqlNameOf('my.schema.DBML')).toBe('my.schema.sql');
  });

  test('converted to DDL that imports without issues: tables, enum, keys, index, foreign key with its action, comment', async () => {
    const sql = await dbmlToSql(SHOP);
    const imported = importSql(sql);
    expect(imported.issues).toEqual([]);
    const schema = imported.schema;
    expect(Object.keys(schema.tables).sort()).toEqual(['public.customers', 'public.orders']);
    expect(schema.types['public.order_status']).toMatchObject({ kind: 'enum', values: ['pending', 'in transit'] });
    const orders = schema.tables['public.orders']!;
    expect(orders.primaryKey?.columns).toEqual(['id']);
    expect(orders.foreignKeys).toMatchObject([{ columns: ['customer_id'], references: { name: 'customers' }, referencedColumns: ['id'], onDelete: 'cascade' }]);
    expect(orders.indexes).toMatchObject([{ name: 'orders_customer_status_key', unique: true }]);
    const customers = schema.tables['public.customers']!;
    expect(customers.columns.find((c) => c.name === 'id')?.identity).toBeDefined();
    expect(customers.columns.find((c) => c.name === 'email')?.comment).toBe('login');
    expect(customers.uniqueConstraints.map((u) => u.columns)).toEqual([['email']]);
  });

  test('a DBML error says where it is, and how many more there are', async () => {
    await expect(dbmlToSql('Table x {\n  id int [pk\n}\n')).rejects.toThrow(/^line 3, column 1: /);
    expect(describeDbmlError({ diags: [{ message: 'Expect a closing brace', location: { start: { line: 4, column: 2 } } }, { message: 'other' }] })).toBe(
      "line 4, column 2: Expect a closing brace (and 1 more)",
    );
    expect(describeDbmlError({ diags: [{ message: 'No place' }] })).toBe('No place');
    expect(describeDbmlError(new Error('plain'))).toBe('plain');
    expect(describeDbmlError('text')).toBe('text');
  });
});
