"""Keywords: YAKE on the parsed text, cleaned for French, and the keyphrase suggestion."""

from __future__ import annotations

import pytest

from seo_audit.measures.keywords import extract_keywords, raw_yake, suggest_keyphrase

from conftest import annotated_from


@pytest.fixture(scope="module")
def mission(mission_text):
    return annotated_from(mission_text)


@pytest.fixture(scope="module")
def mission_keywords(mission):
    return extract_keywords(mission, top=10)


def test_yake_snake_case_arguments_are_read():
    # `top` is honoured (camelCase names would be silently ignored by YAKE ≥ 0.6)
    text = "Le chat dort. Le chien aboie. Le chat mange. Le chien court. La souris fuit."
    assert len(raw_yake(text, top=2)) == 2


def test_ranks_scores_and_counts(mission_keywords):
    assert 5 <= len(mission_keywords) <= 10
    assert [k.rank for k in mission_keywords] == list(range(1, len(mission_keywords) + 1))
    scores = [k.score for k in mission_keywords]
    assert scores == sorted(scores)
    assert all(k.count >= 1 for k in mission_keywords)


def test_no_candidate_starts_or_ends_with_a_verb_or_stop_word(mission_keywords):
    texts = [k.text for k in mission_keywords]
    assert "déclaré Ian Bremmer" not in texts and "déclaré Ian" not in texts
    for k in mission_keywords:
        first, last = k.text.split()[0].lower(), k.text.split()[-1].lower()
        assert first not in {"le", "la", "les", "de", "a", "et", "déclaré", "pourrait"}
        assert last not in {"le", "la", "les", "de", "a", "et", "alors", "pourrait"}


def test_deduplicated_by_lemma(mission_keywords):
    lemmas = [k.lemma for k in mission_keywords]
    assert len(lemmas) == len(set(lemmas))
    texts = {k.text for k in mission_keywords}
    assert not {"responsables américains", "responsable américain"} <= texts


def test_case_rules(mission_keywords):
    texts = {k.text for k in mission_keywords}
    assert "Poutine" in texts and "Russie" in texts       # proper nouns keep their case
    assert "responsables américains" in texts              # the rest in lower case


def test_elision_is_not_part_of_the_keyword():
    text = ("L’Ukraine demande de l’aide.\n\nL’Ukraine et ses alliés discutent. "
            "L'Ukraine attend une réponse de l’Ukraine occidentale.\n\nPour l’Ukraine, rien ne change.")
    texts = [k.text for k in extract_keywords(annotated_from(text), top=5)]
    assert "Ukraine" in texts
    assert not any(t.lower().startswith(("l’", "l'")) for t in texts)


def test_named_entity_kept_whole():
    text = ("Sommet à Paris\n\nLe politologue Ian Bremmer a parlé longtemps. Selon Bremmer, "
            "la crise dure. Bremmer ajoute que Ian Bremmer ne croit pas à la paix.")
    texts = [k.text for k in extract_keywords(annotated_from(text), top=10)]
    assert "Ian Bremmer" in texts
    assert "Bremmer" not in texts


def test_works_on_a_span_for_the_outline(mission):
    paragraph = mission.article.paragraphs[2]
    keywords = extract_keywords(mission.block_span(paragraph), top=3)
    assert 1 <= len(keywords) <= 3


def test_suggestion_is_sensible(mission):
    suggestion = suggest_keyphrase(mission)
    assert suggestion.keyphrase in {"Russie", "Poutine", "Biden", "canal de retour", "responsables américains"}
    assert len(suggestion.alternatives) == 4
    assert suggestion.keyphrase not in suggestion.alternatives
    assert "responsables" not in suggestion.alternatives  # contained in a better one


def test_empty_text_has_no_keywords():
    assert suggest_keyphrase(annotated_from("...")).keyphrase is None
