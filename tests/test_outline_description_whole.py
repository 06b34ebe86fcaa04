"""Meta descriptions made of whole sentences that stand alone (issue #17, item 2; the
session-5 panel's failure classes): no fragment left without its lead-in, no second
sentence that starts another point, no auxiliary taken for a defining verb. Each
behaviour has a case that triggers it and one that does not. Texts: fixtures/README.md."""

from __future__ import annotations

from seo_audit.nlp import annotate, load
from seo_audit.outline import propose
from seo_audit.outline.description import (
    _keeps_main_clause,
    clause_cut,
    continues,
    defines,
    infinitive_stump,
    is_commentary,
    points_back,
    undated_day,
)
from seo_audit.readers import parse

from conftest import read_fixture


def _span(text: str):
    return load()(text)[:]


def test_a_fragment_opening_on_de_and_an_infinitive_is_no_description():
    # « EvalPro+ se propose : » then « D'intégrer… »: the panel rated the fragment 0 twice
    assert infinitive_stump(_span("D'intégrer l'évaluation environnementale des projets au sein même des procédures "
                                  "d'autorisations administratives sur le principe \"dites le nous une fois\"."))
    assert not infinitive_stump(_span("De nombreuses initiatives sont déjà amorcées sur l'amélioration de la "
                                      "connaissance des ZAE."))
    outline = propose(annotate(parse(read_fixture("heads/evalpro.md"), "evalpro.md", "markdown")))
    assert not outline.meta_description.startswith(("D'", "D’")), outline.meta_description
    for text in outline.meta_description_alternatives:
        assert not text.startswith(("D'", "D’")), text


def test_an_auxiliary_is_not_the_verb_that_says_what_the_subject_is():
    # « a fait », « ont été tuées »: faire, tuer, not avoir, être
    assert not defines(_span("L'attaque a fait 14 morts, dont les 5 assaillants Talibans."), frozenset({"attaque"}))
    assert not defines(_span("Au moins une quarantaine de personnes au sol ont également été tuées."),
                       frozenset({"personnes"}))
    # a copula or a defining verb still is
    assert defines(_span("Mobilic est la plateforme numérique gouvernementale de suivi du temps de travail."),
                   frozenset({"mobilic"}))
    assert defines(_span("La plateforme a permis aux agriculteurs de partager leurs expériences."),
                   frozenset({"plateforme"}))


def test_a_second_sentence_continues_the_first_or_is_left_out():
    for text in ("Par ailleurs, la plateforme BAN met à disposition des outils complémentaires gratuits.",
                 "Enfin, les données sont publiées chaque mois.",
                 "Nous ne savons pas orienter les usagers qui nous contactent.",
                 "Quel serait le coût pour la collectivité ?",
                 "Service numérique sponsorisé par le ministère de la Culture."):
        assert not continues(text, _span(text)), text
    for text in ("Elle est le fruit de la collaboration de la DINUM, de l'ANCT et de l'IGN.",
                 "« Nous sommes en ce moment même en train de recueillir des témoignages » a ajouté le porte-parole.",
                 "Le PP a considéré qu'Antoni Pastor avait commis une faute très grave."):
        assert continues(text, _span(text)), text


def _news(name: str):
    return propose(annotate(parse(read_fixture(name), name, "text")))


def test_a_time_counted_from_an_unnamed_event_points_back():
    # « la veille » of what? (the panel: « la veille » sans repère, rated 0 twice)
    assert points_back("Le Royaume-Uni avait menacé la veille d'envahir l'ambassade équatorienne pour capturer "
                       "Julian Assange.")
    assert points_back("Le pays a connu le même jour un attentat-suicide au nord-est du Nigeria.")
    assert not points_back("Le Royaume-Uni avait menacé le 15 août d'envahir l'ambassade équatorienne.")


def test_a_commentary_is_not_the_news_the_dated_lead_is():
    assert is_commentary("Julian Assange est probablement la première icône occidentale depuis la fin de la "
                         "Guerre froide dont la liberté est menacée par une démocratie occidentale.")
    assert not is_commentary("L'Équateur a officiellement accordé l'asile politique à Julian Assange.")
    # the opinion (rated 0 twice) and « la veille » (0 twice) give way to the lead, its date's
    # apposition deleted (a « … » cut was rated 0 twice by the session-6 panel): the news, whole
    outline = _news("wikinews-44940.txt")
    assert outline.meta_description == ("Rafael Correa, président de la république équatorienne, a décidé hier "
                                        "d'accorder l'asile politique, au fondateur de WikiLeaks Julian Assange.")


def test_a_footnote_call_leaves_the_description_an_undated_hier_weighs_less():
    outline = _news("wikinews-44975.txt")
    assert "[1]" not in outline.meta_description
    assert outline.meta_description == ("Le Parti populaire espagnol a exclu, hier, à l'unanimité, Antoni Pastor, "
                                        "député-maire de Manacor.")
    assert undated_day("Le Parti populaire espagnol a exclu, hier, à l'unanimité, Antoni Pastor.")
    assert not undated_day("Rafael Correa a décidé hier, jeudi 16 août 2012, d'accorder l'asile politique.")


def test_a_clause_cut_keeps_a_finite_main_clause_and_a_list_has_two_items():
    text = ("Alors que les troupes de Prigozhin traversaient Rostov dans le sud de la Russie et se dirigeaient vers "
            "Moscou, le département d’État a exhorté tout le personnel diplomatique à ne pas quitter leurs locaux "
            "diplomatiques, une décision qui, selon le responsable américain, était purement préventive et non une "
            "réaction à une menace spécifique.")
    cut = clause_cut(text, 156, 80, _span(text))
    assert cut == ("Alors que les troupes de Prigozhin traversaient Rostov dans le sud de la Russie et se dirigeaient "
                   "vers Moscou…")
    assert not _keeps_main_clause(cut, _span(text))   # the subordinate clause alone
    # one phrase after the last comma is no list: the cut may fall there
    text = ("Rafael Correa, président de la république équatorienne, a décidé hier, jeudi 16 août 2012, d'accorder "
            "l'asile politique, au fondateur de WikiLeaks Julian Assange.")
    cut = clause_cut(text, 156, 80, _span(text))
    assert cut.endswith("d'accorder l'asile politique…") and _keeps_main_clause(cut, _span(text))

