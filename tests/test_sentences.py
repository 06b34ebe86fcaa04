"""Sentence boundaries as a French reader draws them, on passages counted by hand
(fixtures/hand-counted/boundaries-fr.txt and the held-out boundaries-heldout-fr.txt)."""

from __future__ import annotations

import pytest

from seo_audit.boundaries import ends_in_abbreviation, inner_boundaries
from seo_audit.measures.counts import text_sentences
from seo_audit.nlp import annotate_many

from conftest import article_from
from hand_counted import boundary_passages


def _split(passages: list[list[str]]) -> list[list[str]]:
    articles = (article_from("Titre\n\n" + " ".join(p)) for p in passages)
    return [[" ".join(s.text.split()) for s in text_sentences(a)] for a in annotate_many(articles)]


@pytest.mark.parametrize("name", ["boundaries-fr.txt", "boundaries-heldout-fr.txt"])
def test_hand_counted_passages_split_as_a_reader_does(name: str) -> None:
    passages = boundary_passages(name)
    assert len(passages) >= 16
    wrong = [(found, truth) for found, truth in zip(_split(passages), passages) if found != truth]
    assert wrong == []


def test_the_corpus_is_large_enough() -> None:
    assert len(boundary_passages()) >= 40


@pytest.mark.parametrize("piece,following,expected", [
    ("Le Pr.", "Martin dirige le service.", True),         # a title, whatever follows
    ("Le match Lyon vs.", "Marseille a eu lieu.", True),
    ("Ils ont apporté du pain, du vin, etc.", "Le reste suit.", False),  # etc. + capital: an end
    ("D'autres modes – train, car, etc.", "– existent.", True),
    ("Fondée en 600 av.", "J.-C. par des marins.", True),   # an initial is not a new sentence
    ("Selon l'art.", "L. 1111-2 du code.", True),
    ("C'est un vol.", "Personne n'a rien vu.", False),     # « vol » the theft, before a capital
    ("Ils étaient sept.", "Deux sont partis.", False),
    ("Elle a lu le chap.", "III avec plaisir.", True),     # a Roman numeral is a number
    ("Il a tout rangé, etc.", "C'est fini.", False),
    ("Il a tout rangé, etc.", "Il est parti.", False),
    ("Il a pris le train.", "2 heures plus tard.", False),  # no abbreviation at all
])
def test_abbreviations_at_a_boundary(piece: str, following: str, expected: bool) -> None:
    assert ends_in_abbreviation(piece, following) is expected


@pytest.mark.parametrize("text,cuts", [
    ("Elle s'exclame : « Quel produit ! » Cette distinction compte.", ["Cette"]),
    ("Elle demande : « Vous venez ? » avant de signer.", []),           # lower case: same sentence
    ("Il attendit… Puis il partit.", ["Puis"]),
    ("Il a dit que […] La suite est perdue.", []),                       # a cut in a quotation
    ("Le site est utile. (Certains produits sont remboursés.) La base suit.", ["(Certains", "La"]),
    ("Le site (voir plus bas) est utile.", []),
])
def test_inner_boundaries(text: str, cuts: list[str]) -> None:
    assert [text[c:].split()[0] for c in inner_boundaries(text)] == cuts


def test_what_already_worked_still_does() -> None:
    (found,) = _split([["M. B. Bégaud a compté 17.000 cas, voir https://www.example.fr/page.",
                        "Écrivez à contact@example.fr.", "A-t-il raison ?"]])
    assert found == ["M. B. Bégaud a compté 17.000 cas, voir https://www.example.fr/page.",
                     "Écrivez à contact@example.fr.", "A-t-il raison ?"]
