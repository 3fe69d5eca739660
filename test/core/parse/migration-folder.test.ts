/** A migration folder read as one script: order, down scripts, and lines traced back to files. */
import { describe, expect, test } from 'vitest';
import { joinMigrations, locateJoinedLine, migrationOrder } from '../../../src/core/parse/migration-folder';

describe('migrationOrder', () => {
  test('digit runs compare as numbers, part by part, in Flyway, golang-migrate and Diesel layouts', () => {
    expect(migrationOrder(['V10__c.sql', 'V2__b.sql', 'V1__a.sql', 'V1.1__a2.sql'])).toEqual(['V1__a.sql', 'V1.1__a2.sql', 'V2__b.sql', 'V10__c.sql']);
    expect(migrationOrder(['0010_x.up.sql', '0002_y.up.sql', '0002_y.down.sql', '0010_x.down.sql'])).toEqual(['0002_y.up.sql', '0010_x.up.sql']);
    expect(migrationOrder(['2024-01-02_b/up.sql', '2024-01-02_b/down.sql', '2024-01-01_a/up.sql', 'README.md'])).toEqual(['2024-01-01_a/up.sql', '2024-01-02_b/up.sql']);
    expect(migrationOrder(['U2__undo.sql', 'V2__do.sql'])).toEqual(['V2__do.sql']);
  });
});

describe('joinMigrations', () => {
  const files = [
    { path: 'V2__second.sql', text: 'ALTER TABLE t ADD COLUMN b int;\nSELEC 1;' },
    { path: 'V1__first.sql', text: 'CREATE TABLE t (a int);\n' },
  ];
  const joined = joinMigrations(files);

  test('files in order, each after a header line, each ending with a newline', () => {
    expect(joined.text).toBe(
      '-- ===== V1__first.sql =====\n\nCREATE TABLE t (a int);\n-- ===== V2__second.sql =====\n\nALTER TABLE t ADD COLUMN b int;\nSELEC 1;\n',
    );
    expect(joined.parts).toEqual([
      { path: 'V1__first.sql', firstLine: 3 },
      { path: 'V2__second.sql', firstLine: 6 },
    ]);
  });

  test('a line of the joined text is traced back to its file and line', () => {
    expect(locateJoinedLine(joined, 3)).toEqual({ path: 'V1__first.sql', line: 1 });
    expect(locateJoinedLine(joined, 7)).toEqual({ path: 'V2__second.sql', line: 2 });
    expect(locateJoinedLine(joined, 4)).toEqual({ path: 'V2__second.sql', line: 1 });
  });
});
