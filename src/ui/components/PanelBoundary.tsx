import { Component, type ReactNode } from 'react';
import { execute } from '../commands/execute';
import { panelFailed, panelRecovered } from '../document/session-store';
import './panel-boundary.css';

interface Props {
  /** Which panel: `canvas`, `editor`, `sidebar`, `migration` (also its test id: `panel-error-<name>`). */
  name: string;
  /** In the message: "The canvas could not show this document". */
  label: string;
  children: ReactNode;
}

interface State {
  error?: Error;
  /** Bumped by "Reload this panel": the panel is mounted afresh. */
  generation: number;
}

declare global {
  interface Window {
    /** Lets the end-to-end tests make a panel fail to render (e2e/document-safety.spec.ts). */
    __schemawiseFailPanel?: string;
  }
}

function Tripwire({ panel }: { panel: string }) {
  if (typeof window !== 'undefined' && window.__schemawiseFailPanel === panel) throw new Error(`${panel} failed (simulated by a test)`);
  return null;
}

/**
 * A panel that fails to render shows why and offers to reload itself (or to undo the change that
 * broke it), and the rest of the app keeps working. While a panel is broken nothing is autosaved
 * (session.ts), so the document that broke it does not replace the last one that worked.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(): void {
    panelFailed(this.props.name);
  }

  override componentDidUpdate(_props: Props, previous: State): void {
    if (previous.error && !this.state.error) panelRecovered(this.props.name);
  }

  override componentWillUnmount(): void {
    panelRecovered(this.props.name);
  }

  private reload = () => this.setState((s) => ({ error: undefined, generation: s.generation + 1 }));

  override render() {
    const { error, generation } = this.state;
    if (error) {
      return (
        <section className="panel-error" role="alert" data-testid={`panel-error-${this.props.name}`}>
          <p className="panel-error__title">{this.props.label} could not show this document.</p>
          <p className="panel-error__detail">{error.message}</p>
          <p className="panel-error__detail">The other panels still work; nothing is autosaved until this panel shows again.</p>
          <div className="panel-error__actions">
            <button type="button" className="button button--small button--primary" onClick={this.reload} data-testid="panel-reload">
              Reload this panel
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                execute('undo');
                this.reload();
              }}
            >
              Undo the last change
            </button>
          </div>
        </section>
      );
    }
    return (
      <PanelContent key={generation} name={this.props.name}>
        {this.props.children}
      </PanelContent>
    );
  }
}

function PanelContent({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <Tripwire panel={name} />
      {children}
    </>
  );
}
