"""Transition words added or refused after comparing with Yoast SEO on real pages
(issue #18); sentences written for seo-audit, checked by hand."""

from __future__ import annotations

import pytest

from seo_audit.measures.transitions import sentence_transitions

from conftest import annotated_from


def _transitions(sentence: str) -> list[str]:
    (only,) = annotated_from(sentence, "markdown").body_sentences
    return sentence_transitions(only)


@pytest.mark.parametrize("sentence,expected", [
    ("Lorsque le dossier est complet, il est transmis au service.", ["Lorsque"]),
    ("Lorsqu’il pleut, la route est fermée.", ["Lorsqu’"]),
    ("Il préfère le train plutôt que la voiture.", ["plutôt que"]),
    ("Plutôt qu'attendre, elle a appelé la mairie.", ["Plutôt qu'"]),
    ("Dès que la demande est reçue, un agent la traite.", ["Dès que"]),
    ("Le tarif varie selon que l'on habite en ville ou à la campagne.", ["selon que"]),
    ("Il faut remplir le formulaire de façon à éviter les erreurs.", ["de façon à"]),
    ("En général, la réponse arrive sous huit jours.", ["En général"]),
    ("Les fiches sont complétées au fur et à mesure que les enquêtes avancent.",
     ["au fur et à mesure que"]),
    ("Même s'il pleut, nous partirons.", ["Même s'"]),
    ("Alors, que faire de ces données ?", ["Alors"]),
    ("Alors le maire a pris la parole.", ["Alors"]),
])
def test_connectors(sentence: str, expected: list[str]) -> None:
    assert _transitions(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Selon l'Insee, le chômage baisse dans la région.",       # « selon » + noun
    "En tant que médecin, il connaît bien le problème.",
    "Les prix montent de plus en plus vite.",
    "Alors étudiante, elle découvre le problème pendant un stage.",  # temporal, in a noun phrase
    "Il était alors ministre de la Santé.",
    "Le public d'alors ignorait tout de ces questions.",
])
def test_not_connectors(sentence: str) -> None:
    assert _transitions(sentence) == []
