#!/usr/bin/env bash
# WARC throughput: builds .warc.gz archives (one gzip member per record, with warcio) from the pages of a corpus,
# measures one `caveat lint --format jsonl` process over them (documents/s, MB/s of HTML payload and of compressed
# archive, peak RSS) with 1 job and with every core, then the Spark job in local[1] and local[2] on the same files.
#
#   Benchmarks/warc-throughput.sh [CORPUS_DIR] [ARCHIVES]     (default: ../shared/corpus/perf-html, 8)
#
# Release build; needs GNU time (Debian `time`), Python with warcio and pyspark, and Java for Spark.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/perf-html}
archives=${2:-8}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product caveat >/dev/null
caveat=$PWD/.build/release/caveat
python3 integrations/spark/make_warcs.py --pages "$corpus" --out "$work/warcs" --files "$archives" \
    --repeat "${REPEAT:-1}" > "$work/made"
payload=$(python3 -c "
import sys; sys.path.insert(0, 'integrations/spark'); import make_warcs, os
print(sum(os.path.getsize(p) for _, _, p in make_warcs.pages_under('$corpus')) * ${REPEAT:-1})")
compressed=$(cat "$work"/warcs/*.warc.gz | wc -c)
echo "$(cat "$work/made"); HTML payload $(awk -v b="$payload" 'BEGIN { printf "%.1f", b / 1e6 }') MB," \
     "archives $(awk -v b="$compressed" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $(nproc) cores"

# measure NAME COMMAND...: wall seconds, documents/s, MB/s and peak RSS (KiB) of the command and its children.
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/stderr" || true
    read -r seconds rss user sys < <(tail -n 1 "$work/time")
    docs=$(python3 -c "
import json, sys
lines = open('$work/out').read().splitlines()
summary = [json.loads(l) for l in lines if l.startswith('{') and '\"type\":\"summary\"' in l]
totals = json.load(open('$work/spark/totals.json')) if '$name'.startswith('spark') else None
print(totals['documents'] if totals else summary[-1]['totals']['files'])")
    awk -v n="$name" -v s="$seconds" -v r="$rss" -v d="$docs" -v p="$payload" -v c="$compressed" -v u="$user" -v y="$sys" \
        'BEGIN { printf "%-30s %7.1f s  %6d docs  %7.1f docs/s  %6.2f MB/s HTML  %6.2f MB/s gz  cpu %6.1f s  RSS %6.1f MB\n",
                 n, s, d, d / s, p / 1e6 / s, c / 1e6 / s, u + y, r / 1024 }'
}

measure "caveat lint --jobs 1" "$caveat" lint --no-config --fail-on never --jobs 1 --format jsonl "$work"/warcs/*.warc.gz
measure "caveat lint --jobs $(nproc)" "$caveat" lint --no-config --fail-on never --format jsonl "$work"/warcs/*.warc.gz
ls "$work"/warcs/*.warc.gz > "$work/paths.txt"
for master in "local[1]" "local[2]"; do
    rm -rf "$work/spark"
    measure "spark $master (caveat --jobs 1)" python3 integrations/spark/caveat_spark.py --master "$master" \
        --caveat "$caveat" --caveat-arg=--jobs=1 --output "$work/spark" "$work/paths.txt"
done
