/**
 * Which statements of a migration need a newer Postgres than the target: read with PostgreSQL's
 * parser, for the syntax the planner chooses by version (versions.ts). `verify --pg-version`
 * reports them, so a script written by hand (or by another tool) gets the same check.
 */
import { parseSync } from 'libpg-query';
import { forEachField } from '../parse/ast';
import { splitStatements } from '../parse/split';
import { FEATURE_SINCE, type Feature } from './versions';

export interface VersionFinding {
  /** Offset of the statement in the script. */
  offset: number;
  feature: Feature;
  needs: number;
  what: string;
}

const WHAT: Record<Feature, string> = {
  detachConcurrently: 'DETACH PARTITION ... CONCURRENTLY',
  nullsNotDistinct: 'NULLS NOT DISTINCT',
  onDeleteSetColumns: 'ON DELETE SET NULL / SET DEFAULT with a column list',
  securityInvoker: 'the security_invoker view option',
  setExpression: 'ALTER COLUMN ... SET EXPRESSION',
  identityOnPartitioned: 'an identity column on a partitioned table',
  exclusionOnPartitioned: 'an exclusion constraint on a partitioned table',
  virtualGenerated: 'a VIRTUAL generated column',
  notNullNotValid: 'a NOT NULL constraint added NOT VALID',
  notValidForeignKeyOnPartitioned: 'a NOT VALID foreign key on a partitioned table',
  temporalKeys: 'a temporal key (WITHOUT OVERLAPS or PERIOD)',
};


/** The features a parse tree uses (those that can be seen in the statement alone). */
function featuresOf(tree: unknown): Set<Feature> {
  const found = new Set<Feature>();
  forEachField(tree, (key, f) => {
    if (key === 'nulls_not_distinct' && (f as unknown) === true) found.add('nullsNotDistinct');
    if (key === 'AlterTableCmd' && f.subtype === 'AT_SetExpression') found.add('setExpression');
    if (key === 'PartitionCmd' && f.concurrent === true) found.add('detachConcurrently');
    if (key === 'Constraint') {
      if (f.contype === 'CONSTR_GENERATED' && f.generated_kind === 'v') found.add('virtualGenerated');
      if (f.contype === 'CONSTR_NOTNULL' && f.skip_validation === true) found.add('notNullNotValid');
      if (f.contype === 'CONSTR_FOREIGN' && Array.isArray(f.fk_del_set_cols) && f.fk_del_set_cols.length > 0) found.add('onDeleteSetColumns');
      if (f.without_overlaps === true || f.fk_with_period === true) found.add('temporalKeys');
    }
    if (key === 'DefElem' && f.defname === 'security_invoker') found.add('securityInvoker');
  });
  return found;
}

export function statementsNeedingNewerPostgres(sql: string, version: number): VersionFinding[] {
  const out: VersionFinding[] = [];
  for (const statement of splitStatements(sql).statements) {
    let tree: unknown;
    try {
      tree = parseSync(statement.text);
    } catch {
      continue; // a syntax error is not a version question
    }
    for (const feature of featuresOf(tree)) {
      if (FEATURE_SINCE[feature] > version) out.push({ offset: statement.start, feature, needs: FEATURE_SINCE[feature], what: WHAT[feature] });
    }
  }
  return out;
}
