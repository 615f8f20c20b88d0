/**
 * The insert tab's engine (insert-engine.ts: the template catalog and builders, and the views that need them), loaded
 * on demand: the tab asks for it when it mounts, so the pane paints without it and its pickers fill in when it
 * arrives, as they do with the dataset index fetched at the same moment.
 */
import { useEffect, useState } from "react";

export type InsertEngine = typeof import("./insert-engine");

let loaded: InsertEngine | undefined;
let pending: Promise<InsertEngine> | undefined;

function loadInsertEngine(): Promise<InsertEngine> {
  return (pending ??= import(/* webpackChunkName: "insert-engine" */ "./insert-engine").then(
    (engine) => (loaded = engine),
    (e: unknown) => {
      pending = undefined; // tried again on the next mount
      throw e;
    },
  ));
}

/** The engine, or null until it has arrived; a failed load goes to onError (the section's status line). */
export function useInsertEngine(onError: (e: unknown) => void): InsertEngine | null {
  const [engine, setEngine] = useState<InsertEngine | null>(loaded ?? null);
  useEffect(() => {
    if (engine) return;
    let live = true;
    loadInsertEngine().then(
      (e) => live && setEngine(e),
      (e: unknown) => live && onError(e),
    );
    return () => {
      live = false;
    };
  }, [engine, onError]);
  return engine;
}
