"""Oral French syllables, each count checked by hand (spoken syllables, the final mute
« e » silent; see seo_audit/measures/syllables.py for the choice)."""

from __future__ import annotations

import pytest

from seo_audit.measures.syllables import spell_number, syllables

# Counted by hand, syllables separated in the comment as a French speaker says them.
HAND_COUNTED = [
    ("été", 2),            # é-té
    ("américaine", 4),     # a-mé-ri-caine (written: a-mé-ri-cai-ne, 5)
    ("ukrainienne", 3),    # u-krai-nienne (written 4; the figure, see module doc)
    ("table", 1),          # table (written ta-ble)
    ("chien", 1),          # chien: « ien » one syllable
    ("nation", 2),         # na-tion: « -tion » one syllable
    ("constitution", 4),   # cons-ti-tu-tion
    ("information", 4),    # in-for-ma-tion
    ("roi", 1),            # « oi »
    ("oiseau", 2),         # oi-seau
    ("pluie", 1),          # « ui » + silent e
    ("nuit", 1),
    ("poésie", 3),         # po-é-sie
    ("aéroport", 4),       # a-é-ro-port
    ("réunion", 3),        # ré-u-nion
    ("théâtre", 2),        # thé-âtre
    ("géant", 2),          # gé-ant
    ("maïs", 2),           # ma-ïs
    ("Noël", 2),           # No-ël
    ("amitié", 3),         # a-mi-tié
    ("client", 2),         # cli-ent (diérèse after « cl »)
    ("ouvrier", 3),        # ou-vri-er
    ("prière", 2),         # pri-ère
    ("voyage", 2),         # vo-yage
    ("pays", 2),           # pé-i
    ("année", 2),          # an-née
    ("idées", 2),          # i-dées
    ("créée", 2),          # cré-ée
    ("aimaient", 2),       # ai-maient: « -aient » silent
    ("soient", 1),
    ("moment", 2),         # mo-ment: a noun, « -ent » is heard
    ("souvent", 2),
    ("les", 1),
    ("une", 1),
    ("être", 1),
    ("femme", 1),
    ("monsieur", 2),       # mo-sieur
    ("question", 2),       # ques-tion
    ("guerre", 1),         # « gu » is /g/
    ("quelques", 1),
    ("fille", 1),          # fille: « ill » /j/
    ("travailler", 3),     # tra-vai-ller
    ("famille", 2),
    ("février", 3),        # fé-vri-er
    ("clairement", 2),     # clair-ment: inner e caduc dropped
    ("rapidement", 3),     # ra-pid-ment
    ("simplement", 3),     # sim-ple-ment: after two consonants the e is heard
    ("gouvernement", 4),   # gou-ver-ne-ment
    ("samedi", 2),         # sam-di
    ("semaine", 2),        # se-maine: first syllable kept
    ("hebdomadaire", 4),   # heb-do-ma-daire
    ("diplomatique", 4),   # di-plo-ma-tique
    ("avec", 2),           # a-vec
    ("Biden", 2),
    ("Poutine", 2),
    ("Washington", 3),
    # elisions: the elided letter has no syllable of its own
    ("l’orage", 2),        # lo-rage
    ("l'Ukraine", 2),      # lu-kraine
    ("aujourd’hui", 3),    # au-jour-d'hui
    ("qu’elle", 1),
    ("d’autres", 1),
    ("c’est", 1),
    # hyphens
    ("peut-être", 2),
    ("a-t-il", 2),         # a-til
    ("États-Unis", 4),     # é-tat-zu-nis
    ("quatre-vingt-dix", 3),
    # numbers are read out
    ("2024", 4),           # deux-mille-vingt-quatre
    ("31 000", 4),         # tren-t(e) et un mille → trente-et-un-mille
    ("71", 4),             # soi-xante-et-onze
    ("2,5", 4),            # deux-vir-gule-cinq
    ("1er", 2),            # pre-mier
    ("XXe", 2),            # ving-tième
    ("Le", 1),             # not the Roman numeral L + « e »
    ("Ce", 1),
    # acronyms spelt letter by letter
    ("SNCF", 4),
    ("RN", 2),
    ("F-16", 2),           # èf-seize
]


@pytest.mark.parametrize("word,expected", HAND_COUNTED)
def test_hand_counted_syllables(word: str, expected: int) -> None:
    assert syllables(word) == expected


def test_enough_hand_counted_words() -> None:
    assert len(HAND_COUNTED) >= 60


def test_verb_plural_ending_is_mute_only_for_verbs() -> None:
    # « ils aiment » 1, « ils prennent » 1; the noun « moment » keeps its -ent
    assert syllables("aiment", plural_verb=True) == 1
    assert syllables("prennent", plural_verb=True) == 1
    assert syllables("aiment") == 2
    assert syllables("moment", plural_verb=False) == 2


@pytest.mark.parametrize("number,words", [
    (21, "vingt et un"), (71, "soixante et onze"), (80, "quatre-vingts"),
    (99, "quatre-vingt-dix-neuf"), (200, "deux cents"), (201, "deux cent un"), (2024, "deux mille vingt-quatre"),
    (1_500_000, "un million cinq cent mille"),
])
def test_spell_number(number: int, words: str) -> None:
    assert spell_number(number) == words


def test_textstat_gets_french_syllables_wrong() -> None:
    """The reason for our own counter: textstat's French counts are hyphenation points."""
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("fr")
    try:
        assert textstat.syllable_count("été") == 1          # we count 2
        assert textstat.syllable_count("américaine") == 3   # we count 4
        assert textstat.syllable_count("poésie") == 2       # we count 3
    finally:
        textstat.set_lang("en_US")


def test_odd_digits_do_not_recurse():
    # found on a beta.gouv page: a superscript « ¹ » (isdigit() but not a decimal digit)
    from seo_audit.measures.syllables import syllables
    assert syllables("¹") == 1
    assert syllables("x²") >= 1
    # read digit by digit: 19 digits of one syllable each (« quatre » is one, spoken),
    # except « zéro » which has two: 20
    assert syllables("1234567890123456789") == 20


def test_the_number_words_have_one_home():
    """`UNITS` spells the numbers for the syllable count and gives the outline's labels the
    counts they read (« trois objectifs principaux : » over three items): one table."""
    from seo_audit.measures.syllables import UNITS
    from seo_audit.outline.labels import _count

    assert [spell_number(n) for n in (2, 3, 10)] == [UNITS[2], UNITS[3], UNITS[10]] == ["deux", "trois", "dix"]
    from conftest import annotated_from

    doc = annotated_from("Cette plateforme a trois objectifs principaux et dix partenaires.").doc
    assert [_count(t) for t in doc if t.pos_ == "NUM"] == [3, 10]
