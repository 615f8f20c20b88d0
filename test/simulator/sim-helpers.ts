/** Helpers for the simulator's conformance tests: a simulator per test and its Excel.run, typed. */
import { createSimulator, type HostProfileName, type Simulator } from "../../src/simulator";

export interface SimRun {
  sim: Simulator;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function simulator(profile: HostProfileName = "web", locale: "vi-VN" | "en-US" = "vi-VN", sheets?: string[]): SimRun {
  const sim = createSimulator({ profile, locale, ...(sheets ? { sheets } : {}) });
  const excel = sim.Excel as typeof Excel;
  return { sim, run: (batch) => excel.run(batch) };
}

/** The error an Excel.run rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { code: string; errorLocation?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; debugInfo: { code: string; errorLocation?: string } };
  }
  throw new Error("expected the batch to fail");
}
