#!/usr/bin/env bash
# Measures bilingual-file handling in a release build: `bitext convert` TMX → XLIFF 2.1 and
# `bitext check` (without and with the bundled glossary) on TMX memories of 10,000, 100,000
# and 1,000,000 units made of the bundled transcript's aligned sentences
# (Scripts/generate-benchmark-tmx.py), under GNU time:
# wall time, user CPU time (what to compare on a loaded machine) and peak resident memory.
# Usage: Scripts/benchmark-formats.sh [unit counts…]   (default: 10000 100000 1000000)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 100000 1000000)

"$root/Scripts/install-dependencies" time
echo "== release build"
swift build -c release --product bitext --package-path "$root" >/dev/null
bitext="$(swift build -c release --show-bin-path --package-path "$root")/bitext"

echo "== transcript pairs (bitext audit of Examples/lex-459)"
"$bitext" audit "$root/Examples/lex-459/en.md" "$root/Examples/lex-459/zh.md" -o "$work/audit" >/dev/null

# Runs a command under GNU time (exit 1, findings, counts as success); prints a table row.
measure() {
    local label="$1"; shift
    local status=0
    /usr/bin/time -f "%e %U %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
    if [ "$status" -gt 1 ]; then cat "$work/stderr" >&2; exit "$status"; fi
    read -r seconds user kilobytes < <(tail -n 1 "$work/time")
    awk -v label="$label" -v s="$seconds" -v u="$user" -v kb="$kilobytes" \
        'BEGIN { printf "| %-26s | %8.2f s | %8.2f s | %8.1f MB |\n", label, s, u, kb / 1024 }'
}

echo "| run                        |  wall time |   user CPU |  peak RSS   |"
echo "|----------------------------|-----------:|-----------:|------------:|"
for count in "${counts[@]}"; do
    python3 "$root/Scripts/generate-benchmark-tmx.py" "$work/audit/alignment.tmx" "$count" "$work/$count.tmx"
    measure "convert $count TMX → XLIFF" "$bitext" convert "$work/$count.tmx" "$work/$count.xlf"
    measure "check $count TMX" "$bitext" check "$work/$count.tmx" --format json
    measure "check $count TMX, glossary" "$bitext" check "$work/$count.tmx" --format json \
        -g "$root/Glossaries/ai-semiconductor.csv"
    rm -f "$work/$count.tmx" "$work/$count.xlf"
done
