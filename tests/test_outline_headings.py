"""Subheadings, meta title and meta description proposals (seo_audit/outline)."""

from __future__ import annotations

import pytest

from seo_audit.measures.french_words import fold
from seo_audit.measures.serp import pixel_width
from seo_audit.outline import propose
from seo_audit.outline.headings import MAX_CHARS, noun_phrases
from seo_audit.outline.meta import cut

from conftest import annotated_from


@pytest.fixture(scope="module")
def mission_outline(mission_text):
    annotated = annotated_from(mission_text)
    return annotated, propose(annotated)


def _folded_words(text: str) -> set[str]:
    import re

    return set(re.findall(r"[^\W_]+", fold(text)))


def test_mission_gives_three_to_five_blocks_with_headings(mission_outline):
    _, outline = mission_outline
    assert 3 <= len(outline.blocks) <= 5
    assert not outline.blocks[0].insert  # the introduction keeps no heading
    assert all(b.insert and b.subheading for b in outline.blocks[1:])


def test_subheadings_are_drawn_from_their_own_block(mission_outline):
    _, outline = mission_outline
    for block in outline.blocks:
        text = " ".join(" ".join(p.text.split()) for p in block.segment.blocks)
        for proposal in [block.subheading, *block.alternatives]:
            assert proposal
            # a contiguous stretch of the block, only the first letter raised
            assert proposal[1:] in text, proposal
            assert proposal[0].lower() + proposal[1:] in text or proposal in text
            assert len(proposal) <= MAX_CHARS


def test_subheadings_are_distinct_and_alternatives_are_two(mission_outline):
    _, outline = mission_outline
    headings = [b.subheading.lower() for b in outline.blocks if b.insert]
    assert len(set(headings)) == len(headings)
    assert all(len(b.alternatives) == 2 for b in outline.blocks)


def test_keyphrase_appears_in_some_inserted_headings(mission_outline):
    _, outline = mission_outline
    inserted = [b for b in outline.blocks if b.insert]
    share = sum(b.has_keyphrase for b in inserted) / len(inserted)
    assert 0.3 <= share <= 0.75


def test_noun_phrases_have_nothing_dangling():
    annotated = annotated_from("Titre\n\nLes responsables de l’administration ont parlé avec des "
                               "collègues de la mutinerie avortée du groupe Wagner en Russie.\n")
    phrases = noun_phrases(annotated.block_span(annotated.article.blocks[0]))
    texts = [p.text for p in phrases]
    assert "La mutinerie avortée du groupe Wagner" in texts or "La mutinerie avortée" in texts
    for text in texts:
        last = fold(text.split()[-1])
        assert last not in {"de", "du", "des", "le", "la", "les", "et", "en", "avec"}
        assert fold(text.split()[0]) not in {"de", "du", "des", "en", "avec", "un", "une"}
    assert any("Wagner" in t for t in texts)  # proper nouns keep their capital


def test_meta_title_fits_and_starts_with_the_keyphrase(mission_outline):
    _, outline = mission_outline
    title = outline.meta_title
    assert title and 30 <= len(title) <= 60 and pixel_width(title) <= 600
    assert fold(title).find(fold(outline.keyphrase)) <= 10
    for alternative in outline.meta_title_alternatives:
        assert len(alternative) <= 60 and pixel_width(alternative) <= 600


def test_meta_title_uses_only_the_articles_words(mission_outline, mission_text):
    _, outline = mission_outline
    article_words = _folded_words(mission_text)
    for title in [outline.meta_title, *outline.meta_title_alternatives]:
        assert _folded_words(title) <= article_words, title


def test_meta_description_is_an_extract_of_120_to_156_characters(mission_outline, mission_text):
    _, outline = mission_outline
    flat = " ".join(mission_text.split())
    for description in [outline.meta_description, *outline.meta_description_alternatives]:
        assert 120 <= len(description) <= 156
        assert description.rstrip("…") in flat


def test_cut_stops_at_a_word_boundary_with_an_ellipsis():
    text = "mot " * 60
    result = cut(text, 156)
    assert len(result) <= 156 and result.endswith("mot…")
    assert cut("Court.", 156) == "Court."


def test_short_text_gets_an_outline_without_error():
    annotated = annotated_from("Un titre\n\nUne phrase brève sur la mer.\n")
    outline = propose(annotated)
    assert len(outline.blocks) == 1 and not outline.blocks[0].insert
