/**
 * React Flow looks nodes and handles up with CSS selectors built from their ids
 * (`.react-flow__handle[data-id="1-public."order"-id:R-source"]` while a connection is drawn),
 * without escaping them. Our node ids are qualified SQL names, quoted when the name needs it
 * (`public."order"`, `public."User"`), so such a selector is not valid CSS and the lookup throws.
 * Until the library escapes its ids, a selector of that shape that fails is tried once more with
 * the id escaped (CSS.escape); every other selector, and every valid one, is left alone.
 * Our own code never builds selectors from names (nodes.tsx holds the node's element instead).
 */
/** `…[data-id="` + the id + `"]…`: the id is everything up to the last `"]`. */
const DATA_ID = /^(.*\[data-id=")(.*)("\].*)$/s;

function escaped(selector: string): string | undefined {
  const match = DATA_ID.exec(selector);
  return match ? `${match[1]}${CSS.escape(match[2]!)}${match[3]}` : undefined;
}

function guard<T extends Document | Element>(proto: T): void {
  const original = proto.querySelector as (this: T, selector: string) => Element | null;
  proto.querySelector = function querySelector(this: T, selector: string) {
    try {
      return original.call(this, selector);
    } catch (error) {
      const retry = error instanceof DOMException && error.name === 'SyntaxError' ? escaped(selector) : undefined;
      if (retry === undefined) throw error;
      return original.call(this, retry);
    }
  } as T['querySelector'];
}

let installed = false;

export function installSelectorGuard(): void {
  if (installed || typeof Document === 'undefined' || typeof CSS === 'undefined') return;
  installed = true;
  guard(Document.prototype);
  guard(Element.prototype);
}
