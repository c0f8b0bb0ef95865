#!/usr/bin/env bash
# CommonMark / GFM conformance of the Markdown reader: runs ../shared/bench/commonmark/md_commonmark.py, which
# reads every spec example with `caveat dump` and compares the blocks (texts, kinds, leaked markup, lost text)
# with the spec's own HTML, then prints the share of examples that agree on every check.
#
#   Benchmarks/commonmark-conformance.sh [CAVEAT_BINARY]     (default: a release build of caveat)
#
# Needs python3 with venv; the checker's packages go into a virtual environment under ${CM_VENV:-/tmp/caveat-cm}.
set -euo pipefail
cd "$(dirname "$0")/.."
bench="../shared/bench/commonmark"
[ -f "$bench/md_commonmark.py" ] || { echo "no checker at $bench" >&2; exit 2; }

if [ $# -ge 1 ]; then
    caveat="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    swift build -c release --product caveat >/dev/null
    caveat="$(swift build -c release --show-bin-path)/caveat"
fi

venv="${CM_VENV:-/tmp/caveat-cm}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q cmarkgfm markdown-it-py mdit-py-plugins beautifulsoup4 html5lib
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "## CommonMark 0.31.2 (spec.txt)"
"$venv/bin/python" "$bench/md_commonmark.py" "$caveat" --out "$out"
echo
echo "## GFM extensions (gfm-spec.txt, tagged examples)"
"$venv/bin/python" "$bench/md_commonmark.py" "$caveat" "$bench/gfm-spec.txt" --gfm --out "$out"
echo
for prefix in md gfm; do
    "$venv/bin/python" - "$out/${prefix}_summary.json" "$prefix" <<'PY'
import json, sys
total = json.load(open(sys.argv[1]))["total"]
name = "CommonMark" if sys.argv[2] == "md" else "GFM extensions"
print("%s: %d of %d examples agree on all checks (%.1f %%)" % (name, total["all"], total["n"], 100.0 * total["all"] / total["n"]))
PY
done
