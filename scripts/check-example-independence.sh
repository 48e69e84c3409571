#!/usr/bin/env bash
# The example tree halos/ is what a GovOps team edits; the tests read reconciler/test/fixtures/ instead.
# This check proves it: it copies the repository (the working tree: tracked and new files, the built out/, cache/
# and dist/, node_modules linked) to a temporary directory, edits the copy's halos/ as a GovOps team would —
# adds a class (a second Portfolio class of agent acme) and changes a parameter of an existing class —
# checks that the edited tree is still valid, and runs the test suites that read halos/ before the split.
# They must all pass.
#
#   scripts/check-example-independence.sh [REPO] [-- SUITE...]
#
# REPO defaults to this script's repository; SUITE defaults to the list below. Exit 0 when every suite passes.
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true

repo="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -gt 0 && $1 != "--" ]]; then repo="$(cd "$1" && pwd)"; shift; fi
[[ ${1:-} == "--" ]] && shift
suites=("$@")
if [[ ${#suites[@]} -eq 0 ]]; then
  # every suite that read halos/ before reconciler/test/fixtures/scenario existed
  suites=(
    reconciler/test/load.test.ts
    reconciler/test/validation.test.ts
    reconciler/test/load-cache.test.ts
    reconciler/test/cli.test.ts
    reconciler/test/bin.test.ts
    reconciler/test/plan/factory.test.ts
    reconciler/test/plan/example-tree.test.ts
    reconciler/test/chain/example-tree.test.ts
    reconciler/test/e2e
    reconciler/test/demo
    reconciler/test/example.test.ts
  )
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/halo-example-check-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/repo"
mkdir -p "$copy"
(cd "$repo" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -p -t "$copy" 2>/dev/null) || {
  # files deleted in the working tree but still tracked: copy what exists
  (cd "$repo" && git ls-files -co --exclude-standard | while IFS= read -r f; do [[ -e $f ]] && cp --parents -p "$f" "$copy"; done)
}
for d in out cache dist; do [[ -d $repo/$d ]] && cp -a "$repo/$d" "$copy/$d"; done
ln -s "$(readlink -f "$repo/node_modules")" "$copy/node_modules"

halos="$copy/halos"
echo "== editing the copy's halos/ as a GovOps team would"
# 1. a class added: a second Portfolio class of agent acme (ids, names and symbols its own)
if ! grep -q '^class: acme-mmf$' "$halos/acme/mmf.yaml" 2>/dev/null; then
  echo "check-example-independence: halos/acme/mmf.yaml is not the shape this script edits; adapt the edit" >&2
  exit 1
fi
sed -e 's/acme-mmf/acme-mmf-2/g' -e 's/Acme MMF/Acme MMF 2/g' -e 's/acMMF-/acMMF2-/g' "$halos/acme/mmf.yaml" >"$halos/acme/mmf-2.yaml"
# 2. a parameter changed in an existing class: the first unit's capacity
sed -i -E '0,/capacity: [0-9_]+e18/s//capacity: 12_345_678e18/' "$halos/acme/mmf.yaml"
grep -q "capacity: 12_345_678e18" "$halos/acme/mmf.yaml"
(cd "$copy" && node_modules/.bin/tsx reconciler/cli/main.ts validate)
if cmp -s "$repo/halos/acme/mmf.yaml" "$halos/acme/mmf.yaml"; then
  echo "check-example-independence: the edit did not change halos/" >&2
  exit 1
fi

echo "== running the suites that read halos/ before, on the edited copy"
cd "$copy"
node_modules/.bin/vitest run "${suites[@]}"
echo "check-example-independence: every suite passes with an edited halos/"
