import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SomethingWentWrong } from './SomethingWentWrong';

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Catches an error in rendering anywhere below it, so a reader sees a page that says what happened
 * and how to go on, never a blank screen. React has no hook for this, hence the class.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the console to report it: what broke and where.
    console.error('The page could not be shown:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <SomethingWentWrong /> : this.props.children;
  }
}
