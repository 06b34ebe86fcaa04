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


#: A text of this project's own, written as beta.gouv.fr pages write about the State: the
#: same word with and without its accent on the capital, at a sentence's start, in capitals
#: and in an address.
SPELLINGS = (
    "---\ntitle: Les finances publiques en région\n---\n"
    "Le service rassemble les données financières de l'Etat en région. Les agents consultent les "
    "engagements de l’État et de ses opérateurs. État et collectivités partagent ces tableaux, et "
    "l’État les publie chaque mois. Les financements de l'Etat sont géolocalisés ; ceux de l’État "
    "restent ouverts à tous. Le portail ETAT-REGION est public : écrivez à contact@etat.region.fr.\n")


def test_a_suggestion_is_written_as_the_article_writes_it_most_often():
    from seo_audit.measures.keywords import _as_written

    article = annotated_from(SPELLINGS, "markdown")
    # « l’État » 3 times mid-sentence, « l'Etat » twice: the sentence's opening « État », the
    # shouted « ETAT-REGION » and the address do not vote
    assert _as_written("Etat", article) == "État" and _as_written("état", article) == "État"
    tie = annotated_from(SPELLINGS.replace("ceux de l’État", "ceux de la Région"), "markdown")
    assert _as_written("Etat", tie) == "État"   # 2 against 2: French typography accents capitals
    lower = annotated_from(SPELLINGS.replace("l’État", "l’état").replace("l'Etat", "l’état"), "markdown")
    assert _as_written("Etat", lower) == "état"
    # a name written only in capitals keeps them; an address spells it in lower case
    shouted = annotated_from("---\ntitle: Partaj\n---\nPARTAJ aide les juristes. Avec PARTAJ, les "
                             "demandes sont suivies. Écrivez à contact@partaj.beta.gouv.fr.\n", "markdown")
    assert _as_written("partaj", shouted) == "PARTAJ"


def test_a_word_of_the_products_name_gives_way_to_the_name():
    """fixtures/heads/accidents-de-la-route.md, a product page (a name as title, a mission):
    « accidents » alone was suggested; its body names « accidents de la route » again and again."""
    from conftest import heads_page

    suggestion = suggest_keyphrase(heads_page("accidents-de-la-route"))
    assert suggestion.keyphrase == "Accidents de la route"
    assert "route" not in suggestion.alternatives and "accidents" not in suggestion.alternatives
    assert suggest_keyphrase(heads_page("conseau")).keyphrase == "Cons'eau"   # « eau » alone before


def test_a_name_is_not_suggested_on_a_page_that_is_not_a_products():
    # no `mission:`: a news article's title is a headline, not a name
    text = ("---\ntitle: Accidents de la route\n---\n"
            "Les accidents de la route ont baissé cette année. Les accidents de la route coûtent cher, "
            "et les accidents graves touchent d'abord les jeunes conducteurs. Les accidents de nuit "
            "restent les plus meurtriers.\n")
    # a guard (it passed on the code before it was written too): the most frequent word, not the title
    assert suggest_keyphrase(annotated_from(text, "markdown")).keyphrase == "accidents"


def test_a_products_name_written_in_its_address_still_names_it():
    """The body writes the name only in the page's address (« demarches-simplifiees.fr »,
    three times): that names the product. Addresses are left out of the name's spelling
    (lower case), not of its count; they were of both, and the name was never found."""
    from seo_audit.measures.keywords import _product_name

    text = ("---\ntitle: Démarches-Simplifiées\nmission: Dématérialiser les démarches administratives\n---\n"
            "Les démarches administratives sont encore souvent faites sur papier. Une administration crée "
            "ses démarches en ligne sur demarches-simplifiees.fr, sans développement.\n\n"
            "Les usagers déposent leurs dossiers sur demarches-simplifiees.fr et suivent leurs démarches en "
            "ligne. Les agents instruisent les démarches depuis demarches-simplifiees.fr.\n")
    assert _product_name("démarches", annotated_from(text, "markdown")) == "Démarches-Simplifiées"
