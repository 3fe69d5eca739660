/** Every rule, by id. A parity test checks each has its file, test and docs page. */
import preferTimestamptz from './prefer-timestamptz';
import requireFkIndex from './require-fk-index';
import requirePrimaryKey from './require-primary-key';
import type { Rule } from './types';

export const RULES: Rule[] = [requirePrimaryKey, requireFkIndex, preferTimestamptz];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
