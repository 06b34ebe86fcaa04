"""RDB rules and the measurements behind them, on French examples counted by hand."""

from __future__ import annotations

import pytest

from seo_audit.measures.passive import passive_verbs, passives
from seo_audit.measures.readability import beginning, flesch, readability, repeated_beginnings
from seo_audit.measures.transitions import sentence_transitions, transitions

from conftest import annotated_from, problems


def _sentences(text: str):
    return annotated_from(text).body_sentences


# --- Flesch (Kandel & Moles) ------------------------------------------------------------

def test_flesch_formula_constants() -> None:
    # 10 words, 1 sentence, 15 syllables: 207 − 1.015 × 10 − 73.6 × 1.5 = 86.45
    assert flesch(10, 1, 15) == pytest.approx(86.45)


def test_flesch_on_hand_counted_text() -> None:
    # Counted by hand: 2 sentences, 10 words, 10 oral syllables
    # « Le chat dort sur le lit. » le(1) chat(1) dort(1) sur(1) le(1) lit(1) = 6 words, 6 syl.
    # « Il fait très beau. »      il(1) fait(1) très(1) beau(1) = 4 words, 4 syl.
    # → 10 words, 10 syllables: 207 − 1.015 × 5 − 73.6 × 1 = 128.325
    figures = readability(annotated_from("Le chat dort sur le lit. Il fait très beau."))
    assert len(figures.sentences) == 2
    assert figures.words == 10
    assert figures.syllables == 10
    assert figures.flesch == pytest.approx(128.325)


def test_syllables_of_plural_verbs_come_from_the_parse() -> None:
    # « Les enfants jouent. » les(1) en-fants(2) jouent(1: -ent silent, verb) = 4
    # « Le moment arrive. »   le(1) mo-ment(2) ar-rive(2) = 5
    figures = readability(annotated_from("Les enfants jouent dehors. Le moment arrive."))
    assert [s.syllables for s in figures.sentences] == [[1, 2, 1, 2], [1, 2, 2]]


def test_rdb001_triggers_on_hard_text() -> None:
    hard = ("L’administration présidentielle considère qu’une intensification significative des "
            "consultations interministérielles constituerait indéniablement une amélioration "
            "considérable de la coordination gouvernementale européenne.")
    found = problems("RDB001", hard)
    assert len(found) == 1
    assert found[0].value < 60
    assert found[0].location.line == 1
    assert "interministérielles" in found[0].excerpt


def test_rdb001_passes_on_easy_text() -> None:
    assert problems("RDB001", "Le chat dort. Il fait beau. Nous partons demain matin.") == []


# --- long sentences ---------------------------------------------------------------------

LONG = ("Les responsables américains qui suivent de près la situation en Russie depuis le début "
        "de la mutinerie estiment que le pouvoir du président sort affaibli de cette crise.")  # 28 words
SHORT = "Le canal reste ouvert. Les diplomates parlent encore. La crise continue."


def test_long_sentence_share_counted_by_hand() -> None:
    # 1 long sentence (28 words, counted by hand) out of 4 (4, 4 and 3 words)
    figures = readability(annotated_from(LONG + " " + SHORT))
    assert [s.word_count for s in figures.sentences] == [28, 4, 4, 3]
    assert figures.long_share(20) == pytest.approx(25.0)


def test_rdb002_reports_the_share_for_the_file_then_every_long_sentence() -> None:
    found = problems("RDB002", LONG + " Le canal reste ouvert.")  # 1 of 2 long: 50 %
    assert len(found) == 2
    share, sentence = found
    assert share.location is None and share.value == pytest.approx(50.0) and share.threshold == 25.0
    assert share.message.startswith("50 % des phrases dépassent 20 mots (1 sur 2")
    assert sentence.excerpt.startswith("Les responsables américains")
    assert sentence.location.line == 1 and sentence.location.column == 1
    assert sentence.value == 28 and sentence.threshold == 20


def test_rdb002_passes_at_the_threshold() -> None:
    assert problems("RDB002", LONG + " " + SHORT) == []  # 25 % is allowed


# --- passive voice ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La décision a été prise par le ministre.",
    "Les résultats seront publiés demain.",
    "Le canal a été rétabli selon des responsables.",
    "Mais ils ont averti qu’aucune décision n’a été prise.",   # « été » parsed as cop
    "Il a été sorti de l’eau par les pompiers.",                # être-verb with « été »
])
def test_passive_sentences(sentence: str) -> None:
    (only,) = [s for s in _sentences(sentence)]
    assert passive_verbs(only), sentence


@pytest.mark.parametrize("sentence", [
    "Il est arrivé hier.",             # arriver takes « être »: active
    "Elle est devenue célèbre.",
    "Ils sont partis par le train.",
    "Il s’est levé tôt.",              # reflexive
    "Il est peut-être parti.",         # « être » inside « peut-être »: Yoast's false positive
    "Ce livre se vend bien.",          # pronominal passive: not counted, by choice
    "Il a été le premier à écrire.",   # « été » copula of a noun phrase
])
def test_not_passive(sentence: str) -> None:
    (only,) = [s for s in _sentences(sentence)]
    assert not passive_verbs(only), sentence


PASSIVE_TEXT = ("La décision a été prise par le ministre. Le ministre parle. Les journalistes "
                "écoutent. Le texte sera publié demain. Il est arrivé hier.")


def test_passive_share_counted_by_hand() -> None:
    # passive by hand: « a été prise », « sera publié » → 2 of 5 sentences
    found = passives(annotated_from(PASSIVE_TEXT))
    assert len(found.sentences) == 5
    assert len(found.passive_sentences) == 2
    assert found.share == pytest.approx(40.0)


def test_rdb003_reports_the_share_then_each_passive_on_its_verb_group() -> None:
    found = problems("RDB003", PASSIVE_TEXT)
    assert len(found) == 3
    share, first, second = found
    assert share.location is None and share.value == pytest.approx(40.0)
    assert "a été prise" in first.message and "sera publié" in second.message
    # the location is the verb group, and the quote's highlight is that group
    assert (first.location.column, first.location.end_column) == (13, 24)
    assert first.excerpt[slice(*first.highlight)] == "a été prise"
    assert second.excerpt[slice(*second.highlight)] == "sera publié"


def test_rdb003_passes_on_active_text() -> None:
    assert problems("RDB003", "Le ministre a pris la décision. Il est arrivé hier. "
                              "Elle est devenue célèbre.") == []


# --- transition words -------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Cependant, le canal reste ouvert.", ["Cependant"]),
    ("Tout d’abord, il faut parler.", ["Tout d’abord"]),
    ("Par conséquent, la réunion est reportée.", ["Par conséquent"]),
    ("Or, il ne répond pas.", ["Or"]),
    ("Elle porte une bague en or massif.", []),          # the metal
    ("Je pense, donc je suis.", ["donc"]),
    ("De plus, les prix montent.", ["De plus"]),
    ("Les prix montent de plus en plus.", []),
    ("Il y a de plus de 300 morts.", []),
    ("D’une part il pleut, d’autre part il vente.", ["d’autre part", "d'une part … d'autre part"]),
])
def test_transition_words(sentence: str, expected: list[str]) -> None:
    (only,) = _sentences(sentence)
    assert sentence_transitions(only) == expected


def test_transition_share_counted_by_hand() -> None:
    # by hand: « Ensuite » and « en effet » → 2 of 4 sentences
    text = "Le canal reste ouvert. Ensuite, les diplomates parlent. Il pleut. C’est en effet rare."
    found = transitions(annotated_from(text))
    assert found.with_transition == 2
    assert found.share == pytest.approx(50.0)


def test_rdb004_triggers_and_points_at_the_longest_run() -> None:
    text = ("Le canal reste ouvert. Les diplomates parlent. La crise continue.\n\n"
            "Cependant, rien ne bouge.")
    found = problems("RDB004", text)
    assert len(found) == 1
    assert found[0].value == pytest.approx(25.0)
    assert "3 phrases" in found[0].message
    assert found[0].excerpt == "Le canal reste ouvert."


def test_rdb004_passes_with_enough_transitions() -> None:
    assert problems("RDB004", "Le canal reste ouvert. Cependant, rien ne bouge. "
                              "En effet, la crise continue.") == []


# --- sentence beginnings ----------------------------------------------------------------

def test_beginning_skips_articles_and_numerals() -> None:
    first, second, third, fourth = _sentences(
        "Le président parle. L’Ukraine attend. Deux soldats rentrent. Il pleut.")
    assert beginning(first) == "le président"
    assert beginning(second) == "l' ukraine"
    assert beginning(third) == "deux soldats"
    assert beginning(fourth) == "il"


def test_rdb005_triggers_on_three_sentences_with_the_same_first_word() -> None:
    text = "Le canal reste ouvert. Il parle. Il écoute. Il attend. La crise continue."
    found = problems("RDB005", text)
    assert len(found) == 1
    assert found[0].value == 3
    assert "« Il »" in found[0].message
    assert found[0].location.column == len("Le canal reste ouvert. ") + 1


def test_rdb005_does_not_count_articles_as_the_same_beginning() -> None:
    # « Le président… Le ministre… Le canal… »: different beginnings (Yoast's French rule)
    text = "Le président parle. Le ministre écoute. Le canal reste ouvert."
    assert problems("RDB005", text) == []
    assert repeated_beginnings(annotated_from(text), 3) == []


def test_rdb005_counts_the_same_noun_after_the_article() -> None:
    text = "Le président parle. Le président écoute. Le président attend."
    assert len(problems("RDB005", text)) == 1


# --- the mission article ----------------------------------------------------------------

def test_mission_article_figures(mission_text: str) -> None:
    annotated = annotated_from(mission_text)
    figures = readability(annotated)
    assert len(figures.sentences) == 28
    # hand-checked: 7 passive sentences (« a été fait », « sont utilisés », « serait
    # servi », « a été affaibli », « a été prise », « est mis », « sera dévoilé »)
    assert len(passives(annotated).passive_sentences) == 7
    assert 40 < figures.flesch < 60


def test_rdb005_parallel_list_items_are_not_repetition():
    from conftest import problems

    text = ("Un titre\n\nLa loi doit considérer toutes les situations :\n\n"
            "- Que se passe-t-il si les revenus fluctuent ?\n"
            "- Que se passe-t-il si la personne n’est pas salariée ?\n"
            "- Que se passe-t-il si elle part à la retraite ?\n")
    assert problems("RDB005", text, fmt="markdown") == []
    prose = ("Un titre\n\nIl pleut. Il vente. Il gèle. Nous restons à la maison.\n")
    assert len(problems("RDB005", prose, fmt="markdown")) == 1
