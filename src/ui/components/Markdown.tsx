import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '../lib/markdown';

interface MarkdownProps {
  source: string;
  /** Drops the page's first `# title` (the panel shows its own). */
  skipTitle?: boolean;
  /** Links to another rule page (`other-rule.md`) call this instead of navigating. */
  onRuleLink?: (ruleId: string) => void;
}

const RULE_LINK = /^(?:\.\/)?([a-z0-9-]+)\.md$/;

/** A rule documentation page rendered as React elements. */
export const Markdown = memo(function Markdown({ source, skipTitle, onRuleLink }: MarkdownProps) {
  const blocks = useMemo(() => {
    const parsed = parseMarkdown(source);
    return skipTitle && parsed[0]?.kind === 'heading' && parsed[0].level === 1 ? parsed.slice(1) : parsed;
  }, [source, skipTitle]);
  const inline = (nodes: Inline[]): ReactNode =>
    nodes.map((node, index) => {
      switch (node.kind) {
        case 'text':
          return <Fragment key={index}>{node.text}</Fragment>;
        case 'code':
          return <code key={index}>{node.text}</code>;
        case 'strong':
          return <strong key={index}>{inline(node.children)}</strong>;
        case 'em':
          return <em key={index}>{inline(node.children)}</em>;
        case 'link': {
          const rule = RULE_LINK.exec(node.href);
          if (rule && onRuleLink) {
            return (
              <button key={index} type="button" className="link-button" onClick={() => onRuleLink(rule[1]!)}>
                {inline(node.children)}
              </button>
            );
          }
          if (/^https?:\/\//.test(node.href)) {
            return (
              <a key={index} href={node.href} target="_blank" rel="noreferrer noopener">
                {inline(node.children)}
              </a>
            );
          }
          return <Fragment key={index}>{inline(node.children)}</Fragment>;
        }
      }
    });
  const block = (node: Block, index: number): ReactNode => {
    switch (node.kind) {
      case 'heading': {
        // Page headings sit under the panel's own: `#` becomes h4, `##` h5, deeper h6.
        const Tag = (['h4', 'h5', 'h6'] as const)[Math.min(node.level, 3) - 1]!;
        return <Tag key={index}>{inline(node.children)}</Tag>;
      }
      case 'paragraph':
        return <p key={index}>{inline(node.children)}</p>;
      case 'code':
        return (
          <pre key={index} data-lang={node.lang || undefined}>
            <code>{node.text}</code>
          </pre>
        );
      case 'list': {
        const Tag = node.ordered ? 'ol' : 'ul';
        return (
          <Tag key={index}>
            {node.items.map((item, i) => (
              <li key={i}>{inline(item)}</li>
            ))}
          </Tag>
        );
      }
      case 'table':
        return (
          <table key={index}>
            <thead>
              <tr>
                {node.header.map((cell, i) => (
                  <th key={i}>{inline(cell)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {node.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{inline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
    }
  };
  return <div className="markdown">{blocks.map(block)}</div>;
});
