"""The French-aware keyphrase matcher: pairs that must and must not match."""

from __future__ import annotations

import pytest

from helpers import matches

from seo_audit.measures.keyphrase import compile_keyphrase, find_in_text

# (keyphrase, text): the keyphrase must be found in the text (parsed like article text)
MATCH = [
    ("orage", "L’orage a éclaté en fin de journée."),          # elision, typographic apostrophe
    ("orage", "L'orage a éclaté en fin de journée."),          # straight apostrophe
    ("l’orage", "Un orage violent."),                          # elided article optional
    ("l'orage", "L’orage gronde."),                            # ' vs ’
    ("Ukraine", "La politique est de défendre l’Ukraine."),
    ("responsables américains", "Le responsable américain a parlé."),   # plural ↔ singular
    ("responsable américain", "Les responsables américains ont parlé."),
    ("politique européenne", "Les politiques européennes de défense."),  # feminine plural
    ("européen", "Une politique européenne."),                  # masculine ↔ feminine
    ("cheval", "Les chevaux sont rentrés."),                    # irregular plural, by lemma
    ("chevaux", "Un cheval est rentré."),
    ("élysée", "Au palais de l’Elysee, hier."),                 # accents
    ("ELYSEE", "L’Élysée a répondu."),                          # case
    ("canal de retour", "Le canal de retour dramatique."),
    ("canal de retour", "Un canal retour discret."),            # function word optional
    ("canal de retour", "Les canaux de retour ouverts."),       # plural of the head noun
    ("porte-parole", "Le porte‑parole a parlé."),               # non-breaking hyphen
    ("porte-parole", "Le porte parole a parlé."),               # hyphen ↔ space
    ("porte parole", "La porte-parole du gouvernement."),
    ("États-Unis", "Du point de vue des Etats Unis, c’est utile."),
    ("Ian Bremmer", "a déclaré Ian Bremmer, le président du groupe."),  # proper noun
    ("Poutine", "La Russie post-Poutine inquiète."),
    ("cœur", "Au coeur du sujet."),                             # œ ↔ oe
    ("aménagement de l’enclos", "L’aménagement de l'enclos commence."),
    ("startup d'État", "Une startup d’État est une équipe."),
]

# (keyphrase, text): must NOT match
NO_MATCH = [
    ("politique de défense", "La politique européenne de défense."),  # inserted content word
    ("politique de défense", "La défense de la politique."),          # order matters
    ("canal de retour", "Le canal, de retour ici."),                   # punctuation breaks
    ("orage", "Les orangers sont en fleur."),
    ("Russie", "Les diplomates russes."),                               # another word
    ("responsable américain", "Le responsable a pris un avion américain."),
    ("canal de retour", "Le retour du canal."),
    ("cours", "La course a commencé."),
    ("Biden", "Le président Bidenko."),
]

# (keyphrase, slug or alt text): matched without parsing
SLUG_MATCH = [
    ("aménagement de l’enclos", "amenagement-de-l-enclos"),
    ("aménagement de l'enclos", "amenagement-enclos"),
    ("canal de retour", "canal-retour-biden-russie"),
    ("responsables américains", "responsable-americain"),
    ("Russie", "canal-retour-biden-russie"),
    ("l’orage", "orage-de-grele"),
]

SLUG_NO_MATCH = [
    ("canal de retour", "retour-canal"),
    ("politique de défense", "politique-europeenne-de-defense"),
    ("Poutine", "canal-retour-biden-russie"),
]


@pytest.mark.parametrize("keyphrase, text", MATCH)
def test_matches(keyphrase, text):
    assert matches(keyphrase, text)


@pytest.mark.parametrize("keyphrase, text", NO_MATCH)
def test_does_not_match(keyphrase, text):
    assert not matches(keyphrase, text)


@pytest.mark.parametrize("keyphrase, slug", SLUG_MATCH)
def test_slug_matches(keyphrase, slug):
    assert matches(keyphrase, slug, parse=False)


@pytest.mark.parametrize("keyphrase, slug", SLUG_NO_MATCH)
def test_slug_does_not_match(keyphrase, slug):
    assert not matches(keyphrase, slug, parse=False)


def test_enough_pairs():
    assert len(MATCH) + len(NO_MATCH) + len(SLUG_MATCH) + len(SLUG_NO_MATCH) >= 30


def test_occurrences_are_counted_and_located():
    text = "L’orage gronde. Après l'orage, un autre orage."
    found = find_in_text(compile_keyphrase("orage"), text)
    assert [text[s:e] for s, e in found] == ["orage", "orage", "orage"]


def test_content_words_of_keyphrase():
    assert compile_keyphrase("canal de retour").content_words == 2
    assert compile_keyphrase("l’aménagement de l’enclos des chevaux").content_words == 3
