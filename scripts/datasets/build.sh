#!/usr/bin/env bash
# Compiles the dataset specs to a temporary folder and writes datasets/*.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
npx tsc --outDir "$out" --rootDir . --module node16 --moduleResolution node16 --target es2020 --strict \
  --noUncheckedIndexedAccess --esModuleInterop --skipLibCheck --types node --ignoreConfig scripts/datasets/build.ts
node "$out/scripts/datasets/build.js"
rm -rf "$out"
