"""A name alone is no subheading (`headings.name_alone`).

Panel 9 rated « France Travail » — the label line over a list of that body's advisers, on
the promotion-de-profil-acceleree page of beta.gouv.fr — 0 by both raters (« vague ; le
bloc couvre cibles, territoires et phases d'investigation »), as panel 7 did « Dépenses
Éclairées ». The text below is that page's passage, shortened and reworded (attribution in
fixtures/README.md).
"""

from __future__ import annotations

from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.headings import Phrase, name_alone
from seo_audit.readers import parse

PAGE = """---
title: Promotion de Profil accélérée
---

Les conseillers d'insertion rencontrent chaque semaine des allocataires du RSA qui cherchent un emploi. Ils manquent d'un outil simple pour présenter ces profils aux entreprises qui recrutent près de chez eux. Le service proposé centralise les informations essentielles pour les aider à faire correspondre le bon profil avec la bonne entreprise. Les conseillers gagnent ainsi du temps sur chaque mise en relation et suivent mieux les candidatures envoyées.

France Travail
* Conseillers entreprises - CDE
* Conseillers emplois – CDDE

Partenaires FT
* Mission Locale
* Cap Emploi
* Conseil départemental

Nos territoires de test sont l'Eure et le Loiret, qui font partie des territoires des expérimentations ARSA de France Travail. Nous avons aussi travaillé avec les Côtes-d'Armor, où des conseillers intéressés par l'investigation nous ont ouvert leurs portes. L'investigation s'est déroulée en deux phases de deux et quatre mois, avec des entretiens auprès des conseillers et des entreprises.
"""


def _phrase(text: str, proper_first: bool = True) -> Phrase:
    return Phrase(text, (), frozenset(), 0, len(text.split()), proper_first)


def test_a_name_of_several_capitalised_words_is_a_name_alone():
    assert name_alone(_phrase("France Travail"))
    assert name_alone(_phrase("Dépenses Éclairées"))
    assert name_alone(_phrase("Agence Nationale de la Cohésion des Territoires"))  # its glue words are lower case
    assert name_alone(_phrase("Ministère de l'Intérieur"))  # an elided article too
    assert name_alone(_phrase("Agence de l’Eau"))


def test_a_phrase_that_names_a_thing_is_not():
    assert not name_alone(_phrase("Les territoires des expérimentations ARSA de France Travail", proper_first=False))
    assert not name_alone(_phrase("France Travail et ses conseillers"))  # a common noun in it
    assert not name_alone(_phrase("Contexte"))  # one word: a label's capital is no evidence
    assert not name_alone(_phrase("Le Loiret", proper_first=False))


def test_the_label_france_travail_is_not_made_a_heading():
    outline = propose(annotate(parse(PAGE, "promotion.md", "markdown")))
    second = outline.blocks[1]
    assert second.start_line == 7
    assert second.subheading != "France Travail"
