import type { ParseIssue } from '../../core/parse';
import './issue-list.css';

/** Issues shown at once; a script full of errors should not freeze the page. */
const MAX_SHOWN = 500;

/** Parse issues with their position; choosing one selects its line in the editor. */
export function IssueList({ issues, onSelect }: { issues: ParseIssue[]; onSelect: (issue: ParseIssue) => void }) {
  return (
    <section className="issue-list" aria-labelledby="issue-list-title">
      <div className="panel-heading">
        <h2 id="issue-list-title">
          Issues <span className="count">{issues.length}</span>
        </h2>
      </div>
      {issues.length === 0 ? (
        <p className="empty">No parse issues.</p>
      ) : (
        <ol className="issue-list__items">
          {issues.slice(0, MAX_SHOWN).map((issue, index) => (
            <li key={index}>
              <button type="button" className={`issue issue--${issue.severity}`} onClick={() => onSelect(issue)}>
                <span className="issue__position">
                  {issue.line}:{issue.column}
                </span>
                <span className="issue__severity">{issue.severity}</span>
                <span className="issue__message">{issue.message}</span>
              </button>
            </li>
          ))}
          {issues.length > MAX_SHOWN && <li className="empty">…and {issues.length - MAX_SHOWN} more</li>}
        </ol>
      )}
    </section>
  );
}
