#!/usr/bin/env bash
# The findings judged in this directory: `wrong-sense` on the real content of ../shared —
# the bundled transcript (machine-translated, about AI), every software-string file (zh-CN and
# zh-TW; the machine-translated Sliver and rclone catalogues among human ones), the Python
# docs PO files, and the Markdown pairs of nodejs.org, tldr and the Istio docs — merged into
# one JSON for `judge-sample draw`. Other checks judged on the same content name themselves
# after OUT.json (`source-name-variants`, `partial-omission`); the transcript then also runs
# with the shipped glossary, which is what names its variants.
# Usage: docs/precision/senses/run-findings.sh BITEXT OUT.json [CHECK ...]
set -euo pipefail
bitext="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; out="$2"; shift 2
checks="${*:-wrong-sense}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
corpus="$root/../shared/corpus"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$bitext" check "$root/Examples/lex-459/en.md" "$root/Examples/lex-459/zh.md" --format json --fail-on never > "$work/transcript.json" 2>/dev/null
if [ "$checks" != wrong-sense ]; then
    "$bitext" check "$root/Examples/lex-459/en.md" "$root/Examples/lex-459/zh.md" -g "$root/Glossaries/ai-semiconductor.csv" \
        --format json --fail-on never > "$work/transcript.json" 2>/dev/null
fi
n=0
while IFS= read -r file; do
    n=$((n + 1))
    "$bitext" check "$file" --format json --fail-on never > "$work/file-$n.json" 2>/dev/null
done < <(find "$corpus/strings" "$corpus/hant/strings" "$corpus/hant/python-docs-zh-tw" -name '*.xl*' -o -name '*.po' | sort)
(cd "$corpus/docs-istio" && "$bitext" check --pairs 'en/**/*.md:zh/**/*.md' --format json --fail-on never > "$work/istio.json" 2>/dev/null)
(cd "$corpus/hant/nodejs" && "$bitext" check --pairs 'en/**/*.md:zh-tw/**/*.md' --format json --fail-on never > "$work/nodejs.json" 2>/dev/null)
(cd "$corpus/hant/tldr" && "$bitext" check --pairs 'en/**/*.md:zh_TW/**/*.md' --format json --fail-on never > "$work/tldr.json" 2>/dev/null)
python3 - "$out" "$checks" "$work"/*.json <<'PY'
import json, sys
findings = []
checks = sys.argv[2].split()
for path in sys.argv[3:]:
    findings += [f for f in json.load(open(path))["findings"] if f["check"] in checks]
json.dump({"findings": findings}, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(findings), "findings")
PY
