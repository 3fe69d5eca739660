/** Every rule, by id. A parity test checks each has its file, test and docs page. */
import consistentNaming from './consistent-naming';
import identifierMaxLength from './identifier-max-length';
import noBtreeOnArrayColumn from './no-btree-on-array-column';
import noDuplicateFk from './no-duplicate-fk';
import noSetNullOnNotNullColumn from './no-set-null-on-not-null-column';
import noDuplicateIndex from './no-duplicate-index';
import noExtensionInPublic from './no-extension-in-public';
import noFkCycleNotDeferrable from './no-fk-cycle-not-deferrable';
import noIncrementingColumns from './no-incrementing-columns';
import noMoneyType from './no-money-type';
import noMultiplePermissivePolicies from './no-multiple-permissive-policies';
import noPerRowPolicyFunctionCall from './no-per-row-policy-function-call';
import noRedundantIndex from './no-redundant-index';
import noRedundantNotNullPredicate from './no-redundant-not-null-predicate';
import noRegTypeColumns from './no-reg-type-columns';
import noReservedWordIdentifier from './no-reserved-word-identifier';
import noSelfFkNotNull from './no-self-fk-not-null';
import noTableWithoutIndex from './no-table-without-index';
import noTypeTagPolymorphism from './no-type-tag-polymorphism';
import noUniqueSameAsPk from './no-unique-same-as-pk';
import noUnvalidatedConstraint from './no-unvalidated-constraint';
import noWideTable from './no-wide-table';
import preferBigintPk from './prefer-bigint-pk';
import preferIdentity from './prefer-identity';
import preferJsonb from './prefer-jsonb';
import preferRangeForEffectiveDating from './prefer-range-for-effective-dating';
import preferSurrogateKey from './prefer-surrogate-key';
import preferText from './prefer-text';
import preferTimestamptz from './prefer-timestamptz';
import requireAppendOnlyEventStore from './require-append-only-event-store';
import requireAuditColumns from './require-audit-columns';
import requireExclusionForEffectiveDating from './require-exclusion-for-effective-dating';
import requireExclusiveArcCheck from './require-exclusive-arc-check';
import requireFkIndex from './require-fk-index';
import requireFkMatchFull from './require-fk-match-full';
import requireFkTypeMatch from './require-fk-type-match';
import requireForeignKey from './require-foreign-key';
import requireFunctionSearchPath from './require-function-search-path';
import requireHistoryParity from './require-history-parity';
import requireHistoryTrigger from './require-history-trigger';
import requireIdempotencyKeyUnique from './require-idempotency-key-unique';
import requireLtreeGistIndex from './require-ltree-gist-index';
import requireOutboxUnpublishedIndex from './require-outbox-unpublished-index';
import requireParentFk from './require-parent-fk';
import requirePartialUniqueForSoftDelete from './require-partial-unique-for-soft-delete';
import requirePrimaryKey from './require-primary-key';
import requireRlsEnabledForPolicy from './require-rls-enabled-for-policy';
import requireRlsPolicy from './require-rls-policy';
import requireSoftDelete from './require-soft-delete';
import requireUniqueIndexForConcurrentRefresh from './require-unique-index-for-concurrent-refresh';
import requireUpdatedAtTrigger from './require-updated-at-trigger';
import type { Rule } from './types';

export const RULES: Rule[] = [
  // From the pattern catalogue
  requireAuditColumns,
  requireUpdatedAtTrigger,
  requireHistoryTrigger,
  requireHistoryParity,
  requireAppendOnlyEventStore,
  requirePartialUniqueForSoftDelete,
  noTypeTagPolymorphism,
  requireExclusiveArcCheck,
  requireUniqueIndexForConcurrentRefresh,
  requireIdempotencyKeyUnique,
  requireOutboxUnpublishedIndex,
  requireExclusionForEffectiveDating,
  preferRangeForEffectiveDating,
  requireParentFk,
  requireLtreeGistIndex,
  requireSoftDelete,
  // Sound Postgres design
  requirePrimaryKey,
  preferSurrogateKey,
  requireForeignKey,
  requireFkIndex,
  requireFkTypeMatch,
  requireFkMatchFull,
  noDuplicateFk,
  noSetNullOnNotNullColumn,
  noUnvalidatedConstraint,
  noDuplicateIndex,
  noRedundantIndex,
  noRedundantNotNullPredicate,
  noBtreeOnArrayColumn,
  noUniqueSameAsPk,
  preferTimestamptz,
  preferIdentity,
  preferJsonb,
  preferText,
  noMoneyType,
  preferBigintPk,
  noRegTypeColumns,
  identifierMaxLength,
  consistentNaming,
  noReservedWordIdentifier,
  noSelfFkNotNull,
  noFkCycleNotDeferrable,
  requireRlsPolicy,
  requireRlsEnabledForPolicy,
  noMultiplePermissivePolicies,
  noPerRowPolicyFunctionCall,
  noExtensionInPublic,
  requireFunctionSearchPath,
  noTableWithoutIndex,
  noWideTable,
  noIncrementingColumns,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
