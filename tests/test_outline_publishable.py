"""Meta titles and descriptions an editor can publish (issue #17, the session-4 panel's
failure classes): no amputated noun, no word pointing back, no writer speaking, no cut
inside an enumeration, a sentence that names the subject. Each behaviour has a case that
must trigger it and one that must not. Texts: fixtures/README.md."""

from __future__ import annotations

from seo_audit.nlp import annotate, load
from seo_audit.outline import propose
from seo_audit.outline.description import (
    clause_cut,
    defines,
    names_subject,
    speaks_as_writer,
)
from seo_audit.outline.limits import default_limits
from seo_audit.outline.title import shortened_titles
from seo_audit.readers import parse

from conftest import annotated_from, mission_titles_of, read_fixture, shortened_titles_of

L = default_limits()


def _outline(name: str):
    fmt = "markdown" if name.endswith(".md") else "text"
    return propose(annotate(parse(read_fixture(name), name, fmt)))


def _span(text: str):
    return load()(text)[:]


def test_the_writer_speaking_is_refused_a_third_person_statement_is_not():
    for text in ("Nous ne faisons que créer une nouvelle manière d’articuler les dispositifs existants entre eux "
                 "pour maximiser leur efficacité.",
                 "En tant que porteur de projet, je ne dispose pas d'un accès facile pour connaître les obligation "
                 "réglementaires liées au bruit sur une parcelle."):
        assert speaks_as_writer(_span(text)), text
    for text in ("Les PSH ont le droit de faire les choix qui leur conviennent le mieux.",
                 "Vous êtes agent public et « intrapreneur » dans l'âme ?"):
        assert not speaks_as_writer(_span(text)), text


def test_a_description_never_stops_inside_an_enumeration():
    text = ("Le traité avait été signé en janvier secrètement par 22 des 27 gouvernements de l'Union européenne, "
            "ainsi que les États-Unis, le Japon, le Canada, l'Australie, la Nouvelle-Zélande, Singapour, la Corée "
            "du Sud, la Suisse, le Mexique et le Maroc.")
    cut = clause_cut(text, 156, 80, _span(text))
    assert cut is None  # no clause boundary before the list: never « …le Japon, le Canada… »
    # a comma before a second clause is a clause boundary: the cut is kept
    text = ("Le taux d’emploi des personnes en situation de handicap est aujourd’hui de 36 % contre 65 % pour "
            "l’ensemble de la population, et leur taux de chômage est de 19 %, soit le double de la moyenne nationale.")
    assert clause_cut(text, 156, 80, _span(text)) == (
        "Le taux d’emploi des personnes en situation de handicap est aujourd’hui de 36 % contre 65 % pour "
        "l’ensemble de la population…")


def test_a_sentence_naming_the_subject_even_quoted_or_in_lower_case():
    names = frozenset({"tout est permis"})
    assert defines(_span("Le portail web « Tout est Permis » facilite l’accès au permis de conduire."), names)
    assert not defines(_span("Les jeunes sans permis accèdent 2x moins à l’emploi que ceux qui l’ont."), names)
    names = frozenset({"diagbruit"})
    assert names_subject(_span("diagBruit permet aux porteurs de projets de concevoir des projets viables qui "
                               "protègent la santé des habitants."), names)
    assert not names_subject(_span("L’exposition à un niveau sonore trop élevé est un enjeu sanitaire majeur."), names)


def test_descriptions_of_the_panel_articles_name_their_subject():
    # « En tant que porteur de projet, je… » was proposed (rated 0): the defining sentence instead
    assert _outline("beta-startup-diagbruit.md").meta_description.startswith("diagBruit permet aux ")
    # a hook on the problem (rated 1) gives way to the sentence that says what the portal does
    assert _outline("beta-startup-tout-est-permis.md").meta_description == (
        "Le portail web « Tout est Permis » facilite l’accès au permis de conduire.")
    # no sentence names ANDi, « Nous ne faisons que… » (rated 0) and a list item's fragment are
    # refused: the author's own summary (`mission:`), though short
    assert _outline("beta-startup-andi.md").meta_description == (
        "Faciliter l'immersion professionnelle des personnes en situation de handicap.")
    # the news standfirst, given its full stop, rather than a detail cut inside a list of countries
    assert _outline("wikinews-44532.txt").meta_description == (
        "Bien qu'ayant été signé secrètement en janvier 2012 par 22 des 27 gouvernements de l'Union européenne, "
        "l'ACTA a été rejeté par le Parlement européen.")


def test_a_description_of_the_right_length_on_the_subject_is_kept():
    # nothing to refuse: a whole sentence of the right length stays the proposal
    text = ("La Fête du vélo de Nantes\n\nLa Fête du vélo de Nantes réunit chaque année en juin des milliers de "
            "cyclistes sur les bords de la Loire, de la gare jusqu'à l'île de Nantes.\n\nLes inscriptions sont "
            "ouvertes en ligne.\n")
    assert propose(annotated_from(text)).meta_description.startswith("La Fête du vélo de Nantes réunit")


def test_a_mission_title_never_cuts_a_noun_complement():
    titles = mission_titles_of("ANDi", "Faciliter l'immersion professionnelle des personnes en situation de handicap")
    assert not any(t.endswith(("des personnes", "professionnelle", "en situation")) for t in titles), titles
    titles = mission_titles_of("Tout est permis", "Favoriser l'emploi des jeunes hors agglomération en les aidants à "
                                                "obtenir le permis de conduire")
    assert titles[0] == "Tout est permis : favoriser l'emploi des jeunes"
    assert "Tout est permis : favoriser l'emploi" not in titles
    # the infinitive goes when it leaves no room for its object's complement
    titles = mission_titles_of("DocumentIA", "Automatiser le traitement des pièces justificatives pour accélérer les "
                                           "démarches administratives et éliminer les aller-retours entre les usagers "
                                           "et les instructeurs")
    assert titles[0] == "DocumentIA : le traitement des pièces justificatives"
    assert "DocumentIA : automatiser le traitement" not in titles
    # the adjective of a complement's complement may go, the complement may not
    titles = mission_titles_of("LIAne", "Agent intelligent de simplification des démarches numériques")
    assert titles == ["LIAne : agent intelligent de simplification des démarches"]


def test_a_shortened_title_keeps_a_fixed_pair_and_never_ends_without_its_complement():
    annotated = annotated_from("Réduction des encombrants en habitat social collectif à haute densité\n\nUn texte.\n",
                               "text")
    titles = [c.text for c in shortened_titles(annotated.block_span(annotated.article.title), None, L)]
    assert titles[0] == "Réduction des encombrants en habitat à haute densité"
    assert not any(t.endswith((" à densité", "en habitat")) for t in titles), titles
    # a title that fits is kept as it is
    annotated = annotated_from("Réduction des encombrants en habitat collectif\n\nUn texte.\n", "text")
    assert propose(annotated).meta_title == "Réduction des encombrants en habitat collectif"


def test_a_built_title_holds_no_word_pointing_back():
    outline = _outline("beta-startup-diagbruit.md")
    for title in [outline.meta_title, *outline.meta_title_alternatives]:
        assert "associée" not in title, title
    # without such a word, a phrase of the text after the name stays a candidate
    assert outline.meta_title.startswith("diagBruit : ")  # the author styles it so (title and body), as the description does


def test_a_built_title_is_neither_a_stump_nor_whom_the_page_serves():
    from seo_audit.measures.keywords import suggest_keyphrase
    from seo_audit.outline.title import built_titles

    text = ("---\ntitle: LIAne\n---\n\nDans un contexte où les administrations publiques doivent faire preuve "
            "d'ingéniosité et d'efficience dans un contexte contraint, démarches simplifiées apparaît comme un produit "
            "qui joue un rôle clé à la fois dans la mise en œuvre des démarches numériques usagers et dans la mise à "
            "disposition d'un back-office d'instruction et de décision.\n")
    annotated = annotated_from(text, "markdown")
    suggestion = suggest_keyphrase(annotated)
    titles = [c.text for c in built_titles(annotated, suggestion.keyphrase, list(suggestion.keywords), L)]
    assert not any(": œuvre" in t for t in titles), titles        # the stump of « mise en œuvre »
    assert "LIAne : les démarches numériques usagers" in titles   # « des démarches » holds its article
    outline = _outline("beta-startup-diagbruit.md")
    assert not outline.meta_title.startswith(("diagBruit : les porteurs", "DiagBruit : les porteurs")), outline.meta_title


def test_a_mission_title_keeps_a_verb_s_complement_and_points_nowhere():
    # a verb's infinitive complement and a present participle's complement stay
    titles = mission_titles_of("Zéro logement vacant", "Permettre aux collectivités de mobiliser les propriétaires de "
                                                     "logements vacants pour les remettre sur le marché")
    assert titles == [], titles   # « …: permettre aux collectivités » refused; nothing else fits
    titles = mission_titles_of("Assistant RH", "IA générative permettant aux gestionnaires RH des SGCD de disposer "
                                             "d’une première analyse rapide basée sur un corpus réglementaire à jour")
    assert titles == [], titles   # « …: IA générative permettant » refused; nothing else fits
    # « en facilitant » opens a gerund, not a noun's complement: the cut before it is kept
    assert mission_titles_of("Aeris", "Limiter les rejets polluants dans l'air en facilitant et en harmonisant la "
                                    "déclaration et le suivi des émissions des industriels")[0] == \
        "Aeris : limiter les rejets polluants dans l'air"
    # an object that points back (« leur utilisation ») is no title
    titles = mission_titles_of("Au Compost Mitoyen !", "Faciliter le déploiement de composteurs collectifs et encourager "
                                                     "leur utilisation")
    assert not any(t.endswith("leur utilisation") for t in titles), titles


def test_a_shortened_title_keeps_a_name_whole_and_may_keep_the_statement_after_its_colon():
    # « le Parti populaire » is a name: « le Parti exclut… » says something else; the place
    # before the colon and the clause of reason go, the statement stays
    titles = shortened_titles_of("Îles Baléares : le Parti populaire exclut le député Antoni Pastor pour avoir défendu "
                        "la langue catalane")
    assert titles[0] == "Le Parti populaire exclut le député Antoni Pastor", titles
    assert not any("le Parti exclut" in t for t in titles), titles
    titles = shortened_titles_of("Québec : Tout n'est pas que rose au Forum mondial de la langue française")
    assert not any("au Forum de" in t for t in titles), titles
    # an adjective of a common noun may still go (« habitat [social collectif] »)
    titles = shortened_titles_of("Réduction des encombrants en habitat social collectif à haute densité")
    assert "social" not in titles[0] and "collectif" not in titles[0]


def test_an_elided_noun_that_needs_its_complement_ends_no_mission_title():
    from seo_audit.outline.title import _needs_complement

    assert _needs_complement("simplifier l'accès") and _needs_complement("simplifier l’accès")
    assert not _needs_complement("simplifier l'accès aux données")
    titles = mission_titles_of("API Apprentissage", "Simplifier l’accès à des données de l'apprentissage fiables et à "
                                                  "jour grâce à un point d’entrée unique et documenté")
    assert not any(t.endswith("l’accès") for t in titles), titles
