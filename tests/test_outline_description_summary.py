"""Meta descriptions where the author's summary (`mission:`) is too short alone (issue #17,
item 2): the summary and the body's first sentence, two consecutive sentences of the page
as it shows, when they make 120–156 characters. Texts: fixtures/README.md."""

from __future__ import annotations

from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.readers import parse

from conftest import meta_description_of

DECLARE_DOUANE = """---
title: Déclare Douane
mission: Déclarer des marchandises achetées à l'étranger en arrivant en France
---
Déclare Douane est un service à destination de toute personne voyageant à l’étranger.

## Le problème constaté :

- les usagers connaissent peu leurs droits et obligations s'agissant des marchandises achetées à l'étranger et ramenées avec eux en France ;

- le grand public accède difficilement aux informations nécessaires en la matière et peine donc à comprendre les droits et taxes à payer, potentiellement, sur ces achats.

Ce domaine réglementaire est également compliqué à gérer pour les agents des douanes chargés de contrôler les usagers et de les accompagner dans leurs formalités.
"""


def test_a_short_summary_is_followed_by_the_first_sentence_that_names_the_service():
    assert meta_description_of(DECLARE_DOUANE) == (
        "Déclarer des marchandises achetées à l'étranger en arrivant en France. "
        "Déclare Douane est un service à destination de toute personne voyageant à l’étranger.")


def test_a_first_sentence_about_the_page_itself_is_not_added_to_the_summary():
    # « Le texte ci-dessous est un placeholder… » says nothing of the service
    text = DECLARE_DOUANE.replace(
        "Déclare Douane est un service à destination de toute personne voyageant à l’étranger.",
        "Le texte ci-dessous est un brouillon qui sera mis à jour par l'équipe rapidement.")
    assert meta_description_of(text) == \
        "Déclare Douane : déclarer des marchandises achetées à l'étranger en arrivant en France."


def _outline_of_fixture(name: str):
    from conftest import FIXTURES

    text = (FIXTURES / "heads" / name).read_text(encoding="utf-8")
    return propose(annotate(parse(text, name, "markdown")))


def test_a_short_summary_comes_before_a_side_detail_of_the_right_length():
    # accidents-de-la-route: the only sentence of the right length is a side detail of the
    # method (« Démarche exploratoire vs projet classique… »); the author's summary (34
    # characters, too short for MET002) is proposed, as raters preferred summaries
    outline = _outline_of_fixture("accidents-de-la-route.md")
    assert outline.meta_description == "Réduire les accidents de la route."
    assert not any(a.startswith("Démarche exploratoire") for a in outline.meta_description_alternatives)


def test_the_named_summary_comes_before_a_side_detail_of_the_right_length():
    # fedel: « En cas d’erreur, le risque est que la manifestation ne soit pas valablement
    # déclarée… » (118 characters, the page's fourth sentence) is a side detail of the problem;
    # the name and the summary say what the page is about. The body's first sentence (« La
    # manifestation sur la voie publique est soumise à obligation de déclaration préalable. »)
    # is context, not the product: it no longer follows the summary
    outline = _outline_of_fixture("fedel.md")
    assert outline.meta_description == "FEDEL-DM : déclarer facilement sa manifestation sur la voie publique."


def test_a_summary_that_is_the_proposal_is_not_offered_again():
    # api-apprentissage: the summary (127 characters) is itself the proposal
    outline = _outline_of_fixture("api-apprentissage.md")
    assert outline.meta_description.startswith("API Apprentissage : simplifier l’accès à des données de l'apprentissage")
    assert outline.meta_description_alternatives == []   # nor under the name: it is already the proposal


def test_a_summary_of_two_sentences_may_point_from_the_second_to_the_first():
    # hyparchi: « ces données » in the summary's second sentence are those of its first; the
    # summary stands alone (it was refused, and a context sentence proposed instead:
    # « Le ministère de la Culture est en charge de la politique de l’architecture. »)
    from seo_audit.outline.description import mission_sentence

    mission = ("Favoriser les échanges et l’agrégation de données entre le ministère et les écoles. "
               "Structurer, qualifier, et maximiser le réemploi de ces données.")
    page = annotate(parse(f"---\ntitle: Hyparchi\nmission: {mission}\n---\nLe ministère de la Culture est en "
                          "charge de la politique de l’architecture.\n", "page.md", "markdown"))
    assert mission_sentence(page, 1, 156) == mission
    # a summary whose first sentence points back is still refused
    page = annotate(parse(f"---\ntitle: Hyparchi\nmission: Structurer et maximiser le réemploi de ces données.\n"
                          "---\nLe ministère de la Culture est en charge de la politique de l’architecture.\n",
                          "page.md", "markdown"))
    assert mission_sentence(page, 1, 156) is None


BEGES = """---
title: Bilan carbone des territoires et passage à l’action
mission: Aider les collectivités à se saisir de leur trajectoire carbone
---
## Contexte

Le bilan carbone des collectivités est une obligation mais après ? Les collectivités sont démunies face à cette obligation et ne voient pas la valeur de faire cet exercice qualitativement pour ensuite orienter au mieux des actions.
Comment réaliser cet exercice avec une méthode publique et s'en servir pour avoir de l'impact ?
"""


def test_the_question_the_page_opens_on_does_not_follow_the_named_summary():
    # a question states the problem without the answer (panel 8b: 1, « sans la réponse »); the
    # page's name and summary say what the product does
    named = ("Bilan carbone des territoires et passage à l’action : "
             "aider les collectivités à se saisir de leur trajectoire carbone.")
    assert meta_description_of(BEGES) == named
    text = BEGES.replace("Le bilan carbone des collectivités est une obligation mais après ?",
                         "Votre bilan carbone est une obligation, mais après ?")
    assert meta_description_of(text) == named


def test_a_summary_that_opens_on_an_infinitive_comes_after_the_name_it_is_about():
    """Panel 8 rated « Animer les acteurs de la filière économique du sport. » 1, « sans sujet :
    le nom manque »: the page shows its title over its summary, and so does the description."""
    page = ("---\ntitle: Filière Sport\nmission: Animer les acteurs de la filière économique du sport\n---\n"
            "La Direction des Sports souhaite structurer la filière économique du sport en France. "
            "Une phase d'investigation de quatre mois interroge les entreprises du secteur.\n")
    # and the body's first sentence, on the same subject (« filière », « sport »), follows it: the
    # raters' « rien sur la Direction des Sports » (panel 8), in the page's own next sentence
    assert meta_description_of(page) == ("Filière Sport : animer les acteurs de la filière économique du sport. "
                                  "La Direction des Sports souhaite structurer la filière économique du sport en France.")
    # a summary that names its subject, or does not open on an infinitive, stays as written
    assert meta_description_of(page.replace("mission: Animer les acteurs", "mission: Le réseau anime les acteurs")) \
        .startswith("Le réseau anime les acteurs")
    # nor after a title too long to be a name
    long_title = page.replace("title: Filière Sport",
                              "title: La filière économique du sport en France, ses acteurs et ses entreprises")
    assert meta_description_of(long_title).startswith("Animer les acteurs")
