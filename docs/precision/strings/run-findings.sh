#!/usr/bin/env bash
# The findings judged in this directory: `bitext check` on every real software-string file of
# ../shared/corpus/strings and ../shared/corpus/hant/strings (Bolt's key catalogue joined with
# its English catalogue), merged into one JSON for `judge-sample draw`.
# Usage: docs/precision/strings/run-findings.sh BITEXT OUT.json [FILES…]
set -euo pipefail
bitext="$1"; out="$2"; shift 2
shared="$(cd "$(dirname "$0")/../../.." && pwd)/../shared/corpus"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    files=("$shared"/strings/*.xl* "$shared"/strings/*.po "$shared"/hant/strings/*)
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
n=0
for file in "${files[@]}"; do
    case "$file" in *.en.xlf) continue ;; esac
    extra=()
    case "$file" in *bolt-messages.zh_CN.xlf) extra=(--source-catalogue "$shared/strings/bolt-messages.en.xlf") ;; esac
    n=$((n + 1))
    "$bitext" check "$file" "${extra[@]}" --format json --fail-on never > "$work/$n.json" 2>/dev/null
done
python3 - "$out" "$work"/*.json <<'PY'
import json, sys
findings = []
for path in sys.argv[2:]:
    findings += json.load(open(path))["findings"]
json.dump({"findings": findings}, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(findings), "findings")
PY
