#!/usr/bin/env bash
# Checks that a caveat built with `--static-swift-stdlib` runs on a machine without a Swift toolchain:
# the binary is copied to an empty folder and run with the toolchain's folder hidden under a tmpfs
# (a private mount namespace from `unshare`). Skips, with a message, where unshare is not permitted.
#
# usage: Tests/Integration/relocatable.sh PATH/TO/caveat
set -euo pipefail
binary=${1:?usage: relocatable.sh PATH/TO/caveat}
here=$(cd "$(dirname "$0")/../.." && pwd)
toolchain=$(dirname "$(dirname "$(dirname "$(command -v swiftc)")")")   # /opt/swift for /opt/swift/usr/bin/swiftc

if ldd "$binary" | grep -q 'libswiftCore\|libFoundation'; then
    echo "relocatable: FAIL: $binary links the Swift runtime dynamically:" >&2
    ldd "$binary" | grep 'swift\|Foundation' >&2
    exit 1
fi
if ! unshare --mount --map-root-user true 2>/dev/null; then
    echo "relocatable: skipped: unshare --mount is not permitted here"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$binary" "$work/caveat"
cp "$here/Fixtures/sample-article.html" "$work/article.html"

# Inside the namespace the toolchain folder is an empty tmpfs; caveat must still lint (exit 1: findings).
set +e
unshare --mount --map-root-user bash -c '
    set -e
    mount -t tmpfs none "$1"
    if command -v swiftc >/dev/null 2>&1 && swiftc --version >/dev/null 2>&1; then echo "toolchain still visible" >&2; exit 3; fi
    cd "$2"
    ./caveat lint --format json article.html > out.json
' _ "$toolchain" "$work"
code=$?
set -e
if [[ $code -ne 1 ]]; then
    echo "relocatable: FAIL: caveat exited $code with the toolchain hidden (expected 1: findings)" >&2
    exit 1
fi
python3 - "$work/out.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rules = sorted({f["rule"] for file in report["files"] for f in file["findings"]})
assert "promotional-contact" in rules, rules
print("relocatable: ok: %d rules fired with the toolchain hidden: %s" % (len(rules), ", ".join(rules)))
PY
