/**
 * Share links: the document, deflated (fflate) and base64url-encoded, in the URL's fragment
 * (`#doc=...`). The fragment never reaches a server. Links longer than MAX_SHARE_FRAGMENT are
 * refused: many chat and mail clients cut long URLs, and a cut link cannot be opened.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { SchemawiseDocument } from './types';
import { DocumentError, upgradeDocument } from './upgrade';

export const SHARE_PREFIX = 'doc=';
/** Characters of the fragment (after `#`) a share link may have. */
export const MAX_SHARE_FRAGMENT = 64 * 1024;

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK)); // bounded: CHUNK bytes at a time
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('The link is damaged: it has characters a share link never has.');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new ShareLinkError('The link is damaged: its data is not valid base64.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment (without `#`) for `doc`; throws ShareLinkError when it would be too long. */
export function encodeShareFragment(doc: SchemawiseDocument): string {
  const fragment = SHARE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(doc)), { level: 9 }));
  if (fragment.length > MAX_SHARE_FRAGMENT) {
    const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
    throw new ShareLinkError(
      `This document is too large for a link (${kb(fragment.length)} compressed; links are limited to ${kb(MAX_SHARE_FRAGMENT)}). Save a project file and share that instead.`,
    );
  }
  return fragment;
}

/** True when a URL fragment (with or without `#`) holds a shared document. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/** The document in a share fragment (with or without `#`); ShareLinkError when it cannot be read. */
export function decodeShareFragment(hash: string): SchemawiseDocument {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) throw new ShareLinkError('The link holds no Schemawise document.');
  if (fragment.length > MAX_SHARE_FRAGMENT * 2) throw new ShareLinkError('The link is too long to be a Schemawise share link.');
  const bytes = fromBase64Url(fragment.slice(SHARE_PREFIX.length));
  let json: string;
  try {
    json = strFromU8(inflateSync(bytes));
  } catch {
    throw new ShareLinkError('The link is damaged or was cut short: the compressed document could not be read.');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ShareLinkError('The link is damaged: the document in it is not valid JSON.');
  }
  try {
    return upgradeDocument(value);
  } catch (error) {
    if (error instanceof DocumentError) throw new ShareLinkError(`Its document is not valid: ${error.message}`);
    throw error;
  }
}
