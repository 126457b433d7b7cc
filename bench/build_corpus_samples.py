#!/usr/bin/env python3
"""Rebuild the corpus/ files derived from NTREX-128 (CC BY-SA 4.0, see README.md).

Usage: python3 bench/build_corpus_samples.py ../shared/eval/ntrex corpus
Deterministic: the same NTREX files give the same bytes.
"""
import gzip
import json
import os
import sys
from collections import OrderedDict


def documents(ntrex):
    def lines(name):
        with open(os.path.join(ntrex, name), encoding="utf-8") as f:
            return [line.rstrip("\r\n") for line in f]

    ids = lines("DOCUMENT_IDS.tsv")
    en = lines("newstest2019-src.eng.txt")
    cn = lines("newstest2019-ref.zho-CN.txt")
    tw = lines("newstest2019-ref.zho-TW.txt")
    docs = OrderedDict()
    for doc_id, e, c, t in zip(ids, en, cn, tw):
        docs.setdefault(doc_id, {"en": [], "zh-CN": [], "zh-TW": []})
        docs[doc_id]["en"].append(e)
        docs[doc_id]["zh-CN"].append(c)
        docs[doc_id]["zh-TW"].append(t)
    return docs


def paragraphs(sentences, per, joiner):
    return [joiner.join(sentences[i:i + per]) for i in range(0, len(sentences), per)]


def encodable(text, encoding):
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def main():
    ntrex, out = sys.argv[1], sys.argv[2]
    docs = documents(ntrex)
    ids = list(docs)

    # A Simplified page saved as GBK, indented with ideographic spaces as Chinese sites do.
    gbk_id = next(i for i in ids if encodable("\n".join(docs[i]["zh-CN"]), "gbk"))
    page = "\n\n".join("\u3000\u3000" + p for p in paragraphs(docs[gbk_id]["zh-CN"], 3, ""))
    with open(os.path.join(out, "ntrex_%s_zh-cn.gbk.txt" % gbk_id), "wb") as f:
        f.write(page.encode("gbk") + b"\r\n")

    # A Traditional page saved as Big5.
    big5_id = next(i for i in ids[1:] if len(docs[i]["zh-TW"]) >= 10 and encodable("\n".join(docs[i]["zh-TW"]), "big5"))
    page = "\n".join(paragraphs(docs[big5_id]["zh-TW"], 2, ""))
    with open(os.path.join(out, "ntrex_%s_zh-tw.big5.txt" % big5_id), "wb") as f:
        f.write(page.encode("big5") + b"\n")

    # JSONL records with scraping damage for normalize: glued sentences, no-break
    # spaces, zero-width characters, a BOM, trailing spaces.
    records = []
    for n, doc_id in enumerate(ids[2:8]):
        for lang in ("en", "zh-CN", "zh-TW"):
            paras = paragraphs(docs[doc_id][lang], 3, " " if lang == "en" else "")
            if lang == "en" and n % 2 == 0:
                paras[0] = paras[0].replace(". ", ".", 1)
                paras[-1] = paras[-1].replace(" ", "\u00a0", 2) + "  "
            if n % 3 == 0:
                paras[0] = "\ufeff" + paras[0][:10] + "\u200b" + paras[0][10:]
            records.append({
                "id": "ntrex-%s-%s" % (doc_id, lang),
                "text": "\n".join(paras),
                "source": "NTREX-128",
                "metadata": {"doc_id": doc_id, "lang_hint": lang},
            })
    with open(os.path.join(out, "ntrex_news.jsonl.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            for r in records:
                f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))


main()
