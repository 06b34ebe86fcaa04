"""spaCy's French lemmatizer, looked up in sets instead of lists.

The rule lemmatizer (`spacy/lang/fr/lemmatizer.py`) asks whether a word, and each form its
suffix rules make of it, is in `lemma_index[pos]`: a list of 66 000 nouns, 28 000
adjectives, 9 000 verbs as the model ships them. Each question scans the list, so every
word form the lemmatizer has not cached yet cost about 0.2 ms (measured: 229 µs per token
on a sentence of new words, 3.8 µs with sets) — a fifth of `check` on an article of tens
of thousands of distinct numbered cells or headings, and part of every article's parse.

The lists are only ever asked « is it in? », so turning them into sets once, when the
model is loaded, changes no lemma (`tests/test_nlp_lemmas.py` compares both on real text).
"""

from __future__ import annotations


def install(nlp):  # -> spacy.language.Language
    """Turn the lemma indexes of `nlp`'s rule lemmatizers into frozensets; returns `nlp`."""
    from spacy.pipeline import Lemmatizer

    for _, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and pipe.lookups.has_table("lemma_index"):
            index = pipe.lookups.get_table("lemma_index")
            for key, words in list(index.items()):
                if isinstance(words, list):
                    index[key] = frozenset(words)
    return nlp
