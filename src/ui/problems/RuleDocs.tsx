import { useEffect, useState } from 'react';
import { Markdown } from '../components/Markdown';
import { loadRuleDocs } from './rule-docs';

/**
 * A rule's documentation page behind a disclosure; the page loads when first opened. Links to
 * other rules open those pages in place.
 */
export function RuleDocs({ ruleId }: { ruleId: string }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(ruleId);
  const [page, setPage] = useState<{ id: string; text?: string; failed?: boolean }>();

  useEffect(() => setShown(ruleId), [ruleId]);
  useEffect(() => {
    if (!open || page?.id === shown) return;
    let live = true;
    loadRuleDocs(shown).then(
      (text) => live && setPage({ id: shown, text, failed: text === undefined }),
      () => live && setPage({ id: shown, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [open, shown, page?.id]);

  return (
    <details className="rule-docs" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Rule documentation: <code>{ruleId}</code>
      </summary>
      <div className="rule-docs__body" data-testid="rule-docs">
        {shown !== ruleId && (
          <p className="rule-docs__trail">
            <button type="button" className="link-button" onClick={() => setShown(ruleId)}>
              ← {ruleId}
            </button>{' '}
            / <code>{shown}</code>
          </p>
        )}
        {!page || page.id !== shown ? (
          <p className="empty">Loading…</p>
        ) : page.failed || page.text === undefined ? (
          <p className="empty">No documentation page for {shown}.</p>
        ) : (
          <Markdown source={page.text} skipTitle onRuleLink={setShown} />
        )}
      </div>
    </details>
  );
}
