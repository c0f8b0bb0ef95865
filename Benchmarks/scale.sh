#!/usr/bin/env bash
# Streaming at scale: generates N small documents (folders of 1,000) and runs `caveat lint` over them in the
# text, jsonl and sarif formats (which stream) and json (which buffers), reporting wall time, documents/s and
# peak RSS, and each format's peak RSS as a multiple of its peak for the first (smallest) N.
#
#   Benchmarks/scale.sh [N...]        (default: 1000 100000 1000000)
#   FORMATS="text jsonl" Benchmarks/scale.sh 1000 100000
#   JOBS=2 WORK=/dev/shm/caveat-scale Benchmarks/scale.sh      (tmpfs keeps a million files off the disk)
#
# Release build; needs GNU time (Debian `time`). A million documents take a few minutes to write and, on 2
# cores, tens of minutes to lint per format.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }
counts=("$@")
((${#counts[@]})) || counts=(1000 100000 1000000)
formats=${FORMATS:-"text jsonl sarif json"}
jobs=${JOBS:-$(nproc)}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi

swift build -c release --product caveat >/dev/null
caveat=$PWD/.build/release/caveat

# make N: N documents of ~250 bytes under $work/docs-N/dNNNN/, a third of them with a dosing claim.
make_docs() {
    local n=$1 dir=$work/docs-$1
    [ -f "$dir/.complete" ] && return
    rm -rf "$dir"
    python3 - "$dir" "$n" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    folder = os.path.join(root, f"d{i // 1000:04d}")
    if i % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    if i % 3 == 0:
        text = (f"# Article {i}\n\nSome readers take {i % 9 + 1} mg three times a day and then stop.\n"
                "Talk to your doctor before changing any medicine.\n")
    else:
        text = (f"# Article {i}\n\nSleep matters. A regular bedtime, daylight in the morning and less caffeine "
                "after noon help most people rest better.\n")
    with open(os.path.join(folder, f"a{i:07d}.md"), "w") as out:
        out.write(text)
open(os.path.join(root, ".complete"), "w").close()
PY
}

echo "caveat lint over N small Markdown documents; $jobs jobs on $(nproc) cores; work folder $work"
printf '%-9s %-6s %9s %11s %13s %9s\n' N format seconds docs/s "peak RSS MB" "× first"
declare -A first
for n in "${counts[@]}"; do
    make_docs "$n"
    for format in $formats; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$caveat" lint --no-config --fail-on never --jobs "$jobs" \
            --format "$format" "$work/docs-$n" >/dev/null 2>"$work/stderr" || true
        read -r seconds rss < <(tail -n 1 "$work/time")
        [ -n "${first[$format]:-}" ] || first[$format]=$rss
        awk -v n="$n" -v f="$format" -v s="$seconds" -v r="$rss" -v b="${first[$format]}" 'BEGIN {
            printf "%-9d %-6s %9.1f %11.0f %13.1f %9.2f\n", n, f, s, n / (s > 0 ? s : 0.01), r / 1024, r / b }'
    done
done
