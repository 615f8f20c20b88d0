/**
 * Tests that need an outside program (LibreOffice, xmllint, …) fail loudly when it is missing:
 * a missing tool is a broken set-up, not a reason to pass green. A caller who cannot have the tool
 * opts out by name (SKIP_LIBREOFFICE=1, …); the skip is then printed with what it leaves untested.
 */

export interface RequiredTool {
  /** For messages: "LibreOffice (soffice)". */
  name: string;
  /** The environment variable that opts out: set to 1 it skips the tests that need the tool. */
  optOut: string;
  /** How to get the tool. */
  install: string;
  available(env: NodeJS.ProcessEnv): boolean;
}

export type ToolDecision = { kind: "run" } | { kind: "fail"; message: string } | { kind: "skip"; message: string };

export function toolDecision(tool: RequiredTool, env: NodeJS.ProcessEnv = process.env): ToolDecision {
  if (env[tool.optOut] === "1") {
    return { kind: "skip", message: `SKIPPED (${tool.optOut}=1): the tests that need ${tool.name}.` };
  }
  if (tool.available(env)) return { kind: "run" };
  return {
    kind: "fail",
    message:
      `${tool.name} not found: these tests need it. Install it (${tool.install}), ` +
      `or skip them explicitly with ${tool.optOut}=1.`,
  };
}

/**
 * `describe(name, fn)` when the tool is there. When it is missing, one failing test whose error says
 * why (fn's hooks never run); with the opt-out set, describe.skip and a printed line naming the block.
 */
export function describeNeeding(tool: RequiredTool, name: string, fn: () => void, env: NodeJS.ProcessEnv = process.env): void {
  const decision = toolDecision(tool, env);
  if (decision.kind === "run") {
    describe(name, fn);
  } else if (decision.kind === "skip") {
    // Written straight to stderr: jest drops console output of a file whose tests are all skipped.
    process.stderr.write(`${decision.message} Skipped: "${name}".\n`);
    describe.skip(`${name} [skipped: ${tool.optOut}=1]`, fn);
  } else {
    describe(name, () => {
      it(`needs ${tool.name}`, () => {
        throw new Error(decision.message);
      });
    });
  }
}
