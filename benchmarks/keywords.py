"""Keyword extraction against human keyphrases: plain YAKE versus seo-audit's cleaned YAKE.

Data: WikiNews-FR (French Wikinews articles, CC BY 2.5, with keyphrases assigned by
people, from LIAAD/KeywordExtractor-Datasets), the standard French set YAKE was
evaluated on. Each document is scored at 5 and 10 keywords with precision, recall and
F1 (micro-averaged over documents, then the mean per document), two ways:

- exact: lower case, accents folded, apostrophes and spaces normalised;
- lemma: the same after spaCy lemmatisation (« responsables américains » =
  « responsable américain »), elisions written out.

Plain YAKE is `yake.KeywordExtractor(lan="fr", n=3, dedup_lim=0.9, dedup_func="seqm",
window_size=1)` on the document text as is; ours is `extract_keywords` (YAKE on the spaCy
tokens, then French cleaning). Prints figures; never run by the test suite.

    python benchmarks/keywords.py [--corpus /path/to/corpus]   # reads <corpus>/wikinews-fr
"""

from __future__ import annotations

import time
from pathlib import Path

from seo_audit.lang.fr import ELISIONS, fold
from seo_audit.measures.keywords import extract_keywords, raw_yake
from seo_audit.nlp import annotate_many, load
from seo_audit.readers import parse

from common import DEFAULT_CORPUS as DEFAULT


def exact_key(text: str) -> str:
    return " ".join(fold(text).replace("'", "' ").split()).replace("' ", "'")


def lemma_keys(texts: list[str]) -> dict[str, str]:
    nlp = load()
    keys = {}
    # lower-cased first: gold keyphrases are lower case, and case changes spaCy's tags
    for text, doc in zip(texts, nlp.pipe([t.lower() for t in texts], batch_size=256)):
        words = []
        for token in doc:
            if token.is_punct or token.is_space:
                continue
            lemma = fold(token.lemma_ or token.text).strip("'")
            words.append(ELISIONS.get(lemma, lemma))
        keys[text] = " ".join(words)
    return keys


def prf(predicted: list[str], gold: set[str]) -> tuple[float, float, float]:
    seen: list[str] = []
    for p in predicted:  # a key predicted twice (after normalising) counts once
        if p not in seen:
            seen.append(p)
    hits = sum(1 for p in seen if p in gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(root: Path) -> None:
    docs = sorted((root / "docs").glob("*.txt"))
    texts = {d.stem: d.read_text(encoding="utf-8") for d in docs}
    gold = {d.stem: [k.strip() for k in (root / "keys" / f"{d.stem}.key").read_text(encoding="utf-8").splitlines()
                     if k.strip()] for d in docs}
    start = time.perf_counter()
    plain = {stem: [k for k, _ in raw_yake(text, top=10)] for stem, text in texts.items()}
    plain_time = time.perf_counter() - start
    articles = [parse(text, f"{stem}.txt", "text") for stem, text in texts.items()]
    ours: dict[str, list[str]] = {}
    ours_time = 0.0
    for annotated in annotate_many(articles):
        start = time.perf_counter()
        ours[Path(annotated.article.path).stem] = [k.text for k in extract_keywords(annotated, top=10)]
        ours_time += time.perf_counter() - start
    every = {t for lst in (*plain.values(), *ours.values(), *gold.values()) for t in lst}
    lemma = lemma_keys(sorted(every))
    print(f"WikiNews-FR: {len(docs)} documents, {sum(len(g) for g in gold.values())} human keyphrases "
          f"({sum(len(g) for g in gold.values()) / len(docs):.1f} per document)")
    print(f"time for keywords only (spaCy parse excluded): plain {plain_time:.2f} s, ours {ours_time:.2f} s\n")
    print(f"{'system':<8} {'match':<6} {'P@5':>6} {'R@5':>6} {'F1@5':>6} {'P@10':>6} {'R@10':>6} {'F1@10':>6}")
    for name, predictions in (("YAKE", plain), ("ours", ours)):
        for match, key in (("exact", exact_key), ("lemma", lambda t: lemma[t])):
            row = []
            for k in (5, 10):
                scores = [prf([key(p) for p in predictions[s][:k]], {key(g) for g in gold[s]}) for s in texts]
                row += [sum(x[i] for x in scores) / len(scores) for i in range(3)]
            print(f"{name:<8} {match:<6} " + " ".join(f"{100 * v:6.1f}" for v in row))
    print("\n(mean over documents, in %; a prediction counts once however often it repeats)")
    example = sorted(texts)[0]
    print(f"\nexample {example}: gold {gold[example]}\n  YAKE {plain[example]}\n  ours {ours[example]}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    main(parser.parse_args().corpus / "wikinews-fr")
