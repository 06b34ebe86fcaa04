"""Meta descriptions made of whole sentences that stand alone (issue #17, item 2; the
session-5 panel's failure classes): no fragment left without its lead-in, no second
sentence that starts another point, no auxiliary taken for a defining verb. Each
behaviour has a case that triggers it and one that does not. Texts: fixtures/README.md."""

from __future__ import annotations

from seo_audit.nlp import annotate, load
from seo_audit.outline import propose
from seo_audit.outline.description import continues, defines, infinitive_stump
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
