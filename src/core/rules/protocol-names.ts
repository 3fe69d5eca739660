/**
 * Column names fixed by an outside standard: an application that stores an OAuth token
 * response or OpenID Connect claims keeps the protocol's own field names (NextAuth/Auth.js's
 * Prisma adapter keeps `access_token`, `refresh_token`, `id_token` among camelCase fields), so
 * that the response maps onto the row field by field. Such names follow the protocol, not the
 * schema's style, and no reviewer asks to rename them.
 *
 * Each vocabulary lists only its multi-word names (single lower-case words fit every style
 * anyway) and leaves out names an application uses on its own (`updated_at` is also an OpenID
 * claim). A table counts as storing a vocabulary when it has at least two of its names: one
 * `expires_at` among camelCase columns is a slip of style, a token set is not.
 */
const VOCABULARIES: readonly ReadonlySet<string>[] = [
  // OAuth 2.0 token response (RFC 6749 §5.1), OpenID Connect's id_token and session_state,
  // the absolute expiry adapters store, providers' extensions, and OAuth 1.0a's (RFC 5849) tokens.
  new Set([
    'access_token', 'token_type', 'expires_in', 'expires_at', 'refresh_token', 'id_token', 'session_state',
    'refresh_token_expires_in', 'ext_expires_in', 'oauth_token', 'oauth_token_secret', 'oauth_callback_confirmed',
  ]),
  // OpenID Connect Core §5.1 standard claims.
  new Set([
    'given_name', 'family_name', 'middle_name', 'preferred_username', 'email_verified', 'phone_number',
    'phone_number_verified',
  ]),
  // OAuth 2.0 dynamic client registration metadata (RFC 7591 §2, §3.2.1).
  new Set([
    'client_id', 'client_secret', 'redirect_uris', 'grant_types', 'response_types', 'token_endpoint_auth_method',
    'client_name', 'client_uri', 'logo_uri', 'tos_uri', 'policy_uri', 'jwks_uri', 'software_id',
    'software_version', 'client_id_issued_at', 'client_secret_expires_at',
  ]),
];

/** The names among `columns` that a table keeps as a protocol spells them. */
export function protocolFieldNames(columns: readonly string[]): Set<string> {
  const kept = new Set<string>();
  for (const vocabulary of VOCABULARIES) {
    const present = columns.filter((name) => vocabulary.has(name));
    if (present.length >= 2) for (const name of present) kept.add(name);
  }
  return kept;
}
