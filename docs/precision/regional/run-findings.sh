#!/usr/bin/env bash
# The findings judged in this directory: `bitext check` on the real Traditional Chinese
# (zh-TW) files of ../shared/corpus/hant — the AI-translated Angular catalogue with mainland
# words, Mozilla's human-translated Focus strings, GNOME Clocks, and the Python docs PO files —
# keeping the `regional-vocabulary` findings, merged into one JSON for `judge-sample draw`.
# Usage: docs/precision/regional/run-findings.sh BITEXT OUT.json
set -euo pipefail
bitext="$1"; out="$2"
hant="$(cd "$(dirname "$0")/../../.." && pwd)/../shared/corpus/hant"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
n=0
while IFS= read -r file; do
    n=$((n + 1))
    "$bitext" check "$file" --format json --fail-on never > "$work/$n.json" 2>/dev/null
done < <(find "$hant/strings" "$hant/python-docs-zh-tw" -name '*.xl*' -o -name '*.po' | sort)
python3 - "$out" "$work"/*.json <<'PY'
import json, sys
findings = []
for path in sys.argv[2:]:
    findings += [f for f in json.load(open(path))["findings"] if f["check"] == "regional-vocabulary"]
json.dump({"findings": findings}, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(findings), "findings")
PY
