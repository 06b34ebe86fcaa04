"""Meta title without an author's title: the lead sentence compressed by deletion only
(seo_audit/outline/compress.py, title.lead_titles)."""

from __future__ import annotations

import re

from seo_audit.lang.fr import fold
from seo_audit.outline import propose
from seo_audit.outline.compress import compressions
from seo_audit.outline.limits import default_limits

from conftest import annotated_from, mission_titles_of, read_fixture

L = default_limits()  # the shipped rule set's limits, which the proposals must meet


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def _is_deletion_of(title: str, text: str) -> bool:
    """The title's words appear in `text` in the same order (only words were deleted)."""
    rest = iter(_words(text))
    return all(any(word == other for other in rest) for word in _words(title))


def _is_drawn_from(title: str, text: str) -> bool:
    """A deletion of one sentence of `text`, or « A : B » where A is a contiguous run of
    the text's words (a place, a name) and B one too or a deletion of one sentence: never
    prose of the tool's own."""
    flat = " ".join(_words(text))
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    if any(_is_deletion_of(title, s) for s in sentences):
        return True
    head, _, tail = title.partition(" : ")
    return bool(tail) and " ".join(_words(head)) in flat and (
        " ".join(_words(tail)) in flat or any(_is_deletion_of(tail, s) for s in sentences))


LEAD = ("3 juin 2012. - Le 3 juin, après une longue attente, la mairie de Lyon, qui avait promis un "
        "jardin aux habitants, a ouvert le jardin partagé du quartier, selon le journal local. "
        "Les habitants sont venus nombreux.\n\nLe jardin compte quarante parcelles et un verger.\n")


def test_a_lead_without_title_loses_dateline_time_relative_clause_and_attribution():
    outline = propose(annotated_from(LEAD, "markdown"))
    assert outline.meta_title == "La mairie de Lyon a ouvert le jardin partagé du quartier"
    for title in [outline.meta_title, *outline.meta_title_alternatives]:
        assert _is_drawn_from(title, LEAD), title


def test_a_reporting_frame_and_a_parenthesis_go_the_statement_stays():
    text = ("Hier soir, à Lyon, les pompiers (appelés vers 22 heures) ont éteint un incendie dans un "
            "entrepôt de la zone industrielle, a indiqué la préfecture. Personne n’a été blessé.\n")
    title = propose(annotated_from(text, "markdown")).meta_title
    assert title == "Les pompiers ont éteint un incendie dans un entrepôt"
    assert _is_deletion_of(title, text)


def test_a_lead_whose_subject_points_back_gives_no_compression():
    for text in ("Il a ouvert le jardin partagé du quartier de la Croix-Rousse lundi matin.",
                 "Cette mairie a ouvert le jardin partagé du quartier de la Croix-Rousse.",
                 "Ils ont ouvert le jardin partagé du quartier de la Croix-Rousse en juin."):
        annotated = annotated_from(text, "markdown")
        assert compressions(annotated.body_sentences[0].span, L.title_max_chars) == [], text
    sound = annotated_from("La mairie a ouvert le jardin partagé du quartier de la Croix-Rousse.", "markdown")
    assert compressions(sound.body_sentences[0].span, L.title_max_chars)



def test_a_wikinews_body_without_its_title_gets_its_lead_compressed():
    paragraphs = [p.strip() for p in read_fixture("wikinews-44046.txt").split("\n\n") if p.strip()]
    body = "\n\n".join(paragraphs[2:]) + "\n"   # the title line (given twice) removed
    outline = propose(annotated_from(body, "markdown"))
    title = outline.meta_title
    assert title and title.startswith("Un postier a été retrouvé mort"), title
    assert not re.search(r"\d|Noyal|travaillant|Ille", title), title   # dateline, place detail, participle
    assert _is_deletion_of(title, paragraphs[2])
    assert L.title_min_chars <= len(title) <= L.title_max_chars
    for alternative in outline.meta_title_alternatives:
        assert _is_drawn_from(alternative, body), alternative


def test_a_news_lead_is_titled_by_a_deletion_of_its_lead_sentence():
    """The lead's statement as WikiNews titles its news, a deletion of the lead sentence,
    after the place the text names three times where it fits (« Grèce : … »); « Grèce :
    Antonis Samaras a dévoilé la constitution » read as the Constitution: the statement
    keeps « du gouvernement », and the place then leaves no room."""
    html = read_fixture("wikinews-44269.html")
    paragraphs = [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"(?s)<p>(.*?)</p>", html)]
    body = "\n\n".join(paragraphs) + "\n"
    outline = propose(annotated_from(body, "markdown"))
    title = outline.meta_title
    assert title == "Antonis Samaras a dévoilé la constitution du gouvernement", title
    assert _is_deletion_of(title, paragraphs[0]), title
    assert L.title_min_chars <= len(title) <= L.title_max_chars
    for alternative in outline.meta_title_alternatives:
        assert _is_drawn_from(alternative, body), alternative


def test_the_authors_title_that_fits_wins_over_the_lead():
    text = "Le jardin ouvre ses portes aux habitants\n\n" + LEAD
    assert propose(annotated_from(text)).meta_title == "Le jardin ouvre ses portes aux habitants"


# --- meta descriptions: openers that need what came before, the article's subject first ---

def _last_sentence_span(text: str):
    annotated = annotated_from(text, "markdown")
    return annotated.body_sentences[-1].span


def test_openers_whose_subject_points_back_are_refused_from_the_parse():
    from seo_audit.outline.description import refers_back

    cases = {
        "Depuis 2015, il dirige le jardin partagé du quartier avec trois bénévoles.": "pronoun subject",
        "Ce conseil d’administration prend la forme d’une réunion semestrielle.": "demonstrative subject",
        "D’autres animations sont prévues au stade du Moustoir pendant le festival.": "« autres » subject",
        "Sandra, une autre développeuse de l’équipe, me le confirme en fin de soirée.": "pronoun object",
        # a demonstrative inside the subject or a complement: which databases, which profiles?
        "L’intérêt pour ces bases de données grandit chez les collectivités territoriales.": "demonstrative phrase",
        "Les conseillers sont encouragés à réaliser la promotion de cette typologie de profils.":
            "demonstrative phrase",
        "Pour le président, avec un tel entraîneur, les Américains ne gagneront pas la saison.": "« tel » phrase",
    }
    for text, why in cases.items():
        assert refers_back(_last_sentence_span(text)) == why, text
    for text in ("Il est clair que la mairie a ouvert un jardin partagé dans le quartier.",
                 "Cette nuit, les talibans ont attaqué un hôtel de Kaboul fréquenté par des touristes.",
                 "La mairie de Lyon a ouvert un jardin partagé de quarante parcelles.",
                 "Cet article présente les nouveautés de la plateforme pour les collectivités.",
                 "La plateforme relie des outils tels que les tableurs et les logiciels de gestion des communes.",
                 "Cette année, la mairie de Lyon a ouvert un jardin partagé dans le quartier.",
                 "Le maire de Lyon ouvre cet après-midi le jardin partagé du quartier aux habitants.",
                 "C’est aujourd’hui, à 18h15 UTC, qu’une fusée Soyouz doit lancer deux satellites depuis Kourou."):
        assert refers_back(_last_sentence_span(text)) == "", text


def test_an_example_or_a_connector_of_contrast_never_opens_a_description():
    from seo_audit.outline.description import is_example, points_back

    for text in ("Par exemple, la mairie de Lyon a ouvert un jardin partagé de quarante parcelles.",
                 "Appliquons ce principe au marché : ma Startup d’État aide les alternants à trouver une entreprise.",
                 "Prenons le cas d’une commune de deux mille habitants qui veut ouvrir un jardin partagé."):
        assert is_example(text), text
    assert not is_example("La mairie de Lyon a ouvert un jardin partagé de quarante parcelles.")
    for text in ("Par contre, si tous les satellites ont des horloges synchronisées, le calcul est exact.",
                 "En pratique, l’horloge du satellite et celle du récepteur ne sont pas synchronisées.",
                 "Plus largement, les communes rurales manquent de médecins généralistes depuis dix ans.",
                 "Plus généralement, les jardins partagés manquent de parcelles dans les grandes villes."):
        assert points_back(text), text
    assert not points_back("Les communes rurales manquent de médecins généralistes depuis dix ans.")
    assert not points_back("C’est aujourd’hui, à 18h15 UTC, qu’une fusée Soyouz doit lancer deux satellites.")
    text = ("Le jardin partagé de la Croix-Rousse\n\n"
            "Par exemple, la mairie de Lyon a ouvert samedi un jardin partagé de quarante parcelles, réservé aux "
            "habitants du quartier.\n\nLe jardin partagé de la Croix-Rousse compte quarante parcelles et un verger, "
            "ouverts aux habitants du quartier tous les jours de la semaine.\n")
    assert propose(annotated_from(text)).meta_description.startswith("Le jardin partagé de la Croix-Rousse compte")


def test_a_compression_that_keeps_a_demonstrative_is_refused():
    annotated = annotated_from("La mairie de Lyon a ouvert ce jardin partagé aux habitants du quartier.", "markdown")
    assert compressions(annotated.body_sentences[0].span, L.title_max_chars) == []


DRAFT = (
    "Un jardin partagé ouvre à la Croix-Rousse\n\n"
    "La mairie de Lyon ouvre samedi un jardin partagé de quarante parcelles à la Croix-Rousse, "
    "réservé aux habitants du quartier qui en font la demande.\n\n"
    "Les parcelles du jardin partagé sont attribuées par tirage au sort. Chaque habitant peut planter "
    "des légumes, des fleurs et des plantes aromatiques.\n\n"
    "Il a fallu deux ans de travaux. Le chantier a été confié à une entreprise de terrassement "
    "de Villeurbanne qui employait six ouvriers et deux apprentis venus de la région.\n\n"
    "Cet espace vert accueillera aussi des ateliers pour les écoles du quartier pendant toute l’année scolaire.\n")


def test_the_description_is_the_introduction_not_a_side_detail_or_a_back_reference():
    outline = propose(annotated_from(DRAFT))
    assert outline.meta_description == (
        "La mairie de Lyon ouvre samedi un jardin partagé de quarante parcelles à la Croix-Rousse, "
        "réservé aux habitants du quartier qui en font la demande.")
    for text in [outline.meta_description, *outline.meta_description_alternatives]:
        assert not text.startswith(("Il ", "Cet espace", "Le chantier")), text


def test_a_sentence_after_a_dateline_opens_after_its_dash():
    text = ("22 juin 2012. - Cette nuit, les talibans ont attaqué un grand hôtel de Kaboul, fréquenté "
            "surtout par des touristes occidentaux et des hommes d’affaires.\n\n"
            "L’attaque a fait quatorze morts. Les forces de sécurité afghanes sont intervenues au matin.\n")
    description = propose(annotated_from(text, "markdown")).meta_description
    assert description and description.startswith("Cette nuit, les talibans ont attaqué"), description


def test_a_clause_cut_keeps_the_main_clause():
    from seo_audit.outline.description import _keeps_main_clause

    span = _last_sentence_span(
        "Afin de pouvoir tenir ses engagements de retour du déficit public à la fin de l’année, "
        "le gouvernement français vient d’annoncer qu’il devra trouver sept milliards d’euros supplémentaires.")
    assert not _keeps_main_clause("Afin de pouvoir tenir ses engagements de retour du déficit public à la fin "
                                  "de l’année…", span)
    assert _keeps_main_clause("Afin de pouvoir tenir ses engagements de retour du déficit public à la fin de "
                              "l’année, le gouvernement français vient d’annoncer…", span)


STARTUP = """---
title: Mobilic
mission: Lutter contre le travail dissimulé dans le transport routier léger
---

Pour répondre aux exigences du droit du travail, les employeurs ont l’obligation de suivre le temps de travail
de leurs salariés. Dans le secteur des transports routiers, les salariés étant mobiles, le décompte de leur temps
de travail ne peut pas se faire au siège de leur entreprise.

Le livret individuel de contrôle au format papier était inutilisé ou contourné par un grand nombre d’acteurs
du transport routier léger, faute de contrôle possible.

Mobilic est la plateforme numérique gouvernementale de suivi du temps de travail dans le transport routier léger.
Les salariés y enregistrent leur temps de travail depuis leur téléphone.
"""


def test_a_short_title_leads_the_authors_mission_shortened_by_deletion():
    outline = propose(annotated_from(STARTUP, "markdown"))
    assert outline.meta_title == "Mobilic : lutter contre le travail dissimulé"


def test_the_authors_mission_of_fitting_length_is_the_description():
    long_mission = ("Aider les conseillers et travailleurs sociaux à promouvoir des profils ARSA\u200b auprès des "
                    "entreprises à fort potentiel d'embauche")
    text = STARTUP.replace("Lutter contre le travail dissimulé dans le transport routier léger", long_mission)
    # a sentence whose subject is the product and says what it is comes first (panel 8b rated
    # « Fichiers est la toute nouvelle application de LaSuite, conçue pour… » 2)
    assert propose(annotated_from(text, "markdown")).meta_description.startswith("Mobilic est la plateforme")
    without = text.replace("Mobilic est la plateforme numérique gouvernementale de suivi du temps de travail dans le "
                           "transport routier léger.\n", "")
    assert propose(annotated_from(without, "markdown")).meta_description == (
        "Mobilic : aider les conseillers et travailleurs sociaux à promouvoir des profils ARSA auprès des "
        "entreprises à fort potentiel d'embauche.")   # the infinitive after the name it is about
    # a mission that is not a sentence (no verb) gives way to the article's sentences
    text = STARTUP.replace("Lutter contre le travail dissimulé dans le transport routier léger",
                           "Programme national d’investigation des services numériques de l’État (volet 22)")
    assert propose(annotated_from(text, "markdown")).meta_description.startswith("Mobilic est la plateforme")


def test_the_sentence_that_says_what_the_subject_is_is_the_description():
    outline = propose(annotated_from(STARTUP, "markdown"))
    assert outline.meta_description == ("Mobilic est la plateforme numérique gouvernementale de suivi du temps de "
                                         "travail dans le transport routier léger.")


def test_no_keyword_runs_across_two_blocks():
    from seo_audit.measures.keywords import article_keywords

    text = "Mobilic\n\nPour les salariés, Mobilic simplifie le suivi du temps de travail. Mobilic est gratuit.\n"
    for keyword in article_keywords(annotated_from(text)):
        assert "\n" not in keyword.text, keyword


def test_a_mission_is_not_cut_before_the_complement_its_noun_needs():
    titles = mission_titles_of("Subventions innovantes", "Renforcer la place des PME dans la commande publique "
                                                         "d’innovation en France")
    assert titles
    assert "Subventions innovantes : renforcer la place" not in titles
    assert all(len(t) <= L.title_max_chars for t in titles)


def test_an_invisible_character_hides_no_opener():
    from seo_audit.outline.description import points_back

    assert points_back("C\ufeffe n'est pas tout, cette offre de médiation numérique n'est pas standardisée.")
    text = ("La cartographie de la médiation numérique\n\n"
            "C\ufeffe n'est pas tout, cette offre de médiation numérique n'est **pas standardisée** sur le territoire "
            "national, empêchant toute **interopérabilité des données** entre les acteurs.\n\n"
            "La cartographie recense l’offre de médiation numérique sur le territoire concerné.\n")
    description = propose(annotated_from(text)).meta_description
    assert description == "La cartographie recense l’offre de médiation numérique sur le territoire concerné."


def test_a_mission_is_cut_before_a_coordination_rather_than_inside_a_compound_noun():
    def best(title: str, mission: str) -> str:
        titles = mission_titles_of(title, mission)
        assert titles, mission
        return titles[0]

    # the capitals that spell the acronym go; « la taxe [de séjour] » is not amputated
    assert best("FARITAS", "FAciliter le Recouvrement de l’Impôt et de la TAxe de Séjour") == \
        "FARITAS : faciliter le recouvrement de l’impôt"
    # never a noun without its complement (« une parcelle [de jardin partagé] »): rather no
    # mission title at all (issue #17, panel 4: « ANDi : faciliter l'immersion
    # professionnelle des personnes » was rated « amputé »)
    titles = mission_titles_of("Jardinons", "Réserver simplement et rapidement une parcelle de jardin partagé dans "
                                            "votre quartier")
    assert not any(t.endswith("parcelle") for t in titles)
    # never a preposition's stump (« faire évoluer les usagers vers »)
    titles = mission_titles_of("Sobriété", "Faire évoluer les usagers vers des pratiques sobres de l’eau, en "
                                           "particulier en période de sécheresse")
    assert not any(t.endswith(" vers") for t in titles)
