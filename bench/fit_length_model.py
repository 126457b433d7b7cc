#!/usr/bin/env python3
"""Fits the aligner's length model (src/align/mod.rs, LengthModel) on gold 1-1 beads.

For each set: the ratio c of English to Chinese characters (whitespace not counted)
over all 1-1 beads, and the variance per Chinese character of the difference
d = en/c - zh, i.e. mean(d^2 / ((zh + en/c) / 2)), the quantity the aligner's
Gale-Church-style delta divides by.

  python3 bench/fit_length_model.py          (reads ../shared; prints a table)
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval')


def visible(text):
    return len(re.sub(r'\s', '', text))


def fit(pairs):
    zh_total = sum(z for z, _ in pairs)
    en_total = sum(e for _, e in pairs)
    c = en_total / zh_total
    var = sum((e / c - z) ** 2 / ((z + e / c) / 2) for z, e in pairs if z + e > 0) / len(pairs)
    return c, var, len(pairs)


def ntrex():
    d = os.path.join(ROOT, 'ntrex')
    zh = open(os.path.join(d, 'newstest2019-ref.zho-CN.txt'), encoding='utf-8').read().splitlines()
    en = open(os.path.join(d, 'newstest2019-src.eng.txt'), encoding='utf-8').read().splitlines()
    return [(visible(z), visible(e)) for z, e in zip(zh, en)]


def mac(split):
    d = os.path.join(ROOT, 'align', 'mac', split)
    pairs = []
    for name in sorted(os.listdir(os.path.join(d, 'gold'))):
        stem = name[:-len('.align')]
        zh = open(os.path.join(d, 'zh', stem + '.txt'), encoding='utf-8').read().splitlines()
        en = open(os.path.join(d, 'en', stem + '.txt'), encoding='utf-8').read().splitlines()
        for line in open(os.path.join(d, 'gold', name), encoding='utf-8'):
            m = re.match(r'\[(\d+)\]:\[(\d+)\]$', line.strip())
            if m:
                pairs.append((visible(zh[int(m.group(1))]), visible(en[int(m.group(2))])))
    return pairs


def main():
    if not os.path.isdir(ROOT):
        sys.exit('no ../shared/eval: nothing to fit')
    print('set          1-1 beads  en/zh chars  variance per zh char')
    for name, pairs in [('NTREX', ntrex()), ('MAC-Dev', mac('dev'))]:
        c, var, n = fit(pairs)
        print(f'{name:<12} {n:>9}  {c:>11.2f}  {var:>20.2f}')


if __name__ == '__main__':
    main()
