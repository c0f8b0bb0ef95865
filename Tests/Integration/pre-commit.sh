#!/usr/bin/env bash
# Runs this repository's .pre-commit-hooks.yaml with pre-commit (PyPI) on a temporary git repository:
# the `caveat-system` hook must fail on an article with a finding, name the rule, and pass on a clean one.
#
# usage: Tests/Integration/pre-commit.sh PATH/TO/caveat    (pre-commit must be installed)
set -euo pipefail
binary=${1:?usage: pre-commit.sh PATH/TO/caveat}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/site"
ln -s "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" "$work/bin/caveat"
export PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$work/cache"

cd "$work/site"
git init -q .
git config user.email ci@example.invalid
git config user.name ci
cat > clean.md <<'MD'
# Sleep hygiene

Keep a regular bedtime and a dark, quiet bedroom.
MD
cat > risky.md <<'MD'
# Our clinic

Call us today at (562) 555-0199 to book your detox.
MD
git add clean.md risky.md
git commit -qm articles

# try-repo reads the hook definitions from the caveat checkout as it is (uncommitted changes included).
set +e
pre-commit try-repo "$here" caveat-system --files risky.md > risky.log 2>&1
risky=$?
pre-commit try-repo "$here" caveat-system --files clean.md > clean.log 2>&1
clean=$?
set -e
if [[ $risky -ne 1 ]] || ! grep -q 'promotional-contact' risky.log; then
    echo "pre-commit: FAIL: the hook should fail on risky.md and name promotional-contact (exit $risky):" >&2
    cat risky.log >&2
    exit 1
fi
if [[ $clean -ne 0 ]]; then
    echo "pre-commit: FAIL: the hook should pass on clean.md (exit $clean):" >&2
    cat clean.log >&2
    exit 1
fi
echo "pre-commit: ok: caveat-system fails on a promotional phone number and passes a clean article"
