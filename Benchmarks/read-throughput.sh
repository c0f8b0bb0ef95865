#!/usr/bin/env bash
# Read throughput: caveat's decode + HTML reader + assembler against `xmllint --html --noout` (libxml2's own
# parser, no extraction) over the same pages, with wall-clock MB/s and peak RSS for both.
#
#   Benchmarks/read-throughput.sh [CORPUS_DIR]      (default: ../shared/corpus/perf-html)
#
# Needs xmllint (Debian: apt-get install libxml2-utils) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/perf-html}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "xmllint missing: apt-get install libxml2-utils" >&2; exit 2; }

swift build -c release --product caveat-bench >/dev/null
bench="$(swift build -c release --show-bin-path)/caveat-bench"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
find "$corpus" -type f \( -name '*.html' -o -name '*.htm' \) | sort > "$work/files"
count=$(wc -l < "$work/files")
bytes=$(xargs -a "$work/files" -d '\n' cat | wc -c)

# Warm the page cache so neither run pays for the disk.
xargs -a "$work/files" -d '\n' cat > /dev/null

seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
cpu_seconds() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

/usr/bin/time -v -o "$work/caveat.time" "$bench" read $(cat "$work/files") > "$work/caveat.out"
/usr/bin/time -v -o "$work/xmllint.time" xmllint --html --noout --nonet $(cat "$work/files") 2> /dev/null || true

caveat_s=$(seconds "$work/caveat.time")
xmllint_s=$(seconds "$work/xmllint.time")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
caveat_rate=$(awk -v b="$bytes" -v s="$caveat_s" 'BEGIN { printf "%.1f", b / 1e6 / s }')
xmllint_rate=$(awk -v b="$bytes" -v s="$xmllint_s" 'BEGIN { printf "%.1f", b / 1e6 / s }')
ratio=$(awk -v a="$caveat_rate" -v b="$xmllint_rate" 'BEGIN { printf "%.0f", 100 * a / b }')
# CPU time as well: on a shared machine wall-clock time also measures the neighbours.
caveat_cpu=$(cpu_seconds "$work/caveat.time")
xmllint_cpu=$(cpu_seconds "$work/xmllint.time")
caveat_cpu_rate=$(awk -v b="$bytes" -v s="$caveat_cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')
xmllint_cpu_rate=$(awk -v b="$bytes" -v s="$xmllint_cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')
cpu_ratio=$(awk -v a="$caveat_cpu_rate" -v b="$xmllint_cpu_rate" 'BEGIN { printf "%.0f", 100 * a / b }')

echo "corpus:  $count files, $mb MB ($corpus)"
sed 's/^/caveat:  /' "$work/caveat.out"
echo "caveat:  wall ${caveat_s} s = ${caveat_rate} MB/s, cpu ${caveat_cpu} s = ${caveat_cpu_rate} MB/s, peak RSS $(rss_mb "$work/caveat.time") MB"
echo "xmllint: wall ${xmllint_s} s = ${xmllint_rate} MB/s, cpu ${xmllint_cpu} s = ${xmllint_cpu_rate} MB/s, peak RSS $(rss_mb "$work/xmllint.time") MB"
echo "ratio:   caveat reads at ${ratio}% of xmllint's throughput by wall clock, ${cpu_ratio}% by CPU time (target >= 50%)"
