#!/bin/sh
# Rewrites testdata/pages/*.expected.{json,txt} from the current build.
# Review the diff (git diff testdata/) before committing: every change to
# an expected file is a change in behaviour.
#
#   tests/update_golden.sh [build/newsift]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
newsift=${1:-$root/build/newsift}
cd "$root/testdata/pages"
for page in *.html; do
  stem=${page%.html}
  # Same fixed day as tests/golden_test.cc.
  "$newsift" --now 2026-01-01 -f json "$page" > "$stem.expected.json"
  "$newsift" --now 2026-01-01 -f text "$page" > "$stem.expected.txt"
done
echo "updated $(ls *.html | wc -l) golden pages; review with: git diff testdata/"
