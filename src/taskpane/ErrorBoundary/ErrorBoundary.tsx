import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Texts } from '../../i18n/catalog';
import { errorText } from '../../i18n/errorText';

export interface ErrorBoundaryProps {
  /** Bound by the pane's edge (a class component cannot use the `useText` hook). */
  readonly texts: Texts;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error?: unknown;
  /** Bumped by "try again" so the pane remounts from scratch. */
  readonly attempt: number;
}

/** A render error anywhere in the pane becomes a MessageBar with a way back, never a blank pane. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for support; the user sees the MessageBar.
    console.error('Klantwaarde task pane error', error, info.componentStack);
  }

  private readonly retry = () => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));

  render(): ReactNode {
    const { texts, children } = this.props;
    if (this.state.error === undefined) return <div key={this.state.attempt}>{children}</div>;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{texts.t('ui.error.crashTitle')}</MessageBarTitle>
          {errorText(texts, this.state.error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>{texts.t('ui.error.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
