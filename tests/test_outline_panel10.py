"""Faults the session-10 panel found, rated 0 by both raters, each with a case that must
not change. Texts: passages of beta.gouv.fr pages and blog posts, shortened (attribution in
fixtures/README.md), and sentences of ours."""

from __future__ import annotations

from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.statement import Keyness, block_candidates
from seo_audit.readers import parse

from conftest import annotated_from

# economes.de.flux.a.disposition.md, lines 32–36 (shortened), under a title and an
# introduction of ours
IDEA = """---
title: Dépanne ma Rénov'
---

La rénovation énergétique des bâtiments publics avance lentement. Les collectivités manquent de personnel formé, de temps et de repères pour lancer des travaux. Les élus hésitent à engager des dépenses dont ils mesurent mal le retour. Les services techniques croulent sous les demandes et les fiches pratiques se perdent d'un mandat à l'autre.

Pour remédier à ce problème, nous nous sommes inspirés d'une solution plébiscitée de tous : les Economes de Flux. Leur rôle consiste à prioriser et piloter des travaux de rénovation énergétique, lancer des actions de réduction de la consommation énergétique et aider au montage de dossiers d'aides.

L'idée est double :
1. Expérimenter un service d'orientation par des Economes de Flux en central, à disposition des collectivités et de l'Etat. Ces derniers pourraient exprimer leur besoin sur une plateforme et un à deux Economes de flux en freelance pourraient les aiguiller et les aider.
2. Onboarder des Economes de flux en poste en région afin qu'ils puissent aussi bénéficier de ces connaissances, les compléter, gérer leurs projets et échanger entre eux leurs bonnes pratiques afin de rompre leur isolement.
"""


def test_the_lead_in_label_l_idee_is_no_heading():
    # « L'idée » (« formule vague, ne dit rien des Économes de flux »): « idée » is a
    # generic head, like « objectif » or « solution »
    outline = propose(annotate(parse(IDEA, "economes.md", "markdown")))
    headings = [b.subheading for b in outline.blocks]  # here one block, whose « possible » it was
    assert headings and "L'idée" not in headings, headings


def _candidates(block: str) -> list[str]:
    intro = ("Un développeur de l'équipe cherchait depuis des heures pourquoi le simulateur refusait les "
             "valeurs saisies par les usagers, et le site restait cassé pour tout le monde.")
    annotated = annotated_from(f"Le bug de l'enum\n\n{intro}\n\n{block}\n")
    spans = [[annotated.block_span(b)] for b in annotated.article.blocks if b.kind == "paragraph"]
    return [c.phrase.text for c in block_candidates(Keyness.of(spans), 1, spans[1])]


def test_a_point_in_time_is_no_heading():
    # 2018-04-12-ce-qui-se-passe-dans-la-tete-d-un-developpeur.md, lines 102–104: « Le
    # lendemain matin » (« simple repère temporel »)
    # (a third sentence of ours gives the block a candidate, so that the list is not empty)
    found = _candidates("Le lendemain matin, j'arrive très tôt pour aider à finir de résoudre le problème des "
                        "valeurs de l'enum. Je découvre que le développeur du site a intégré la correction des "
                        "valeurs de l'enum depuis chez lui. La correction des valeurs de l'enum répare le "
                        "simulateur pour tous les usagers.")
    assert found and not any(f.startswith("Le lendemain") for f in found), found


def test_what_the_morning_brings_still_is():
    # a head that is no point in time, in the same sentence shape
    found = _candidates("La correction des valeurs de l'enum arrive très tôt pour aider à finir de résoudre le "
                        "problème. Le développeur du site intègre la correction des valeurs de l'enum depuis chez lui.")
    assert any(f.startswith("La correction des valeurs") for f in found), found
