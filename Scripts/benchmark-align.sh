#!/usr/bin/env bash
# Measures the aligner in a release build: quality on mac-dev (strict/lax P/R/F1), wall time
# and peak memory (GNU time) for mac-dev and for the Lex #459 transcript at 1x, 2x and 4x
# (the transcript concatenated with itself, to show linear growth).
# Usage: Scripts/benchmark-align.sh [shared-folder]   (default: ../shared beside the repository)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$root/../shared}"
corpus="$shared/corpus/mac-dev"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/Scripts/install-dependencies" time
[ -d "$corpus" ] || { echo "$corpus: no such folder" >&2; exit 2; }

echo "== release build"
swift build -c release --product bitext --package-path "$root" >/dev/null
bitext="$(swift build -c release --show-bin-path --package-path "$root")/bitext"

# Runs a command under GNU time; prints "<label>  <seconds> s  <peak MB> MB".
measure() {
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@"
    read -r seconds kilobytes < "$work/time"
    awk -v label="$label" -v s="$seconds" -v kb="$kilobytes" 'BEGIN { printf "%-28s %6.2f s  %6.1f MB\n", label, s, kb / 1024 }'
}

echo "== mac-dev: all six chapters in one run (Chinese source, as the gold)"
measure "mac-dev all chapters" "$bitext" align --presegmented --scores "$corpus/zh" "$corpus/en" -o "$work/test"
echo "== mac-dev quality, and how bead confidence separates right beads from wrong ones"
"$bitext" eval-align "$corpus/gold" "$work/test"

echo "== Lex #459 transcript (English source, Markdown, segmented by bitext)"
en="$root/Examples/lex-459/en.md"
zh="$root/Examples/lex-459/zh.md"
for times in 1 2 4; do
    : > "$work/en-$times.md"
    : > "$work/zh-$times.md"
    for _ in $(seq "$times"); do
        cat "$en" >> "$work/en-$times.md"; printf '\n' >> "$work/en-$times.md"
        cat "$zh" >> "$work/zh-$times.md"; printf '\n' >> "$work/zh-$times.md"
    done
    measure "transcript ${times}x" "$bitext" align "$work/en-$times.md" "$work/zh-$times.md" -o "$work/lex-$times.align"
    echo "    $(wc -l < "$work/lex-$times.align") beads"
done
