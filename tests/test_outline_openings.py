"""Subheadings from what a block opens on (seo_audit/outline/statement.py, labels.py).

Editors of the session-6 panel rated 0 a subheading taken from one list item (« Une
version publique », one of two versions) where the block's opening line says what the
list holds. On the panel pages themselves (fixtures/heads/, see fixtures/README.md).
"""

from __future__ import annotations

import pytest

from seo_audit.outline import propose
from seo_audit.outline.labels import block_labels

from conftest import heads_page


@pytest.fixture(scope="module")
def catalogue():
    return heads_page("catalogue-apprentissage")


@pytest.fixture(scope="module")
def doctorat():
    return heads_page("doctorat-admission")


@pytest.fixture(scope="module")
def easi():
    return heads_page("easi")


@pytest.fixture(scope="module")
def setaccords():
    return heads_page("setaccords")


def _block(outline, first_line: str):
    return next(b for b in outline.blocks if b.segment.blocks[0].text.startswith(first_line))


def test_a_counted_subject_that_opens_the_block_names_it_not_one_item(catalogue):
    """« Deux versions du catalogue coexistent : » then one bullet per version: the subject
    counts what the list holds; « Une version publique » is its first item."""
    block = _block(propose(catalogue), "Deux versions du catalogue")
    assert block.subheading == "Deux versions du catalogue", block.subheading
    assert "Une version publique" not in [block.subheading, *block.alternatives]


def test_a_one_word_lead_in_is_a_label_even_when_taken_for_a_place(doctorat):
    """« Conséquences : » before its list: the entity recogniser calls the capitalised word
    a place, which made it « a name alone »; it is the author's label."""
    blocks = doctorat.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("Conséquences"))
    labels = block_labels(doctorat, tuple(blocks[start : start + 5]))
    assert [label.phrase.text for label in labels][:1] == ["Conséquences"]
    # a name alone is still no label (« LIAne » in test_outline_labels)


@pytest.fixture(scope="module")
def accidents():
    return heads_page("accidents-de-la-route")


def _labels_from(annotated, first: str, count: int) -> list[str]:
    blocks = annotated.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.startswith(first))
    return [label.phrase.text for label in block_labels(annotated, tuple(blocks[start : start + count]))]


def test_a_numbered_line_that_opens_its_block_over_its_own_items_is_its_heading(accidents):
    """« 4 . Renforcement du suivi » then its bullets: the author's heading of that part,
    where a phrase of one bullet (« Le responsable de portefeuille ») named a detail."""
    assert _labels_from(accidents, "4 . Renforcement du suivi", 4)[:1] == ["Renforcement du suivi"]
    assert _labels_from(accidents, "4 . Collaboration et adoption", 3)[:1] == ["Collaboration et adoption de la méthode"]
    # inside a block, a plain numbered line is still one item of its series
    assert "Complexité de l’écosystème" not in _labels_from(accidents, "2 . Temporalité du projet", 6)


def test_numbered_lines_on_consecutive_lines_are_items_of_a_list():
    from conftest import annotated_from

    annotated = annotated_from("Le bilan\n\nNous retenons trois leçons de cette année.\n\n"
                               "1 . La méthode des entretiens\n\n2 . Le binôme avec la coach\n\n"
                               "3 . La communication avec les partenaires\n")
    blocks = annotated.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("1 ."))
    assert block_labels(annotated, tuple(blocks[start:])) == []


def test_a_bold_numbered_line_may_be_an_action_the_author_titled(doctorat):
    """« **2# Tester les usages avant de généraliser** » inside the block that the segmenter
    started one sentence earlier: the author's heading (an infinitive and its object), where
    « Une valeur immédiate aux utilisateurs » (the object of that earlier sentence) named none."""
    block = _block(propose(doctorat), "Chaque jalon apporte")
    assert block.subheading == "Tester les usages avant de généraliser", block.subheading


def test_a_lead_in_deep_in_the_block_yields_to_the_subject_the_block_opens_on(easi):
    """« Des vidéos explicatives tutorielles … donneront à voir… » opens the block; « …
    l'évolution de la solution : » announces a list at its sixth paragraph (« L'évolution de
    la solution »: 0 from both raters of the session-6 panel, « vague et amputé »)."""
    block = _block(propose(easi), "Des vidéos explicatives")
    assert block.subheading == "Les vidéos explicatives tutorielles", block.subheading
    assert "L’évolution de la solution" not in block.alternatives


def test_a_template_label_that_opens_the_block_is_its_heading(setaccords):
    """« **Solution** » over the block that presents it; a phrase of its later sentences was
    a detail (« Un premier temps », the stump of « dans un premier temps »)."""
    block = _block(propose(setaccords), "Solution")
    assert block.subheading == "Solution", block.subheading
    assert block.promoted


def test_a_moment_is_no_topic():
    """« dans un premier temps » gave « Un premier temps » (setaccords, a block about its
    solution); « temps » names a moment, like the stumps of compound prepositions."""
    from test_outline_statement import candidates

    found = candidates("Dans un premier temps, les bénévoles installent un composteur collectif dans la cour.")
    assert "Un composteur collectif" in found, found
    assert not any("temps" in t for t in found), found


def test_a_short_plain_line_over_a_list_is_its_label():
    """« Un outil d'amélioration du travail juridique » over its features (partaj): the
    author's heading without the bold; a line ending in a full stop is a sentence."""
    from conftest import annotated_from

    text = ("# Partaj\n\nLe service aide les juristes des administrations centrales.\n\n"
            "Un outil d'amélioration du travail juridique\n\n"
            "- un espace de travail par saisine avec une messagerie dédiée ;\n"
            "- un parapheur numérique pour la préparation collaborative de l'avis ;\n"
            "- un tableau de bord du suivi des demandes.\n")
    for line, expected in (("Un outil d'amélioration du travail juridique", ["Un outil d'amélioration du travail juridique"]),
                           ("Un outil d'amélioration du travail juridique.", [])):
        annotated = annotated_from(text.replace("Un outil d'amélioration du travail juridique\n", line + "\n"), "markdown")
        blocks = annotated.article.blocks
        start = next(i for i, b in enumerate(blocks) if b.text.startswith("Un outil"))
        assert [label.phrase.text for label in block_labels(annotated, tuple(blocks[start:]))] == expected


def test_a_lead_in_right_after_the_opening_sentence_still_names_the_block():
    """« Plusieurs axes d'amélioration … ont été confirmés … » then « Trois pistes de
    solutions ont été abordées pendant cette investigation : » and the three pistes: the
    lead-in, second paragraph of the block, announces what the block holds (conseau)."""
    block = _block(propose(heads_page("conseau")), "Plusieurs axes d’amélioration")
    assert block.subheading == "Trois pistes de solutions", block.subheading


def test_a_template_label_yields_to_the_subject_of_the_statement_it_heads():
    """« **Problème** » (tagged X by the model: a common noun all the same, and a label) over
    « Toutefois, la rédaction des PV … requiert une certaine expérience… »: the subject names
    the problem, the template does not (tabula)."""
    page = heads_page("tabula")
    blocks = page.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.strip() == "Problème")
    assert [label.phrase.text for label in block_labels(page, tuple(blocks[start : start + 2]))] == ["Problème"]
    assert _block(propose(page), "Problème").subheading == "La rédaction des PV"


def test_a_word_and_a_colon_over_a_paragraph_is_a_label():
    """« Contexte: » over its paragraph; a sentence that ends in a colon is none."""
    from conftest import annotated_from

    text = ("# Mobilité\n\nLe projet aide les habitants des communes rurales.\n\n{line}\n\n"
            "La communauté de communes compte vingt-deux communes et cinquante mille habitants.\n")
    for line, expected in (("Contexte:", ["Contexte"]), ("Le contexte est le suivant :", [])):
        annotated = annotated_from(text.format(line=line), "markdown")
        blocks = annotated.article.blocks
        start = next(i for i, b in enumerate(blocks) if b.text.startswith(line[:8]))
        assert [label.phrase.text for label in block_labels(annotated, tuple(blocks[start:]))] == expected


def test_a_lead_in_whose_subject_is_a_template_head_gives_it_alone():
    """« Ses objectifs sont de : » then the objectives (csplab): « Objectifs », where the
    phrase of one bullet (« Les compétences et métiers de la fonction publique ») named one
    objective of five; a lead-in's subject that is no template head stays refused alone."""
    page = heads_page("csplab")
    assert _block(propose(page), "Ses objectifs sont de").subheading == "Objectifs"
    blocks = page.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("Ses objectifs sont de"))
    assert [label.phrase.text for label in block_labels(page, tuple(blocks[start : start + 3]))] == ["Objectifs"]


def test_a_pair_written_with_a_spaced_slash_is_kept_whole_or_not_at_all(accidents):
    """« 3 . Le binôme intra / coach : » heads its block whole; « Le binôme intra », the pair
    cut at its slash, was proposed (an « amputé » heading)."""
    from test_outline_statement import candidates

    assert _labels_from(accidents, "3 . Le binôme intra / coach", 3)[:1] == ["Le binôme intra / coach"]
    found = candidates("Le binôme intra / coach a mené les entretiens avec les jardiniers du quartier.")
    assert not any(t.startswith("Le binôme intra") and "coach" not in t for t in found), found
    assert "Les jardiniers du quartier" in found, found
