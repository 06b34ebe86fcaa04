"""TYP001–TYP005: French typography, opt-in through rules/typographie.toml."""

from __future__ import annotations


from conftest import problems
from seo_audit.ruleset import load_ruleset

NBSP, NNBSP = "\u00a0", "\u202f"
HEAD = "Un titre d’article\n\n"


def test_typographie_set_turns_typ_rules_on_and_default_keeps_the_noisy_ones_off():
    """TYP005 is on by default (quiet on clean prose, measured: README); the others are
    house style or noisy on human prose and stay opt-in."""
    default, typo = load_ruleset("default"), load_ruleset("typographie")
    for code in ("TYP001", "TYP002", "TYP003", "TYP004", "TYP005"):
        assert default.settings[code].severity == ("warning" if code == "TYP005" else "off")
        assert typo.settings[code].severity == "warning"


def test_typ001_plain_space_before_colon_with_exact_fix():
    found = problems("TYP001", HEAD + "Leur pensée : la ligne rouge est plus douce.")
    assert len(found) == 1
    assert "avant « : »" in found[0].message
    assert "pensée⟨U+00A0⟩:" in found[0].advice and "U+00A0" in found[0].advice
    assert found[0].location.line == 3 and found[0].location.column == 12
    start, end = found[0].highlight
    assert found[0].excerpt[start:end] == " "


def test_typ001_accepts_no_break_spaces_urls_and_times():
    text = HEAD + (f"Leur pensée{NBSP}: la ligne{NNBSP}; vraiment{NNBSP}? Oui{NNBSP}! "
                   f"Il a dit «{NNBSP}oui{NNBSP}» à 14:30 sur https://example.org/a?b=c.")
    assert problems("TYP001", text) == []


def test_typ001_guillemets_and_strict_mode():
    assert len(problems("TYP001", HEAD + "Il a dit « oui » hier.", group="none")) == 2
    text = HEAD + f"Leur pensée{NNBSP}: la ligne rouge."
    assert problems("TYP001", text) == []
    assert len(problems("TYP001", text, strict=True)) == 1


def test_typ001_groups_a_text_typed_with_plain_spaces():
    text = HEAD + "\n\n".join(f"Le paragraphe {i} de la page : est-ce que c’est vrai ? Oui, il est bien là !"
                                for i in range(8))
    found = problems("TYP001", text)
    assert len(found) == 1 and found[0].value == 24 and "l’article" in found[0].message
    assert len(problems("TYP001", text, group="none")) == 24


def test_typ002_straight_quotes_and_apostrophes():
    found = problems("TYP002", HEAD + "Il a dit \"oui\" à l'équipe.", group="none")
    assert [f.excerpt[f.highlight[0]:f.highlight[1]] for f in found] == ['"', '"', "'"]
    assert problems("TYP002", HEAD + "Il a dit « oui » à l’équipe.") == []
    assert problems("TYP002", HEAD + "Il a dit « oui » à l'équipe.", apostrophe="") == []
    assert len(problems("TYP002", HEAD + "Il a dit « oui » à l’équipe.", apostrophe="'")) == 2  # title too


def test_typ003_lower_case_sentence():
    found = problems("TYP003", HEAD + "Il a glané des indices auprès de Poutine. réponse. La suite.")
    assert len(found) == 1 and "« réponse »" in found[0].message
    assert problems("TYP003", HEAD + "Qui en fait ? qui devrait agir ? Il hésita… puis partit. "
                                      "Des pommes, etc. et des poires. Son iPhone sonne.") == []


def test_typ003_mission_article(mission_text):
    found = problems("TYP003", mission_text)
    assert len(found) == 1
    location = found[0].location
    line = mission_text.splitlines()[location.line - 1]
    assert line[location.column - 1 : location.end_column - 1] == "réponse"
    assert line[: location.column - 1].endswith("auprès de Poutine. ")


def test_typ004_doubled_spaces_and_punctuation():
    found = problems("TYP004", HEAD + "Un texte  avec une espace double,, et des points.. Fin !!")
    kinds = sorted(f.message.split(" ")[0] for f in found)
    assert kinds == ["Espace", "Ponctuation", "Ponctuation", "Ponctuation"]
    double = next(f for f in found if f.message.startswith("Espace"))
    assert (double.location.line, double.location.column, double.location.end_column) == (3, 9, 11)
    assert problems("TYP004", HEAD + "Un texte propre... Avec une ellipse et une seule espace.") == []
    assert len(problems("TYP004", HEAD + "Fin !!", repeated_marks=False)) == 0


def test_typ005_artefacts():
    found = problems("TYP005", HEAD + "Un texte [] avec une note [12] et (une parenthèse ouverte.\n\nSource link -57")
    messages = " ".join(f.message for f in found)
    assert "vide" in messages and "[12]" in messages and "ouvert" in messages and "Source link" in messages
    assert problems("TYP005", HEAD + "Trois points : 1) le coût, 2) le temps (estimé). Bien :)") == []


def test_typ005_a_unit_glued_to_a_decimal_number_is_no_web_address():
    """« 0.32mSv/h) » was read as an address without a scheme (« 0.32mSv » a domain, then
    « /h), » its path), which swallowed the closing parenthesis: « ( ouvert et jamais fermé »."""
    text = HEAD + ("Les chercheurs ont exposé des papillons à de faibles doses (jusqu'à 0.20 mSv/h "
                   "ou 0.32mSv/h), avec du césium 137. La vitesse (1.5km/h) reste faible.")
    assert problems("TYP005", text) == []
    assert problems("TYP005", HEAD + "Les données (voir data.gouv.fr/fr/datasets/air) sont ouvertes.") == []
    (found,) = problems("TYP005", HEAD + "Des doses faibles (jusqu'à 0.32mSv/h, avec du césium 137.")
    assert found.message.startswith("« ( » ouvert et jamais fermé")


def test_typ005_a_bidi_control_is_found_on_the_character():
    """An override reorders what follows it (« Trojan Source »): the reader does not see the
    text as it is written. One finding on each control that starts a reordering; the marks
    of a right-to-left quotation (U+200F) are not controls."""
    text = HEAD + "Le maire a dit \u2067non\u2069 puis \u202eecnarf\u202c au conseil."
    found = problems("TYP005", text)
    assert [f.message.split(" : ")[0] for f in found] == [
        "Caractère de contrôle bidirectionnel invisible U+2067 dans ce paragraphe",
        "Caractère de contrôle bidirectionnel invisible U+202E dans ce paragraphe"]
    assert [(f.location.line, f.location.column) for f in found] == [(3, 16), (3, 27)]
    assert problems("TYP005", text, controls=False) == []
    assert problems("TYP005", HEAD + "Il a cité \u200fשלום\u200f en hébreu.") == []


def test_typ005_quotation_over_several_paragraphs_is_accepted():
    text = HEAD + "« Premier paragraphe de la citation.\n\n« Second paragraphe, qui la ferme. »"
    assert problems("TYP005", text) == []


def test_mission_article_typography(mission_text):
    found = {code: problems(code, mission_text) for code in ("TYP001", "TYP002", "TYP003", "TYP004", "TYP005")}
    # the last quotation is never closed, and the scraper left « Source link -57 »
    assert [f.message.split(" ")[0] for f in found["TYP005"]] == ["«", "Ligne"]
    # nothing fires on proper names
    excerpts = " ".join(f.excerpt or "" for fs in found.values() for f in fs)
    for name in ("West Wing Playbook", "Morning Joe", "Prigozhin", "Bremmer"):
        for fs in found.values():
            for f in fs:
                start, end = f.highlight or (0, 0)
                assert name not in f.excerpt[start:end]
    assert excerpts
