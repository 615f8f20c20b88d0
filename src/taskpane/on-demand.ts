/**
 * Code the pane loads on demand: a component in a chunk of its own, rendered through React.lazy (so inside a
 * <Suspense>), and fetched ahead of need after the first paint.
 */
import { lazy, type ComponentType } from "react";

export interface OnDemand<P> {
  /** The component to render now: a lazy one, which suspends until its chunk has arrived. */
  component(): ComponentType<P>;
  /** Fetches the chunk ahead of need; never rejects (a failed fetch is tried again when the component renders). */
  prefetch(): Promise<void>;
}

/**
 * React.lazy remembers a failed load for good, so after a failure (a pane gone offline) the next render gets a fresh
 * lazy component and the chunk is requested again.
 */
export function onDemand<P>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  let component: ComponentType<P> | undefined;
  const fetchOnce = () =>
    (pending ??= load().then(
      (c) => ({ default: c }),
      (e: unknown) => {
        pending = undefined;
        component = undefined;
        throw e;
      },
    ));
  return {
    component: () => (component ??= lazy(fetchOnce)),
    prefetch: () =>
      fetchOnce().then(
        () => undefined,
        () => undefined,
      ),
  };
}

/** Code already in the bundle, behind the same interface. */
export function inBundle<P>(component: ComponentType<P>): OnDemand<P> {
  return { component: () => component, prefetch: () => Promise.resolve() };
}
