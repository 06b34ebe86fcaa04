"""Pathological « words » and sentences: the parse stays linear (`nlp/longwords.py`).

Timings are measured in `benchmarks/pathological.py`, never asserted here: these tests
check what the parse gives, which is what makes it linear."""

from __future__ import annotations

import pytest

from seo_audit.nlp import load
from seo_audit.nlp.longwords import MAX_RUN

from conftest import read_fixture

BEFORE = "Le conseil municipal se réunit jeudi soir à la mairie. "
AFTER = " Les habitants sont invités à venir nombreux."


@pytest.mark.parametrize("run", ["l’l'", "é-t-", "1.2.", "b.c."])
def test_a_long_run_without_spaces_is_cut_into_few_tokens(run):
    """20 000 characters without a space: spaCy's tokenizer was quadratic on them
    (« l’l' ») or made one token per character (« é-t- »: 80 000 tokens to parse)."""
    nlp = load()
    text = BEFORE + run * 5_000 + AFTER
    doc = nlp(text)
    assert doc.text == text
    long = [t for t in doc if len(t.text) > 40]
    assert len(long) == len(run) * 5_000 // MAX_RUN and all(len(t.text) <= MAX_RUN for t in long)
    around = [t.text for t in doc if len(t.text) <= 40]
    assert around == [t.text for t in nlp(BEFORE + AFTER.lstrip())]


def test_ordinary_text_and_addresses_are_tokenized_as_before():
    nlp = load()
    text = read_fixture("biden-canal-retour-russie.txt") + " https://exemple.fr/" + "dossier/" * 60 + "page.html"
    doc = nlp.make_doc(text)
    assert [t.text for t in doc] == [t.text for t in nlp.tokenizer.inner(text)]
    assert doc[-1].text.startswith("https://exemple.fr/dossier/") and len(doc[-1].text) > 480
