/**
 * The one place generated SQL writes a name, a value, a comment or a fragment of SQL it holds.
 * Every writer (schema printer, planner, migration formats, patterns' trigger bodies) goes through
 * these functions, so that nothing a user or a document can type escapes into live SQL:
 *
 * - identifiers: `quoteIdent` (names), `dottedName` (collations, operator classes, setting
 *   names: `schema.name`), `typeName` lives in model/format-type.ts and quotes the same way;
 * - values: `quoteLiteral` (standard-conforming or E'' strings), `numberSql`, `dollarQuote`
 *   (function bodies: a tag the body cannot close), `storageOption` (`WITH (key=value)`),
 *   `settingValue` (`SET key TO value`), `operatorSql`;
 * - comments: `sqlComment` / `commentText` write one line that nothing can end early;
 * - SQL the model keeps as text (defaults, checks, predicates, view queries, partition bounds):
 *   `sqlFragment` refuses a fragment that is not self-contained (a `;`, a comment, an unclosed
 *   quote or parenthesis), since it could not be escaped, only rejected.
 *
 * A value that cannot be written safely throws SqlTextError: a planner or printer that stops
 * with a message is better than a migration that runs something nobody asked for.
 */
import { quoteIdent as quoteName, quoteLiteral } from '../model/names';
import type { QualifiedName } from '../model/types';
import { splitStatements } from '../parse/split';

export { quoteLiteral };

/** A name or text the SQL writer refuses to print (it could not be printed without changing the SQL around it). */
export class SqlTextError extends Error {
  override name = 'SqlTextError';
}

// ---------------------------------------------------------------------------------------------
// Comments
// ---------------------------------------------------------------------------------------------

/**
 * What ends a line somewhere: Postgres's lexer ends a `--` comment at \n or \r; editors, JSON
 * tools, Java's and JavaScript's line readers also break at \v, \f, NEL (U+0085) and the Unicode
 * line and paragraph separators. Other control characters are shown escaped too, so a comment
 * never hides text (a backspace, an escape sequence for the terminal).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_COMMENT = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]|\*\/|\/\*/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\v': '\\v', '\f': '\\f', '*/': '*\\/', '/*': '/\\*' };

/**
 * Text made safe for one comment line: line breaks and control characters shown as escapes
 * (`\n`, `\u2028`), and the delimiters of block comments broken (`*\/`), so the text can sit in
 * a `--` comment or inside `/* *\/` without ending it. Leading and trailing spaces are trimmed.
 */
export function commentText(text: string): string {
  return text.replace(UNSAFE_IN_COMMENT, (m) => NAMED_ESCAPES[m] ?? `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`).trim();
}

/** A `-- text` comment line (after `indent` spaces): the only way generated SQL writes a comment. */
export function sqlComment(text: string, indent = 0): string {
  const body = commentText(text);
  return body === '' ? '--' : `-- ${' '.repeat(indent)}${body}`;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/**
 * A name as SQL writes it: bare when Postgres's quote_ident would leave it bare, else in double
 * quotes with quotes doubled (model/names.ts). Postgres has no empty names (`""` is a syntax
 * error), so a model holding one cannot be printed.
 */
export function quoteIdent(name: string): string {
  if (name === '') throw new SqlTextError('an empty name cannot be written in SQL');
  return quoteName(name);
}

export function quoteQualified(ref: QualifiedName): string {
  return `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;
}

/**
 * A possibly qualified name kept as dotted text (`pg_catalog.C`, `public.my_ops`, `app.user_id`):
 * each part quoted. The model stores collations, operator classes and setting names that way.
 */
export function dottedName(text: string): string {
  const parts = text.split('.');
  // A name with an empty part (`.x`, `a..b`) was not a qualified name: one identifier, then.
  return parts.some((part) => part === '') ? quoteIdent(text) : parts.map(quoteIdent).join('.');
}

/** Characters Postgres allows in an operator name (the lexer's `op_chars`). */
const OPERATOR = /^[+\-*/<>=~!@#%^&|`?]+$/;

/**
 * An operator as the model keeps it (`&&`, `public.&&`): a qualified one in OPERATOR(...) syntax.
 * Postgres's lexer ends an operator before `--` or `/*` (they start comments), so an operator
 * holding them cannot exist.
 */
export function operatorSql(operator: string): string {
  const dot = operator.lastIndexOf('.');
  const schema = dot > 0 ? operator.slice(0, dot) : undefined;
  const name = dot > 0 ? operator.slice(dot + 1) : operator;
  if (!OPERATOR.test(name) || name.includes('--') || name.includes('/*')) {
    throw new SqlTextError(`${JSON.stringify(operator)} is not an operator name`);
  }
  return schema ? `OPERATOR(${dottedName(schema)}.${name})` : name;
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number the model keeps as text (sequence bounds, increments): printed as is, or refused. */
export function numberSql(value: string, what: string): string {
  const text = value.trim();
  if (!NUMBER.test(text)) throw new SqlTextError(`${what} is not a number: ${JSON.stringify(value)}`);
  return text;
}

/** A value that may stay bare: a number, a boolean word, or a word that needs no quotes (not a reserved keyword). */
function bareValue(value: string): boolean {
  return NUMBER.test(value) || value === 'true' || value === 'false' || value === 'on' || (/^[a-z_][a-z0-9_]*$/.test(value) && quoteIdent(value) === value);
}

/**
 * A storage parameter as the model keeps it (`fillfactor=70`, `toast.autovacuum_enabled=false`,
 * `security_barrier=true`): its name quoted part by part, its value bare when it is a number or
 * a plain word, else a string (Postgres accepts every reloption value as a string).
 */
export function storageOption(option: string): string {
  const eq = option.indexOf('=');
  const name = storageOptionName(option);
  if (eq < 0) return name;
  const value = option.slice(eq + 1);
  return `${name}=${bareValue(value) ? value : quoteLiteral(value)}`;
}

/** The name of a storage parameter (`key` of `key=value`), for RESET (...). */
export function storageOptionName(option: string): string {
  const eq = option.indexOf('=');
  const key = eq < 0 ? option : option.slice(0, eq);
  // A parameter name is `name` or `namespace.name` (toast.*): never more parts than two.
  const dot = key.indexOf('.');
  return dot > 0 && dot < key.length - 1 ? `${quoteIdent(key.slice(0, dot))}.${quoteIdent(key.slice(dot + 1))}` : quoteIdent(key);
}

/**
 * The value of `SET name TO value` in a routine, as the model keeps it: a comma-separated list
 * (`public, pg_temp`). Plain words and numbers stay bare, the rest are strings.
 */
export function settingValue(value: string): string {
  if (value === '') return "''";
  return value
    .split(/,\s*/)
    .map((part) => (bareValue(part) ? part : quoteLiteral(part)))
    .join(', ');
}

/**
 * A function body in dollar quotes, with a tag the body cannot end early: the body must not
 * hold the tag, and must not end with text that runs into the closing tag to form it
 * (`...$function` + `$function$`: Postgres's lexer takes the first `$function$` it meets).
 */
export function dollarQuote(body: string, base = 'function'): string {
  let tag = `$${base}$`;
  for (let i = 1; (body + tag).indexOf(tag) !== body.length; i++) tag = `$${base}${i}$`;
  return `${tag}${body}${tag}`;
}

// ---------------------------------------------------------------------------------------------
// Fragments of SQL kept as text
// ---------------------------------------------------------------------------------------------

function isIdentChar(ch: string): boolean {
  return /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
}

/** Offset just past the string or quoted identifier opening at `open`, or -1 when unterminated. */
function closeQuote(text: string, open: number, quote: string, backslashEscapes: boolean): number {
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (backslashEscapes && ch === '\\') i++;
    else if (ch === quote) {
      if (text[i + 1] === quote) i++;
      else return i + 1;
    }
  }
  return -1;
}

export interface FragmentOptions {
  /** `;` allowed outside quotes (a SQL-standard function body holds statements). */
  statements?: boolean;
}

const checkedFragments = new Map<string, string>();

/**
 * The fragment as it will be printed, or why it is not self-contained. Self-contained: every
 * quote, quoted identifier and dollar quote closed, parentheses and brackets balanced, no comment
 * (the deparser writes none; `--` would swallow the rest of the line it is put on), no `;`, no
 * backslash outside quotes (psql would run it as a meta-command). A plain string holding a
 * backslash is written as an E'' string: with standard_conforming_strings off, Postgres would
 * read its backslashes as escapes and `'\'` would not end where it seems to.
 */
function readFragment(text: string, options: FragmentOptions): { text: string; problem?: string } {
  const closers: string[] = [];
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === "'") {
      const prefix = i > 0 && isIdentChar(text[i - 1]!) ? text[i - 1]! : '';
      const escapes = (prefix === 'E' || prefix === 'e') && !(i > 1 && isIdentChar(text[i - 2]!));
      const end = closeQuote(text, i, "'", escapes);
      if (end < 0) return { text, problem: 'an unterminated quoted string' };
      const body = text.slice(i + 1, end - 1);
      if (!escapes && body.includes('\\')) {
        if (prefix !== '' || text[i - 1] === '&') return { text, problem: 'a backslash in a prefixed string' };
        out += `${text.slice(copied, i)}E'${body.replace(/\\/g, '\\\\')}'`;
        copied = end;
      }
      i = end - 1;
    } else if (ch === '"') {
      const end = closeQuote(text, i, '"', false);
      if (end < 0) return { text, problem: 'an unterminated quoted identifier' };
      i = end - 1;
    } else if (ch === '$' && !(i > 0 && isIdentChar(text[i - 1]!))) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 128));
      if (!tag) continue;
      const close = text.indexOf(tag[0], i + tag[0].length);
      if (close < 0) return { text, problem: 'an unterminated dollar-quoted string' };
      i = close + tag[0].length - 1;
    } else if ((ch === '-' && next === '-') || (ch === '/' && next === '*')) {
      return { text, problem: 'a comment' };
    } else if (ch === ';' && !options.statements) {
      return { text, problem: 'a semicolon' };
    } else if (ch === '(' || ch === '[') {
      closers.push(ch === '(' ? ')' : ']');
    } else if (ch === ')' || ch === ']') {
      if (closers.pop() !== ch) return { text, problem: `an unbalanced ${ch}` };
    } else if (ch === '\\') {
      return { text, problem: 'a backslash outside quotes' };
    }
  }
  if (closers.length > 0) return { text, problem: `an unclosed ${closers[closers.length - 1] === ')' ? '(' : '['}` };
  return { text: copied === 0 ? text : out + text.slice(copied) };
}

/**
 * A fragment of SQL the model keeps as text (a default, a check, an index predicate, a view's
 * query, a partition bound), checked to be self-contained before it is put into a statement:
 * the text could otherwise close the statement around it and start another. The deparser
 * always writes self-contained text; a document edited by hand or a bug might not.
 */
export function sqlFragment(text: string, what: string, options: FragmentOptions = {}): string {
  const key = options.statements ? `;${text}` : text;
  const known = checkedFragments.get(key);
  if (known !== undefined) return known;
  const read = readFragment(text, options);
  if (read.problem) throw new SqlTextError(`${what} is not a self-contained SQL fragment (it holds ${read.problem}): ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text)}`);
  if (checkedFragments.size > 50_000) checkedFragments.clear();
  checkedFragments.set(key, read.text);
  return read.text;
}

/**
 * A whole statement the model keeps or builds from text it keeps (an aggregate as written, a
 * function with a SQL-standard body), checked the way psql will read it: exactly one statement,
 * spanning the text, nothing left open, no psql meta-command. Returns the text without its `;`.
 */
export function oneStatement(sql: string, what: string): string {
  const text = sql.trim().replace(/;$/, '');
  const split = splitStatements(text);
  const only = split.statements[0];
  if (split.statements.length !== 1 || split.skipped.length > 0 || split.unterminated || only!.start !== 0 || only!.end !== text.length) {
    throw new SqlTextError(`${what} is not one statement`);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Keywords
// ---------------------------------------------------------------------------------------------

/**
 * The SQL keyword for one of the model's fixed choices (`'set-null'` -> `SET NULL`): looked up,
 * never built from the value, so a value the type does not allow (a document edited by hand)
 * stops the printer instead of reaching the SQL.
 */
export function keywordFor<T extends string>(value: T, keywords: Readonly<Record<T, string>>, what: string): string {
  const keyword = Object.prototype.hasOwnProperty.call(keywords, value) ? keywords[value] : undefined;
  if (keyword === undefined) throw new SqlTextError(`${what} cannot be ${JSON.stringify(value)}; expected one of ${Object.keys(keywords).join(', ')}`);
  return keyword;
}

/** The keyword for each value of a union of lower-case words: `upper(['row', 'statement'])`. */
export function upperKeywords<T extends string>(values: readonly T[]): Readonly<Record<T, string>> {
  return Object.fromEntries(values.map((v) => [v, v.toUpperCase().replace(/-/g, ' ')])) as Record<T, string>;
}
