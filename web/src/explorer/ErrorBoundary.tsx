/**
 * One per view (and one around the details): a failure inside shows what went wrong and a retry, while the header,
 * the tabs and the other panels stay usable. React has no hook for this; a class component is the documented way.
 */
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message ("the network view"). */
  what: string;
  retryLabel?: string;
  /** Changing it (e.g. the route) clears a caught error: a new state deserves a new try. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  tries: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, tries: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the page itself shows a short message.
    console.warn(`[explorer] ${this.props.what} failed: ${error.message}`, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error, tries } = this.state;
    if (!error) return <Fragment key={tries}>{this.props.children}</Fragment>;
    return (
      <div className="view-error" role="alert" data-testid="view-error">
        <p>
          <strong>{this.props.what}</strong>: {error.message}
        </p>
        <button onClick={() => this.setState((s) => ({ error: null, tries: s.tries + 1 }))}>{this.props.retryLabel ?? 'Retry'}</button>
      </div>
    );
  }
}
