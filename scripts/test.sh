#!/usr/bin/env bash
# `npm test`: every check CI runs, in order of cost. Stops at the first failure.
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true
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
mkdir -p out
FOUNDRY_PROFILE=ci forge test 2>&1 | tee out/forge-test.log
# forge's last line: "Ran N test suites in …: X tests passed, Y failed, Z skipped (T total tests)"
sol=$(sed -nE 's/.*: ([0-9]+) tests passed, ([0-9]+) failed.*/\1 \2/p' out/forge-test.log | tail -n 1)
[[ -n $sol ]] || { echo "could not read forge's summary line" >&2; exit 1; }

step "generated ABIs are fresh"
tsx reconciler/scripts/gen-abi.ts --check

step "vitest run"
vitest run --reporter=default --reporter=json --outputFile=out/vitest.json
ts=$(node -e 'const r=require("./out/vitest.json");console.log(r.numPassedTests+" "+r.numFailedTests)')

read -r sp sf <<<"$sol"
read -r tp tf <<<"$ts"
printf '\nsolidity: %s passed, %s failed; typescript: %s passed, %s failed\n' "$sp" "$sf" "$tp" "$tf"
printf '%s passed, %s failed\n' "$((sp + tp))" "$((sf + tf))"
