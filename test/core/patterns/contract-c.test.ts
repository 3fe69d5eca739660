/**
 * The contract on real tables with parameters a user would give: the corpus has no type-tag pair
 * whose values can be inferred, so polymorphic-arc is checked on OpenStreetMap's relation members
 * (member_type is an enum of Node / Way / Relation) with the mapping to its current_* tables, with
 * and without dropping the pair.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initParser } from '../../../src/core/parse';
import { PATTERNS_BY_ID, type PatternApplication } from '../../../src/core/patterns';
import { checkApplications, type MatrixRow, printMatrix, squawkTest } from './contract';
import { type Baseline, loadBaseline } from './harness';

const matrix: MatrixRow[] = [];
const written: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'schemawise-patterns-'));

beforeAll(async () => {
  await initParser();
});
afterAll(() => printMatrix(matrix));

describe('openstreetmap-structure.sql', () => {
  let baseline: Baseline;
  beforeAll(async () => {
    baseline = await loadBaseline('openstreetmap-structure.sql');
  }, 120_000);

  const members = { schema: 'public', name: 'current_relation_members' };
  const mapping = { Node: 'current_nodes', Way: 'current_ways', Relation: 'current_relations' };

  test('polymorphic-arc: the enum values, mapped to the current_* tables', async () => {
    const pattern = PATTERNS_BY_ID['polymorphic-arc'];
    // Node / Way / Relation match no table by name here (nodes, ways and relations have composite keys).
    expect(pattern.appliesTo(baseline.schema, members)).toMatchObject({ ok: false });
    const applications: PatternApplication[] = [{ pattern: 'polymorphic-arc', target: members, params: { mapping } }];
    const changes = pattern.plan(baseline.schema, members, { mapping });
    // relation_id (the relation the member belongs to) already references current_relations: the
    // arc's own column for Relation members is a new one.
    expect(changes.filter((c) => c.kind === 'add-column').map((c) => c.kind === 'add-column' && c.column.name)).toEqual(['current_node_id', 'current_way_id', 'current_relation_id']);
    matrix.push({ file: 'openstreetmap-structure.sql', pattern: 'polymorphic-arc +mapping', candidates: 1, applicable: 1, verified: await checkApplications(baseline, pattern, applications, written, dir, 'mapping'), declined: {} });
  }, 180_000);

  test('polymorphic-arc: and the pair dropped (its index goes with it)', async () => {
    const pattern = PATTERNS_BY_ID['polymorphic-arc'];
    const applications: PatternApplication[] = [{ pattern: 'polymorphic-arc', target: members, params: { mapping, dropTypeTag: true } }];
    matrix.push({ file: 'openstreetmap-structure.sql', pattern: 'polymorphic-arc +dropTypeTag', candidates: 1, applicable: 1, verified: await checkApplications(baseline, pattern, applications, written, dir, 'drop'), declined: {} });
  }, 180_000);
});

squawkTest(written);
