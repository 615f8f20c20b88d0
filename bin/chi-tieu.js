#!/usr/bin/env node
/**
 * The command line as a command (`npx chi-tieu …`, `npm run -s cli -- …`): starts the build in
 * dist-cli without compiling anything. A missing or stale build is refused with how to build it.
 */
const { ENTRY, cliBuildProblem } = require("./cli-build-state");

const problem = cliBuildProblem();
if (problem) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--lang");
  const lang = argv.includes("--lang=en") || (at >= 0 && argv[at + 1] === "en") ? "en" : "vi";
  process.stderr.write(`${problem[lang]}\n`);
  process.exitCode = 2;
} else {
  require(ENTRY).main();
}
