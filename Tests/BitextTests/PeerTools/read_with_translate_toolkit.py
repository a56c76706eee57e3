"""Reads a TMX, XLIFF 1.2 or XLIFF 2.x file with translate-toolkit and prints what it saw
as JSON, so the Swift tests can compare a peer tool's reading with what bitext wrote.

Usage: read_with_translate_toolkit.py tmx|xliff12|xliff2|po FILE
"""
import json
import sys

from translate.storage import po, tmx, xliff, xliff2

READERS = {"tmx": tmx.tmxfile, "xliff12": xliff.xlifffile, "xliff2": xliff2.Xliff2File, "po": po.pofile}


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def describe(kind, unit):
    seen = {"id": unit.getid(), "source": unit.source or "", "target": unit.target or "", "notes": unit.getnotes() or ""}
    if kind == "tmx":
        seen["languages"] = [tuv.get(XML_LANG) for tuv in unit.xmlelement.iter("tuv")]
    if kind == "po":
        seen["context"] = unit.getcontext() or None
        seen["locations"] = unit.getlocations()
        seen["flags"] = [flag.strip() for line in unit.typecomments for flag in line[2:].split(",") if flag.strip()]
        seen["sources"] = list(unit.source.strings) if unit.hasplural() else [unit.source or ""]
        seen["targets"] = list(unit.target.strings) if unit.hasplural() else [unit.target or ""]
        seen["obsolete"] = unit.isobsolete()
    return seen


def main():
    kind, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as handle:
        store = READERS[kind](handle)
    units = [describe(kind, unit) for unit in store.units if not (kind in ("xliff12", "po") and unit.isheader())]
    json.dump(
        {"sourceLanguage": store.sourcelanguage, "targetLanguage": store.targetlanguage, "units": units},
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()
