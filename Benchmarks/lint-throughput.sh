#!/usr/bin/env bash
# Full `caveat lint` throughput and peak memory, beside `xmllint --html --noout` over the same files in the
# same run, plus the cost of 1,000 extra phrase rules and how peak memory changes with the number of files.
#
#   Benchmarks/lint-throughput.sh [CORPUS_DIR]      (default: ../shared/corpus/perf-html)
#
# Release build; needs xmllint (Debian libxml2-utils) and GNU time (Debian time).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/perf-html}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "xmllint missing: apt-get install -y libxml2-utils" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }

swift build -c release --product caveat >/dev/null
caveat=.build/release/caveat
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

find "$corpus" -type f \( -name '*.html' -o -name '*.htm' \) | sort > "$work/files"
files=$(wc -l < "$work/files")
bytes=$(xargs -d '\n' cat < "$work/files" | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus: $files HTML files, $mb MB ($corpus); $(nproc) cores"

# measure NAME COMMAND...: wall seconds and peak RSS (KiB) of the command and its children.
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    read -r seconds rss < <(tail -n 1 "$work/time")
    awk -v n="$name" -v s="$seconds" -v r="$rss" -v b="$bytes" \
        'BEGIN { printf "%-34s %7.2f s  %7.1f MB/s  peak RSS %6.1f MB\n", n, s, b / 1e6 / s, r / 1024 }'
    echo "$seconds" > "$work/last"
}

measure "xmllint --html --noout" xargs -d '\n' -a "$work/files" xmllint --html --noout
xml=$(cat "$work/last")
measure "caveat lint (built-in rules)" "$caveat" lint --no-config --fail-on never --format json "$corpus"
builtin=$(cat "$work/last")

# 1,000 extra phrase rules: three-word phrases that are plausible text, each rule with its examples.
python3 - "$work/extra" <<'PY'
import json, os, random, sys
random.seed(7)
words = ("dose tablet doctor sleep anxiety taper withdrawal clinic relief morning evening daily weekly "
         "support recovery program detox symptom craving relapse therapy calm rest heart blood pressure "
         "liver kidney stomach pain relief natural herbal remedy quick easy safe").split()
os.makedirs(sys.argv[1], exist_ok=True)
rules = []
for i in range(1000):
    phrase = " ".join(random.sample(words, 3))
    rules.append({"id": f"extra-{i:04d}", "title": f"Extra phrase {i}", "kind": "match", "severity": "info",
                  "category": "benchmark", "message": "Extra phrase '{match}'.", "rationale": "Benchmark rule.",
                  "match": {"phrases": [phrase, phrase + " now"]},
                  "examples": {"flag": [f"Say [[{phrase}]] here."], "pass": ["Nothing to see."]}})
json.dump({"caveat": 1, "rules": rules}, open(os.path.join(sys.argv[1], "extra.json"), "w"))
PY
measure "caveat lint (+1,000 phrase rules)" "$caveat" lint --no-config --fail-on never --format json \
    --rules "$work/extra" "$corpus"
extra=$(cat "$work/last")

awk -v x="$xml" -v c="$builtin" -v e="$extra" 'BEGIN {
    printf "lint throughput vs xmllint: %.2fx (target >= 1.0x)\n", x / c
    printf "1,000 extra phrase rules cost: %.2fx the built-in set (target <= 1.2x)\n", e / c }'

# Peak RSS must not grow with the number of files: a quarter of the corpus vs all of it.
head -n $((files / 4)) "$work/files" > "$work/quarter"
for set in quarter files; do
    /usr/bin/time -f "%M" -o "$work/rss" xargs -d '\n' -a "$work/$set" "$caveat" lint --no-config --fail-on never \
        --format json >/dev/null 2>&1 || true
    echo "peak RSS, $(wc -l < "$work/$set") files: $(tail -n 1 "$work/rss" | awk '{ printf "%.1f MB", $1 / 1024 }')"
done
