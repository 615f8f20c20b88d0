#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find:
# types, unit and formula tests (jest, incl. LibreOffice), the extraction speed budget, a dev build + browser tests,
# the production build checks.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"
npx tsc --noEmit -p tsconfig.json
echo "== command line build (dist-cli, started by bin/chi-tieu.js without compiling)"
npm run -s build:cli
echo "== unit, formula and integration tests (jest; line coverage of src/excel and excel-host.ts must stay >= 90%)"
npx jest --ci --coverage
echo "== extraction throughput budget (bench/extract.bench.js: >= 1.15 MB/s on the better of CPU and wall time, scaled to the reference machine by bench/machine-speed.js, each megabyte, promise 1 MB/s)"
node --expose-gc bench/extract.bench.js --assert
echo "== end-to-end tests in Chromium"
npm run -s test:e2e
echo "== cold-start load budget (bench/load.js: the pane's cold median within 2x a page holding only office.js)"
BENCH_LOAD_WARM=0 node bench/load.js
