/// <reference lib="webworker" />
/**
 * Reads SQL with Postgres's parser, off the main thread: what the user types in the design
 * inspector (types, defaults, checks, predicates), and the SQL a document from outside carries
 * (a share link, a project file, the browser's storage: src/core/document/content.ts). Started
 * on the first such check only, so viewing a schema never loads a second copy of the parser.
 */
import '../../worker/locate-wasm';
import { checkDocumentContent } from '../../core/document/content';
import { importSql, initParser } from '../../core/parse';
import { checkFragment, type FragmentReply } from '../../core/parse/fragment';
import type { CheckMessage, DocumentCheckReply } from './check-client';

declare const self: DedicatedWorkerGlobalScope;

const ready = initParser();

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

self.onmessage = async (event: MessageEvent<CheckMessage>) => {
  const { id, ...request } = event.data;
  if ('content' in request) {
    let reply: DocumentCheckReply;
    try {
      await ready;
      reply = { ok: true, content: checkDocumentContent(request.content, importSql) };
    } catch (error) {
      reply = { ok: false, error: message(error) };
    }
    self.postMessage({ id, ...reply });
    return;
  }
  let reply: FragmentReply;
  try {
    await ready;
    reply = checkFragment(importSql, request);
  } catch (error) {
    reply = { ok: false, error: message(error) };
  }
  self.postMessage({ id, ...reply });
};
