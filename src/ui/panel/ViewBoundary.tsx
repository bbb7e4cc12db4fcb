import { Component, type ReactNode } from 'react';

/**
 * The panel's views that load on demand (an event's sources, an article): if one cannot be
 * shown (its code did not load: the connection dropped), the panel says so and the map and
 * the rest of the page stay, rather than React unmounting the whole page. Keyed by its view,
 * so the next event starts afresh.
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    return error ? <p className="error" role="alert">This view could not be shown: {error.message}. Reload the page to try again.</p> : this.props.children;
  }
}
