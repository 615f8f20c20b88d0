#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find:
# types, unit and formula tests (jest, incl. LibreOffice), a dev build + browser tests, the production build checks.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"
npx tsc --noEmit -p tsconfig.json
echo "== command line build (dist-cli, started by bin/chi-tieu.js without compiling)"
npm run -s build:cli
echo "== unit, formula and integration tests (jest)"
npx jest --ci
echo "== end-to-end tests in Chromium"
npm run -s test:e2e
