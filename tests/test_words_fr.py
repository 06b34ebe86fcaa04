"""Words as a French reader counts them (issue #18): inclusive writing, addresses and
domain names, over-indented list items; numbers read aloud in Flesch. Counted by hand."""

from __future__ import annotations

import pytest

from seo_audit.measures.counts import count_words, words
from seo_audit.measures.readability import readability
from seo_audit.measures.syllables import spoken_words, syllables

from conftest import annotated_from, article_from, problems


@pytest.mark.parametrize("text,expected", [
    ("Les patient·e·s et les professionnel.le.s de santé", ["Les", "patient·e·s", "et", "les",
                                                          "professionnel.le.s", "de", "santé"]),
    ("les étudiant-e-s et tou·te·s les acteur·rice·s", ["les", "étudiant-e-s", "et", "tou·te·s",
                                                        "les", "acteur·rice·s"]),
    ("Consultez InfoMedicament.gouv.fr.", ["Consultez", "InfoMedicament.gouv.fr"]),
    ("voir service-public.fr, ou www.ameli.fr.", ["voir", "service-public.fr", "ou", "www.ameli.fr"]),
    ("Écrivez à contact@mairie-exemple.fr.", ["Écrivez", "à", "contact@mairie-exemple.fr"]),
    ("(https://www.example.fr/page?x=1).", ["https://www.example.fr/page?x=1"]),
    # what already worked
    ("17.000 patients, 31 000 euros, 2,5 %", ["17.000", "patients", "31 000", "euros", "2,5"]),
    ("L’Ukraine a-t-il répondu ?", ["L’Ukraine", "a-t-il", "répondu"]),
    ("fin.Début de la page.html", ["fin", "Début", "de", "la", "page", "html"]),
])
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert count_words(text) == len(expected)


def test_a_long_dotted_run_is_counted_in_linear_time() -> None:
    # bounded repetitions: each word start costs a bounded time (a quadratic scan would
    # take minutes on this)
    assert count_words("a." * 200_000) == 200_000


@pytest.mark.parametrize("word,expected", [
    ("patient·e·s", 2), ("étudiant-e-s", 3), ("professionnel.le.s", 4),
    ("dis-le", 2),                      # an imperative, not inclusive writing
    ("service-public.fr", 7),           # ser-vice pu-blic point èf-èr
    ("17.000", 3),                      # dix-sept mille
])
def test_syllables_of_these_words(word: str, expected: int) -> None:
    assert syllables(word) == expected


@pytest.mark.parametrize("word,expected", [
    ("2023", 3), ("2,5", 3), ("1 347", 4), ("71", 3), ("17.000", 2), ("mot", 1),
])
def test_numbers_are_as_many_words_as_they_are_read(word: str, expected: int) -> None:
    # deux mille vingt-trois; deux virgule cinq; mille trois cent quarante-sept;
    # soixante et onze; dix-sept mille
    assert spoken_words(word) == expected


NUMBERS = ("Titre\n\nEn 2023, la commune comptait 1 347 habitants. "
           "Le budget atteint 2,5 millions d’euros.")


def test_numbers_in_flesch_counted_by_hand() -> None:
    figures = readability(annotated_from(NUMBERS))
    # written words: en 2023 la commune comptait 1 347 habitants (7) + le budget atteint 2,5
    # millions d'euros (6); numbers: 2023 (deux mille vingt-trois: 3 words, 4 syllables),
    # 1 347 (mille trois cent quarante-sept: 4 words, 1 + 1 + 1 + 3 = 6 syllables), 2,5
    # (deux virgule cinq: 3 words, 4 syllables)
    assert figures.words == 13
    assert figures.number_words == 3
    assert figures.number_spoken_words == 10
    assert figures.number_syllables == 4 + 6 + 4
    assert figures.spoken_words == 13 - 3 + 10


def test_rdb001_says_what_numbers_contribute() -> None:
    (found,) = problems("RDB001", NUMBERS, min_score=100)
    assert "nombres lus en toutes lettres : 10 mots, 14 syllabes" in found.message
    assert "sans eux, l’indice serait" in found.message


def test_a_list_item_indented_past_the_code_threshold_is_prose() -> None:
    article = article_from("# Titre\n\nIntro.\n\n-        premier point de la liste\n"
                           "-        second point\n\nFin.\n\n    du code indenté\n", "markdown")
    items = [(b.kind, b.text) for b in article.blocks if b.kind == "list_item"]
    assert items == [("list_item", "premier point de la liste"), ("list_item", "second point")]
    assert all("code" not in b.text for b in article.blocks)   # indented code outside a list
    line, column = article.line_column(article.blocks[2].source_offset(0))
    assert (line, column) == (5, 10)


def test_rdb001_documents_what_is_counted() -> None:
    from seo_audit.ruledoc import rule_page

    text = rule_page("RDB001")
    flat = " ".join(text.split()).replace("\u00a0", " ")  # the page is in French (RDB001's declaration)
    assert "(« 2023 », « deux mille vingt-trois » : 3 mots, 4 syllabes ;" in flat
    assert "Yoast SEO les laisse de côté" in flat
    assert "Les nombres sont lus à voix haute parce que Kandel et Moles" in flat  # the why
