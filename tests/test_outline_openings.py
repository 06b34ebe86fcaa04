"""Subheadings from what a block opens on (seo_audit/outline/statement.py, labels.py).

Editors of the session-6 panel rated 0 a subheading taken from one list item (« Une
version publique », one of two versions) where the block's opening line says what the
list holds. On the panel pages themselves (fixtures/heads/, see fixtures/README.md).
"""

from __future__ import annotations

import pytest

from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.labels import block_labels
from seo_audit.readers import read_path

from conftest import FIXTURES


@pytest.fixture(scope="module")
def catalogue():
    return annotate(read_path(str(FIXTURES / "heads" / "catalogue-apprentissage.md")))


@pytest.fixture(scope="module")
def doctorat():
    return annotate(read_path(str(FIXTURES / "heads" / "doctorat-admission.md")))


def _block(outline, first_line: str):
    return next(b for b in outline.blocks if b.segment.blocks[0].text.startswith(first_line))


def test_a_counted_subject_that_opens_the_block_names_it_not_one_item(catalogue):
    """« Deux versions du catalogue coexistent : » then one bullet per version: the subject
    counts what the list holds; « Une version publique » is its first item."""
    block = _block(propose(catalogue), "Deux versions du catalogue")
    assert block.subheading == "Deux versions du catalogue", block.subheading
    assert "Une version publique" not in [block.subheading, *block.alternatives]


def test_a_one_word_lead_in_is_a_label_even_when_taken_for_a_place(doctorat):
    """« Conséquences : » before its list: the entity recogniser calls the capitalised word
    a place, which made it « a name alone »; it is the author's label."""
    blocks = doctorat.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("Conséquences"))
    labels = block_labels(doctorat, tuple(blocks[start : start + 5]))
    assert [label.phrase.text for label in labels][:1] == ["Conséquences"]
    # a name alone is still no label (« LIAne » in test_outline_labels)
