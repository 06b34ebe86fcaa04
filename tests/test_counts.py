"""Words and sentences counted as a reader counts them; every number here was counted by hand."""

from __future__ import annotations

import pytest
from conftest import annotated_from

from seo_audit.measures.counts import count_words, sentence_count, word_count, words


@pytest.mark.parametrize("text, expected", [
    # Tout a été fait pour s’assurer que la Russie ne voit pas la main américaine dans
    # tout cela a déclaré Ian Bremmer: 22 (« s’assurer » is one word, « » and , are none)
    ("« Tout a été fait pour s’assurer que la Russie ne voit pas la main américaine dans tout "
     "cela », a déclaré Ian Bremmer.", 22),
    # L’Occident | a-t-il | livré | 31 000 | F-16 | à | l’Ukraine
    ("L’Occident a-t-il livré 31\u00a0000 F-16 à l’Ukraine ?", 7),
    # Aujourd’hui | le | quasi-coup | d’État | 2,5 | des | voix | a | échoué
    ("Aujourd’hui, le quasi-coup d’État — 2,5\u00a0% des voix — a échoué.", 9),
    # Ce | week-end | qu’a-t-on | vu | Rien
    ("Ce week-end, qu’a-t-on vu ? Rien.", 5),
    # straight apostrophes: L'orage | d'hier | n'a | pas | duré
    ("L'orage d'hier n'a pas duré.", 5),
    # numbers: En | 2023 | 1 500 | personnes | soit | 12 | de | plus
    ("En 2023, 1 500 personnes (soit 12 % de plus).", 8),
    ("« … » — ; : ! ?", 0),
])
def test_word_count_hand_counted(text, expected):
    assert count_words(text) == expected


def test_elided_words_stay_whole():
    assert words("l’Ukraine et l'Europe, aujourd’hui") == ["l’Ukraine", "et", "l'Europe", "aujourd’hui"]


def test_mission_article_word_count(mission_text):
    # 774 = the number of whitespace-separated pieces holding a letter or digit in the
    # 13 body paragraphs (checked with a one-line awk script); the title line is not counted.
    assert word_count(annotated_from(mission_text)) == 774


@pytest.mark.parametrize("text, expected", [
    ("Le chat dort. Il fait beau ! Viendras-tu demain ? « Oui », a-t-il répondu.", 4),
    # the quotation and its « a déclaré » clause are one sentence for a reader
    ("« Tout a été fait pour la paix », a déclaré Ian Bremmer. Puis il est parti.", 2),
    # a lower-case start after a full stop is still a new sentence (a typing fault)
    ("Les responsables cherchent des indices auprès de Poutine. réponse.", 2),
    # blank lines separate paragraphs: a sentence never runs across them
    ("Un titre de paragraphe sans point\n\nLa suite du texte est ici.", 2),
    ("M. Dupont est arrivé à 10 h. Il est reparti.", 2),
])
def test_sentence_count_hand_counted(text, expected):
    # A title-like first line would be taken as the title: start with a full sentence.
    annotated = annotated_from("Introduction du texte.\n\n" + text)
    assert sentence_count(annotated) == expected + 1


def test_mission_article_sentences(mission_text):
    annotated = annotated_from(mission_text)
    # 28, counted by hand in the 13 body paragraphs, with « réponse. » and the last
    # line « Source link -57 » each one sentence.
    assert sentence_count(annotated) == 28
