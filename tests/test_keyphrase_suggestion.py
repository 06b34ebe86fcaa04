"""The focus keyphrase suggestion refuses a generic noun alone (measures/keywords.py)."""

from __future__ import annotations

from seo_audit.lang.fr.generic import is_generic
from seo_audit.measures.keywords import suggest_keyphrase

from conftest import annotated_from

ENTREPRISES = (
    "Ce qui change pour les entreprises\n\n"
    "Les entreprises du bâtiment attendent la nouvelle aide. Les entreprises demandent un guichet unique "
    "depuis des années. Selon la fédération, les entreprises pourraient embaucher. La rénovation énergétique "
    "des logements coûte cher.\n\n"
    "Les entreprises artisanales craignent les retards de paiement. Les entreprises veulent des règles "
    "stables pour la rénovation énergétique.\n")
SERVICE = (
    "Un nouveau service pour les habitants\n\n"
    "Le service de prêt de vélos électriques ouvre lundi. Le service est gratuit pour les habitants. "
    "Les vélos électriques se réservent en ligne. Le service compte déjà cent inscrits.\n\n"
    "Le service sera étendu aux vélos cargos en juin.\n")


def test_a_generic_noun_alone_is_never_the_suggestion():
    # « entreprises » is the most frequent keyword, in the title too: still no keyphrase
    suggestion = suggest_keyphrase(annotated_from(ENTREPRISES))
    assert suggestion.keyphrase == "rénovation énergétique"
    assert "entreprises" not in suggestion.alternatives
    # « service » and « habitants » alone, « nouveau service »: nothing specific
    suggestion = suggest_keyphrase(annotated_from(SERVICE))
    assert suggestion.keyphrase in ("vélos électriques", "vélos")
    for text in (suggestion.keyphrase, *suggestion.alternatives):
        assert text not in ("service", "habitants", "nouveau service"), text


AIDES = (
    "Le suivi des aides régionales\n\n"
    "Le manque d'information pèse sur les porteurs de projet. Le manque de visibilité sur les versements "
    "crée des problèmes de trésorerie. Les étapes clés du dossier restent opaques.\n\n"
    "Le manque de suivi oblige les agents de la Région à répondre au téléphone. Les étapes clés ne sont "
    "connues que des instructeurs des aides régionales.\n")


def test_a_lack_or_key_steps_alone_is_no_keyphrase():
    """« manque » alone and « étapes clés » were offered on a beta.gouv.fr page (Bases Tiers):
    a lack of what, the steps of what?"""
    suggestion = suggest_keyphrase(annotated_from(AIDES))
    assert suggestion.keyphrase == "aides régionales"
    assert "manque" not in suggestion.alternatives and "étapes clés" not in suggestion.alternatives
    assert "manque de suivi" in suggestion.alternatives  # a lack of something is specific


def test_what_counts_as_generic():
    for lemmas in (["cas"], ["entreprise"], ["entreprises"], ["service"], ["projet"], ["equipe"],
                   ["personne"], ["nouveau", "service"], ["grand", "projet"], ["manque"], ["absence"],
                   ["etape", "cle"]):
        assert is_generic(lemmas), lemmas
    for lemmas in (["hackathon"], ["renovation", "energetique"], ["service", "de", "pret"],
                   ["projet", "de", "loi"], ["velo"], ["avortement"]):
        assert not is_generic(lemmas), lemmas


KELRISKS = (
    "---\ntitle: Kelrisks\n---\n"
    "Kelrisks évalue le risque de pollution d’un terrain avant un projet immobilier.\n\n"
    "## KELRISKS : évaluez le risque de pollution de votre terrain\n\n"
    "KELRISKS croise les bases de données publiques sur les sols pollués. KELRISKS rend un avis "
    "en quelques clics, et KELRISKS cite ses sources pour chaque parcelle.\n")


def test_a_name_shouted_in_a_heading_is_suggested_as_the_title_writes_it():
    # the heading and the body write « KELRISKS » (emphasis); the title writes the name
    from seo_audit.measures.keywords import _as_in_title

    assert _as_in_title("KELRISKS", annotated_from(KELRISKS, "markdown")) == "Kelrisks"
    # a name the title does not hold keeps its capitals; a keyword not in capitals is kept
    other = annotated_from(KELRISKS.replace("title: Kelrisks", "title: Un outil"), "markdown")
    assert _as_in_title("KELRISKS", other) == "KELRISKS"
    assert _as_in_title("risque de pollution", annotated_from(KELRISKS, "markdown")) == "risque de pollution"
