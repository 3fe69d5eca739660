/** Every rule, by id. A parity test checks each has its file, test and docs page. */
import identifierMaxLength from './identifier-max-length';
import noDuplicateIndex from './no-duplicate-index';
import noMoneyType from './no-money-type';
import noRedundantIndex from './no-redundant-index';
import noTableWithoutIndex from './no-table-without-index';
import noUniqueSameAsPk from './no-unique-same-as-pk';
import noWideTable from './no-wide-table';
import preferIdentity from './prefer-identity';
import preferJsonb from './prefer-jsonb';
import preferText from './prefer-text';
import preferTimestamptz from './prefer-timestamptz';
import requireFkIndex from './require-fk-index';
import requireFkTypeMatch from './require-fk-type-match';
import requireFunctionSearchPath from './require-function-search-path';
import requirePrimaryKey from './require-primary-key';
import requireRlsEnabledForPolicy from './require-rls-enabled-for-policy';
import requireRlsPolicy from './require-rls-policy';
import type { Rule } from './types';

export const RULES: Rule[] = [
  requirePrimaryKey,
  requireFkIndex,
  requireFkTypeMatch,
  noDuplicateIndex,
  noRedundantIndex,
  noUniqueSameAsPk,
  noTableWithoutIndex,
  noWideTable,
  preferTimestamptz,
  preferIdentity,
  preferJsonb,
  preferText,
  noMoneyType,
  identifierMaxLength,
  requireRlsPolicy,
  requireRlsEnabledForPolicy,
  requireFunctionSearchPath,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
