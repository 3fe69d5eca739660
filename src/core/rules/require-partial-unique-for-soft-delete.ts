import { withoutSource } from './fixes';
import { chooseName, nameAddition } from '../model/auto-names';
import type { SchemaChange } from '../changes/types';
import { quoteIdent } from '../model/names';
import type { Column, Table } from '../model/types';
import { expressionColumnsOf } from './expressions';
import { GENERATOR, columnsNamed, keyVoidedByLiveNulls, mentions, pluralCandidates, softDeleteColumn } from './heuristics';
import { updateColumn } from './time-columns';
import { defineRule, type Fix } from './types';

/**
 * A column whose values identify something for good, deleted or not: ids from other systems or
 * the fediverse (ActivityPub ids are URLs), URLs and the share or public ids that links point at
 * (a deleted row keeps its id taken, so an old link never opens another row), tokens, content
 * hashes, idempotency keys, and document numbers (an invoice number is never issued twice).
 * A unique key that includes one is never meant to free its values when the row is deleted.
 */
const IDENTITY = /^(id|uuid|guid|ulid|version)$|(^|_)(uuid|guid|ulid|ap_id|actor_id|inbox_url|external_id|remote_id|url|uri|share_id|public_id|token|digest|fingerprint|md5|sha1|sha256|checksum|hash|transaction_id|idempotency_key|sequential_id|number|serial_number)$/;

function isGlobalIdentifier(columns: string[]): boolean {
  return columns.some((c) => IDENTITY.test(c));
}

/**
 * The row's own reference, named after its table (`projects.project_ref`, `orders.order_reference`):
 * a name another system gives the row (Supabase's Management API its projects' refs) or a
 * document reference, never handed to a new row, so a deleted row keeping it taken frees nothing.
 */
function isOwnReference(table: Table, columns: (string | undefined)[]): boolean {
  return columns.some((c) => {
    const stem = c && /^(.+)_(ref|reference)$/.exec(c)?.[1];
    return Boolean(stem) && pluralCandidates(stem!).includes(table.name);
  });
}

/** Ids given by another system or the fediverse: a row holding one mirrors an outside identity. */
const OUTSIDE_IDENTITY = /(^|_)(ap_id|actor_id|inbox_url|external_id|remote_id)$/;

/**
 * A column whose values the database makes (identity, a generated column, a default that draws
 * from a sequence or a random uuid): a new row never repeats a deleted row's value, so a
 * unique key that includes it is never blocked by deleted rows.
 */
function isGenerated(column: Column | undefined): boolean {
  if (!column) return false;
  return Boolean(column.identity || column.generated || (column.default && GENERATOR.test(column.default)));
}

/**
 * A link's own key under a boolean delete flag (Ente's `collection_files (collection_id,
 * file_id)` beside `is_deleted`): every column of the key references another table, so the key
 * is the pair itself, and a flag keeps no time that would tell two deleted copies of one pair
 * apart. Linking the pair again revives its row (an upsert clears the flag), which a partial
 * key would replace by a pile of identical deleted rows; the full key is the design.
 */
function isRevivedLink(table: Table, deleted: Column, columns: (string | undefined)[]): boolean {
  if (deleted.type.name !== 'boolean' || columns.length < 2) return false;
  return columns.every((c) => c !== undefined && table.foreignKeys.some((fk) => fk.columns.includes(c)));
}

/** The predicate that selects live rows for a soft-delete column. */
export function livePredicate(column: Column): string {
  return column.type.name === 'boolean' ? `NOT ${quoteIdent(column.name)}` : `${quoteIdent(column.name)} IS NULL`;
}

/**
 * Soft delete (pattern catalogue): a deleted row stays in the table, so a plain UNIQUE still
 * counts it and a user cannot re-register with the email of a deleted account. Uniqueness must
 * hold among live rows only: a partial unique index `WHERE deleted_at IS NULL`.
 *
 * Two cases, of two kinds. A key that includes the soft-delete column itself enforces nothing
 * among live rows (NULLs never conflict): a defect, reported at the rule's severity. A plain key
 * beside the column is a question: whether a deleted row's value may be taken again depends on
 * what the application does on delete (it may rename the row, clear the value, or keep a deleted
 * name reserved on purpose), which the schema does not say. Held out, 5 of 6 such findings were
 * dismissed for that reason, so that case is a suggestion (info).
 */
export default defineRule({
  meta: {
    id: 'require-partial-unique-for-soft-delete',
    category: 'patterns',
    description: 'Unique constraints on soft-deleted tables must be partial indexes on the live rows.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'soft-delete',
  },
  create(context) {
    return {
      table(table) {
        const deleted = softDeleteColumn(table);
        if (!deleted || table.partitionOf) return;
        // A table whose rows mirror outside identities (a unique ActivityPub actor id, say) keeps
        // deleted rows as tombstones: every value that names the row, a user's name at its
        // instance included, stays taken, as the other servers still know it by them.
        const mirrorsIdentities = context.index
          .indexesOf(table)
          .some((ix) => ix.unique && !ix.partial && (ix.columns.some((c) => c && OUTSIDE_IDENTITY.test(c)) || (ix.index?.elements ?? []).some((e) => expressionColumnsOf(e.expression ?? '').some((c) => OUTSIDE_IDENTITY.test(c)))));
        if (mirrorsIdentities) return;
        const referenced = context.index.referencing(table);
        const generated = (columns: (string | undefined)[]) => columns.some((c) => isGenerated(columnsNamed(table, c)[0]));
        // A unique key over the primary key's columns (Prisma's @unique beside @id) is unique
        // among all rows anyway: the primary key counts deleted rows too, so no index can free them.
        const pk = table.primaryKey?.columns ?? [];
        const holdsKey = (columns: (string | undefined)[]) => pk.length > 0 && pk.every((c) => columns.includes(c));
        // A key that includes the row's write time (Kinto's records (parent_id, collection_id,
        // last_modified), the per-collection sync cursor that tombstones keep too): each write
        // stamps a time later than any deleted row's, so a deleted row never blocks a new value,
        // and a key of times has no value people would want to reuse.
        const writeTime = updateColumn(table, context.schema)?.name;
        const stamped = (columns: (string | undefined)[]) => writeTime !== undefined && columns.includes(writeTime);
        const voidedMessage = (kind: string, name: string, columns: (string | undefined)[]) =>
          `Unique ${kind} ${name} (${columns.join(', ')}) enforces nothing among live rows of ${table.name}: ${deleted.name} is NULL on each of them, and NULLs never conflict.`;
        // A foreign key that targets these columns needs a full unique constraint to exist.
        const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((c) => b.includes(c));
        for (const u of table.uniqueConstraints) {
          const blocking = referenced.find(({ fk }) => sameSet(fk.referencedColumns, u.columns));
          const rest = keyVoidedByLiveNulls(deleted, u.columns, u.nullsNotDistinct);
          if (rest && !u.partitionOf) {
            context.report({
              target: { schema: table.schema, table: table.name, name: u.name },
              message: voidedMessage('constraint', u.name, u.columns),
              help: `Two live rows may share (${rest.join(', ')}). Use a unique index on (${rest.join(', ')}) WHERE ${livePredicate(deleted)}${blocking ? `, beside this constraint: foreign key ${blocking.fk.name} on ${blocking.table.name} relies on it` : ''}.`,
              source: u.source,
              ...(blocking ? {} : { fix: partialFix(table, deleted, rest, { constraint: u.name }) }),
            });
            continue;
          }
          if (u.columns.includes(deleted.name) || isGlobalIdentifier(u.columns) || isOwnReference(table, u.columns) || generated(u.columns) || stamped(u.columns) || holdsKey(u.columns) || isRevivedLink(table, deleted, u.columns)) continue;
          context.report({
            target: { schema: table.schema, table: table.name, name: u.name },
            message: `Unique constraint ${u.name} (${u.columns.join(', ')}) also counts soft-deleted rows of ${table.name}.`,
            suggestion: true,
            help: blocking
              ? `Foreign key ${blocking.fk.name} on ${blocking.table.name} relies on this constraint, so it cannot become partial; add a partial unique index for live rows next to it, or reference the primary key instead.`
              : `A deleted row still blocks its values. Use a unique index WHERE ${livePredicate(deleted)}.`,
            source: u.source,
            ...(blocking ? {} : { fix: partialFix(table, deleted, u.columns, { constraint: u.name }) }),
          });
        }
        for (const ix of table.indexes) {
          // Expression elements count by the columns they read: lower(actor_id) is actor_id.
          const columns = ix.elements.flatMap((e) => (e.column !== undefined ? [e.column] : expressionColumnsOf(e.expression ?? '')));
          if (!ix.unique || ix.partitionOf) continue;
          const rest = ix.where ? undefined : keyVoidedByLiveNulls(deleted, ix.elements.map((e) => e.column), ix.nullsNotDistinct);
          if (rest) {
            context.report({
              target: { schema: table.schema, table: table.name, name: ix.name },
              message: voidedMessage('index', ix.name, columns),
              help: `Two live rows may share (${rest.join(', ')}). Index (${rest.join(', ')}) WHERE ${livePredicate(deleted)} instead.`,
              source: ix.source,
              fix: partialFix(table, deleted, rest, { index: ix.name, columns: rest }),
            });
            continue;
          }
          if (isGlobalIdentifier(columns) || isOwnReference(table, columns) || generated(columns) || stamped(columns) || holdsKey(columns) || isRevivedLink(table, deleted, columns)) continue;
          if (ix.where && mentions(ix.where, deleted.name)) continue;
          if (ix.elements.some((e) => e.column === deleted.name || (e.expression && mentions(e.expression, deleted.name)))) continue;
          context.report({
            target: { schema: table.schema, table: table.name, name: ix.name },
            message: `Unique index ${ix.name} also counts soft-deleted rows of ${table.name}.`,
            suggestion: true,
            help: `Add WHERE ${livePredicate(deleted)}${ix.where ? ' to its predicate' : ''} so deleted rows free their values.`,
            source: ix.source,
            fix: partialFix(table, deleted, ix.elements.map((e) => e.column ?? ''), { index: ix.name }),
          });
        }
      },
    };
  },
});

/** Replace a unique constraint or index by a unique index partial on the live rows. */
function partialFix(table: Table, deleted: Column, columns: string[], replacing: { constraint?: string; index?: string; columns?: string[] }): Fix {
  const ref = { schema: table.schema, name: table.name };
  const found = replacing.index ? table.indexes.find((ix) => ix.name === replacing.index) : undefined;
  // An index over the soft-delete column keeps its name but loses that column.
  const existing = found && replacing.columns ? { ...found, elements: found.elements.filter((e) => e.column !== deleted.name) } : found;
  const taken = new Set(table.indexes.map((i) => i.name));
  const name = existing?.name ?? chooseName(table.name, nameAddition(columns), 'key', (n) => taken.has(n));
  const where = existing?.where ? `(${existing.where}) AND ${livePredicate(deleted)}` : livePredicate(deleted);
  const changes: SchemaChange[] = [
    replacing.constraint
      ? { kind: 'drop-constraint', table: ref, name: replacing.constraint }
      : { kind: 'drop-index', table: ref, name: replacing.index ?? '' },
    {
      kind: 'add-index',
      table: ref,
      index: existing
        ? { ...withoutSource(existing), where }
        : { name, unique: true, method: 'btree', elements: columns.map((column) => ({ column, descending: false })), include: [], where, nullsNotDistinct: false, only: false },
    },
  ];
  return { kind: 'changes', description: `Make ${replacing.constraint ?? replacing.index} unique among live rows only`, changes };
}
