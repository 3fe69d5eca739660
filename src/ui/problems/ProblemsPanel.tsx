import { memo, useMemo, useState } from 'react';
import { SeverityIcon } from '../components/SeverityIcon';
import { SEVERITIES, SEVERITY_LABEL } from '../lib/severity';
import { useApp } from '../store';
import type { RuleInfo } from '../../worker/protocol';
import { countBySeverity, groupProblems, type Problem, type ProblemGroup } from './problems';
import { ImportNotes } from './ImportNotes';
import { RuleDocs } from './RuleDocs';
import { SchemaAssumptions } from './SchemaAssumptions';
import './problems.css';

interface ProblemsPanelProps {
  problems: Problem[];
  /** The import's notes (importNotes): listed apart, below the problems, and not counted. */
  notes?: Problem[];
  rules: Record<string, RuleInfo>;
  onSelect: (problem: Problem) => void;
  /** Applies a problem's fix (the `apply-fix` command); without it no fix button is shown. */
  onFix?: (problem: Problem) => void;
  /** Set when the linter failed on this schema. */
  lintError?: string;
}

/** Groups open at first when there are at most this many problems shown; else all start closed. */
const OPEN_ALL_UP_TO = 120;
/** Problems drawn per group before a "show all" button. */
const PAGE = 100;

/**
 * The linter's findings and the parse issues: counts by severity (which filter the list), grouped
 * by rule or by table. Choosing a problem selects its line in the editor and its table on the
 * canvas, and opens its help and the rule's documentation.
 */
export function ProblemsPanel({ problems, notes = [], rules, onSelect, onFix, lintError }: ProblemsPanelProps) {
  const grouping = useApp((s) => s.problemsGrouping);
  const setGrouping = useApp((s) => s.setProblemsGrouping);
  const severities = useApp((s) => s.severities);
  const toggleSeverity = useApp((s) => s.toggleSeverity);
  const active = useApp((s) => s.activeProblem);
  const [toggled, setToggled] = useState<Record<string, boolean>>({});

  const counts = useMemo(() => countBySeverity(problems), [problems]);
  const shown = useMemo(() => problems.filter((p) => severities[p.severity]), [problems, severities]);
  const groups = useMemo(() => groupProblems(shown, grouping, rules), [shown, grouping, rules]);
  const openByDefault = shown.length <= OPEN_ALL_UP_TO;

  return (
    <section className="problems" aria-labelledby="problems-title" data-testid="problems">
      <div className="problems__toolbar">
        <h2 id="problems-title" className="panel-title">
          Problems <span className="count" data-testid="problems-count">{problems.length}</span>
        </h2>
        <div className="segmented" role="group" aria-label="Group problems by">
          {(['rule', 'table'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="segmented__option"
              aria-pressed={grouping === value}
              onClick={() => setGrouping(value)}
            >
              By {value}
            </button>
          ))}
        </div>
      </div>
      <div className="problems__filters" role="group" aria-label="Show severities">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`severity-filter severity-filter--${severity}`}
            aria-pressed={severities[severity]}
            title={`${severities[severity] ? 'Hide' : 'Show'} ${SEVERITY_LABEL[severity].toLowerCase()}`}
            data-testid={`problems-${severity}`}
            onClick={() => toggleSeverity(severity)}
          >
            <SeverityIcon severity={severity} />
            <span className="severity-filter__count">{counts[severity]}</span>
            <span className="severity-filter__label">{SEVERITY_LABEL[severity]}</span>
          </button>
        ))}
      </div>
      <SchemaAssumptions problems={problems} />
      {lintError && (
        <p className="problems__error" role="alert">
          The linter failed: {lintError}
        </p>
      )}
      <div className="problems__list">
        {problems.length === 0 ? (
          <p className="empty">No problems found.</p>
        ) : groups.length === 0 ? (
          <p className="empty">Every problem is filtered out.</p>
        ) : (
          groups.map((group) => (
            <Group
              key={group.key}
              group={group}
              grouping={grouping}
              open={toggled[group.key] ?? openByDefault}
              onToggle={() => setToggled((t) => ({ ...t, [group.key]: !(t[group.key] ?? openByDefault) }))}
              active={active}
              rules={rules}
              onSelect={onSelect}
              onFix={onFix}
            />
          ))
        )}
        <ImportNotes notes={notes} active={active} onSelect={onSelect} />
      </div>
    </section>
  );
}

interface GroupProps {
  group: ProblemGroup;
  grouping: 'rule' | 'table';
  open: boolean;
  onToggle: () => void;
  active: string | undefined;
  rules: Record<string, RuleInfo>;
  onSelect: (problem: Problem) => void;
  onFix?: (problem: Problem) => void;
}

const Group = memo(function Group({ group, grouping, open, onToggle, active, rules, onSelect, onFix }: GroupProps) {
  const [all, setAll] = useState(false);
  const problems = all ? group.problems : group.problems.slice(0, PAGE);
  return (
    <section className={`problem-group problem-group--${group.worst}`} data-testid="problem-group" data-group={group.key}>
      <button type="button" className="problem-group__header" aria-expanded={open} onClick={onToggle}>
        <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M6 4l4 4-4 4" />
        </svg>
        <span className="problem-group__title">{group.title}</span>
        <span className="problem-group__counts">
          {SEVERITIES.filter((s) => group.counts[s] > 0).map((s) => (
            <span key={s} className={`pill pill--${s}`} title={`${group.counts[s]} ${SEVERITY_LABEL[s].toLowerCase()}`}>
              {group.counts[s]}
            </span>
          ))}
        </span>
        {group.subtitle && <span className="problem-group__subtitle">{group.subtitle}</span>}
      </button>
      {open && (
        <ul className="problem-group__items">
          {problems.map((problem) => (
            <ProblemItem
              key={problem.key}
              problem={problem}
              grouping={grouping}
              active={problem.key === active}
              documented={problem.ruleId in rules}
              onSelect={onSelect}
              onFix={onFix}
            />
          ))}
          {problems.length < group.problems.length && (
            <li>
              <button type="button" className="link-button problem-group__more" onClick={() => setAll(true)}>
                Show all {group.problems.length}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
});

interface ProblemItemProps {
  problem: Problem;
  grouping: 'rule' | 'table';
  active: boolean;
  /** The rule has a documentation page. */
  documented: boolean;
  onSelect: (problem: Problem) => void;
  onFix?: (problem: Problem) => void;
}

const ProblemItem = memo(function ProblemItem({ problem, grouping, active, documented, onSelect, onFix }: ProblemItemProps) {
  const context = grouping === 'rule' || problem.ruleId === 'syntax' ? problem.where : problem.ruleId;
  return (
    <li className={`problem problem--${problem.severity}${active ? ' is-active' : ''}`}>
      <button
        type="button"
        className="problem__row"
        aria-expanded={active}
        data-testid="problem"
        data-rule={problem.ruleId}
        data-line={problem.line}
        onClick={() => onSelect(problem)}
      >
        <SeverityIcon severity={problem.severity} />
        <span className="problem__message">{problem.message}</span>
        <span className="problem__meta">
          <span className="problem__context">{context}</span>
          {problem.line > 0 && (
            <span className="problem__position">
              {problem.line}:{problem.column}
            </span>
          )}
        </span>
      </button>
      {active && (
        <div className="problem__details">
          {problem.help && <p className="problem__help">{problem.help}</p>}
          {problem.fix && (
            <p className="problem__fix">
              <span className="problem__fix-label">Fix</span> {problem.fix}
              {onFix && problem.fixData && (
                <button type="button" className="button button--small button--primary problem__apply-fix" data-testid="apply-fix" onClick={() => onFix(problem)}>
                  {problem.fixData.kind === 'pattern' ? 'Turn on pattern' : 'Apply fix'}
                </button>
              )}
            </p>
          )}
          {documented && <RuleDocs ruleId={problem.ruleId} />}
        </div>
      )}
    </li>
  );
});

