#!/usr/bin/env python3
"""Writes a TMX 1.4b memory of N units for benchmarks, from the aligned sentence pairs of a
TMX that `bitext audit` wrote for the bundled transcript (real English and Chinese text).

Units cycle through the transcript's pairs; every tenth unit gets inline codes (a bold
span and a placeholder), every twentieth a note and a prop, as real memories have.

Usage: generate-benchmark-tmx.py AUDIT.tmx N OUT.tmx
"""
import sys
import xml.etree.ElementTree as ElementTree
from xml.sax.saxutils import escape

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pairs_of(path):
    pairs = []
    for unit in ElementTree.parse(path).getroot().iter("tu"):
        segments = [variant.find("seg") for variant in unit.findall("tuv")]
        if len(segments) == 2 and all(segment is not None for segment in segments):
            pairs.append(tuple("".join(segment.itertext()) for segment in segments))
    if not pairs:
        sys.exit(f"{path}: no translation units with two variants")
    return pairs


def coded(text, english):
    cut = text.find(" ") if english else min(2, len(text))
    if cut <= 0:
        return escape(text)
    return ('<bpt i="1" type="bold">&lt;b&gt;</bpt>' + escape(text[:cut]) + '<ept i="1">&lt;/b&gt;</ept>'
            + escape(text[cut:]) + '<ph type="lb">&lt;br/&gt;</ph>')


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    pairs = pairs_of(sys.argv[1])
    count = int(sys.argv[2])
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n'
                  '  <header creationtool="generate-benchmark-tmx" creationtoolversion="1" segtype="sentence" '
                  'o-tmf="bitext" adminlang="en" srclang="en" datatype="plaintext"/>\n  <body>\n')
        for index in range(count):
            english, chinese = pairs[index % len(pairs)]
            extras = ""
            if index % 20 == 0:
                extras = f'\n      <prop type="x-batch">{index // 20}</prop>\n      <note>generated unit {index + 1}</note>'
            source = coded(english, True) if index % 10 == 0 else escape(english)
            target = coded(chinese, False) if index % 10 == 0 else escape(chinese)
            out.write(f'    <tu tuid="{index + 1}">{extras}\n'
                      f'      <tuv xml:lang="en"><seg>{source}</seg></tuv>\n'
                      f'      <tuv xml:lang="zh-CN"><seg>{target}</seg></tuv>\n    </tu>\n')
        out.write("  </body>\n</tmx>\n")


if __name__ == "__main__":
    main()
