"""spaCy's French lemmatizer looks words up in sets (`nlp/lemmas.py`): the same lemmas,
without scanning a list of 66 000 nouns for each word form it has not seen yet."""

from __future__ import annotations

import time

from spacy.tokens import Doc

from conftest import read_fixture
from seo_audit import nlp


def _lemmatizer():
    return nlp.current().get_pipe("lemmatizer")


def test_new_word_forms_are_lemmatized_in_constant_time():
    """20 000 nouns the lemmatizer has not cached: about 5 s of CPU when each look-up
    scanned the list, a few hundredths of a second with sets."""
    lemmatizer = _lemmatizer()
    words = [f"blorfatude{i}s" for i in range(20_000)]
    doc = Doc(nlp.current().vocab, words=words, pos=["NOUN"] * len(words))
    start = time.process_time()
    lemmas = [lemmatizer.rule_lemmatize(token)[0] for token in doc]
    assert time.process_time() - start < 2
    assert lemmas[:2] == ["blorfatude0", "blorfatude1"]  # the plural rule still applies


def test_sets_give_the_lemmas_lists_gave():
    """Every token of two real articles, lemmatized afresh with the sets and with the
    model's lists (put back for the comparison)."""
    lemmatizer = _lemmatizer()
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    docs = list(nlp.current().pipe([read_fixture("biden-canal-retour-russie.txt"),
                                    read_fixture("wikinews-44046.txt")]))

    def fresh() -> list[list[str]]:
        lemmatizer.cache.clear()
        return [lemmatizer.rule_lemmatize(token) for doc in docs for token in doc]

    with_sets = fresh()
    saved = dict(index.items())
    try:
        for key, words in saved.items():
            index[key] = sorted(words)
        with_lists = fresh()
    finally:
        for key, words in saved.items():
            index[key] = words
        lemmatizer.cache.clear()
    assert with_sets == with_lists and len(with_sets) > 1_000
    assert any(forms != [token.text.lower()] for forms, token in zip(with_sets, [t for d in docs for t in d]))
