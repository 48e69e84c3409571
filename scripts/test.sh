#!/usr/bin/env bash
# `npm test`: every check CI runs, in order of cost. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "forge fmt --check"
forge fmt --check

step "solhint"
solhint --config .solhint.json 'contracts/**/*.sol'

step "tsc --noEmit"
tsc --noEmit

step "generated types are fresh"
tsx reconciler/scripts/gen-types.ts --check

step "forge test (profile ci)"
FOUNDRY_PROFILE=ci forge test --summary --json > out/forge-test.json || { FOUNDRY_PROFILE=ci forge test; exit 1; }
sol=$(node scripts/count-forge.mjs out/forge-test.json)

step "vitest run"
vitest run --reporter=default --reporter=json --outputFile=out/vitest.json
ts=$(node -e 'const r=require("./out/vitest.json");console.log(r.numPassedTests+" "+r.numFailedTests)')

read -r sp sf <<<"$sol"
read -r tp tf <<<"$ts"
printf '\nsolidity: %s passed, %s failed; typescript: %s passed, %s failed\n' "$sp" "$sf" "$tp" "$tf"
printf '%s passed, %s failed\n' "$((sp + tp))" "$((sf + tf))"
