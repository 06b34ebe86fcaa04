"""The author's labels as subheadings (seo_audit/outline/labels.py), and two fragment faults.

On beta.gouv.fr pages whose headings were removed (fixtures/labels/, see fixtures/README.md):
a bold line, a bold lead and a list lead-in name their block in the author's words, where
a phrase of one bullet names one item. Each behaviour has a case that must trigger it and
one that must not.
"""

from __future__ import annotations

import pytest

from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.labels import block_labels
from seo_audit.outline.segment import segment
from seo_audit.outline.statement import Keyness, block_candidates
from seo_audit.readers import read_path

from conftest import FIXTURES

LABELS = FIXTURES / "labels"


@pytest.fixture(scope="module")
def pages():
    return {name: annotate(read_path(str(LABELS / f"{name}.md")))
            for name in ("li-ane", "anct-pni-9", "document-ia", "bambin", "excerpts")}


def _run(annotated, first: str, last: str) -> tuple:
    """The body blocks from the one that starts with `first` to the one that starts with `last`."""
    blocks = annotated.article.blocks
    start = next(i for i, b in enumerate(blocks) if b.text.startswith(first))
    end = next(i for i, b in enumerate(blocks) if i >= start and b.text.startswith(last))
    return tuple(blocks[start : end + 1])


def _labels(annotated, first: str, last: str) -> list[str]:
    return [label.phrase.text for label in block_labels(annotated, _run(annotated, first, last))]


def test_a_bold_line_opening_the_block_names_it_a_question_gives_its_subject(pages):
    found = _labels(pages["anct-pni-9"], "Les préjudices sont", "les logements, de petites")
    assert found[0] == "Les préjudices", found
    # the lead-in of the list that follows inside the block comes after it, its subject whole
    assert "La présence des encombrants" in found[1:], found


def test_bold_list_item_leads_are_items_never_labels(pages):
    # « **Sociaux** : … », « **Environnementaux** : … » are four items of one list
    found = _labels(pages["anct-pni-9"], "Sociaux", "Sanitaires")
    assert found == [], found


def test_a_list_lead_in_gives_its_noun_phrase_whole_without_its_quantifier(pages):
    found = _labels(pages["anct-pni-9"], "Certaines hypothèses terrains", "les habitants ne connaissent")
    assert found == ["Hypothèses terrains à vérifier"], found
    # a lead-in whose subject points back gives its object, the pointing adjective left out
    found = _labels(pages["document-ia"], "Document-IA permet de mettre en oeuvre", "Conformité")
    assert found == ["Les fonctionnalités"], found


def test_a_lead_in_gives_what_comes_last_before_its_colon_never_an_actor(pages):
    # the list spells out « 3 freins principaux », not « Les différents échanges »
    assert _labels(pages["excerpts"], "Depuis 3 mois", "*Pour les citoyens usagers".strip("*")) == [
        "3 freins principaux"]
    # « …, le Défenseur des Droits cherche à : » names who acts; « Dans un contexte de… » is a
    # circumstance: no label
    assert _labels(pages["excerpts"], "Dans un contexte", "Assurer en même temps") == []


def test_the_subject_of_a_lead_in_is_its_label_only_after_etre(pages):
    # « Le bénéficiaire du R.S.A pourra : » — the list says what the subject can do
    assert _labels(pages["excerpts"], "La solution proposée", "Répondre à un questionnaire") == []
    # « L'objectif est de : » names what the items share (fixtures/labels/anct-pni-9.md)
    assert _labels(pages["anct-pni-9"], "Importance d’impliquer", "réduire le temps") == ["L’objectif"]


def test_a_numbered_line_opening_the_block_over_its_items_heads_it(pages):
    # « 4 . Collaboration et adoption de la méthode : » then its bullets: the author's heading of
    # that part (numbered lines one after the other stay items: test_outline_openings)
    assert _labels(pages["excerpts"], "4 . Collaboration", "Adoption de la méthode Beta") == [
        "Collaboration et adoption de la méthode"]


def test_a_sentence_ending_in_a_colon_without_a_list_is_no_lead_in(pages):
    # « **[Dossier facile](…)** (accès au logement) : » is followed by a paragraph, not a list,
    # and its bold name is not followed by the colon
    assert _labels(pages["document-ia"], "Dossier facile", "DossierFacile traite") == []
    # a bold lead that opens a sentence (« **Vous êtes un acteur de l'État** et vous… ») is no label
    assert _labels(pages["document-ia"], "Vous êtes un acteur", "Vous êtes développeur et vous souhaitez analyser") == []


def test_bold_leads_that_share_a_head_give_their_common_part(pages):
    found = _labels(pages["li-ane"], "Objectif d'usage", "Objectif d'impact")
    assert found == ["Objectif"], found


def test_a_series_of_bold_lines_with_different_heads_gives_no_label(pages):
    # « Pièce justificatives : », « Assistant conversationnel : », « Eligibilité & Instruction : »
    # each name one of the solution's features
    found = _labels(pages["li-ane"], "Pièce justificatives", "LIAne optimise")
    assert found == [], found
    # one bold line inside a block is its label; a bold name that opens a sentence is not
    found = _labels(pages["li-ane"], "LIAne : un agent", "LIAne analyse")
    assert found == ["Simplification & SimpliScore"], found


def test_a_series_spread_over_blocks_is_still_a_series(pages):
    run = _run(pages["li-ane"], "LIAne : un agent", "LIAne analyse")
    assert [label.phrase.text for label in block_labels(pages["li-ane"], run, neighbours=3)] == []
    # on the page: the bold lines that each label one bullet are items wherever the
    # segmenter cut (three in one block, the first in the block before)
    outline = propose(pages["li-ane"])
    headings = [b.subheading for b in outline.blocks if b.insert]
    assert headings and not set(headings) & {"Simplification & SimpliScore", "Pièce justificatives",
                                              "Assistant conversationnel", "Eligibilité & Instruction"}, headings


def test_a_bold_lead_opened_by_a_preposition_is_no_noun_phrase(pages):
    assert _labels(pages["document-ia"], "Pour l'usager", "Possibilité de corriger") == []


def test_outline_proposes_the_label_over_a_detail_of_one_bullet(pages):
    outline = propose(pages["anct-pni-9"])
    headings = {b.subheading for b in outline.blocks if b.insert}
    assert "Les préjudices" in headings and "Hypothèses terrains à vérifier" in headings, headings
    assert "La date de collecte" not in headings  # a detail of one bullet, the panel's 0
    for block in outline.blocks:  # still contiguous words of the block
        text = " ".join(" ".join(p.text.split()) for p in block.segment.blocks)
        for proposal in filter(None, [block.subheading, *block.alternatives]):
            stretch = proposal  # « des », « aux » may give « Les »: the article the contraction holds
            for article, contracted in (("Les ", "des "), ("Les ", "aux "), ("Le ", "du "), ("Le ", "au ")):
                if proposal.startswith(article) and contracted + proposal[len(article):] in text:
                    stretch = proposal[len(article):]
            assert stretch[1:] in text, proposal


def _all_candidates(annotated) -> list[str]:
    segments = segment(annotated)
    spans = [[annotated.block_span(b) for b in s.blocks] for s in segments]
    keyness = Keyness.of(spans)
    return [c.phrase.text for i, s in enumerate(segments)
            for c in block_candidates(keyness, i, spans[i], [b.kind for b in s.blocks])]


def test_a_verbs_oblique_is_not_read_as_the_objects_complement(pages):
    # « diagBruit permet aux instructeurs … d'alerter les porteurs de projet sur les risques
    # acoustiques sur une parcelle »: « sur » is « alerter »'s
    found = _all_candidates(pages["bambin"])
    assert not any(t.startswith("Les porteurs de projet sur") for t in found), found
    # the page's other arguments are still offered whole
    assert "L’ajustement d’un projet" in found and "La modification d’un projet" in found, found


def test_a_participle_that_needs_its_complement_does_not_end_a_heading(pages):
    # « …la complexité de la réglementation associée » (associée à quoi ?), the panel's 0
    found = _all_candidates(pages["bambin"])
    assert not any(t.endswith("associée") for t in found), found
    # with its complement, the participle is whole
    phrase = _argument("Les habitants du quartier subissent les risques liés au bruit des avions.", "les risques")
    assert phrase is not None and phrase.text == "Les risques liés au bruit des avions"


def test_a_coordination_is_not_cut_where_the_parse_broke(pages):
    # « Algorithmes de traitements d'image et modèles ML fine-tuned »
    found = _all_candidates(pages["document-ia"])
    assert not any(t.endswith("et modèles") for t in found), found
    # a coordination taken whole, up to its sentence's end, is offered
    assert _argument("Les bénévoles proposent des ateliers de compost et des visites du potager.",
                     "des ateliers") is not None


def _argument(sentence: str, start_words: str):
    """`argument_phrase` (as an object) on `sentence` from `start_words` to its full stop."""
    from conftest import annotated_from
    from seo_audit.outline.statement import argument_phrase

    doc = annotated_from(f"Le jardin partagé\n\n{sentence}\n").doc
    start = doc.text.index(start_words)
    return argument_phrase([t for t in doc if start <= t.idx < doc.text.index(".", start)], "obj")


def test_html_bold_labels_are_read_like_markdown_ones():
    # the same lines of fixtures/labels/anct-pni-9.md, as a CMS would publish them
    from seo_audit.readers import parse

    html = ("<html><body><p><strong>Les préjudices sont d'ordre ?</strong></p><ul>"
            "<li><b>Sociaux</b> : image du quartier dégradée, dévalorisée</li>"
            "<li><b>Sanitaires</b> : nids à bêtes et insectes, lieux propices à la prolifération de larves/dengue</li>"
            "</ul><p>Certaines hypothèses terrains à vérifier :</p><ul>"
            "<li>les habitants sont génés par les encombrants</li>"
            "<li>les encombrants sont générés par les résidents ou par l’extérieur</li></ul></body></html>")
    annotated = annotate(parse(html, "anct.html", "html"))
    blocks = tuple(annotated.article.blocks)
    assert [label.phrase.text for label in block_labels(annotated, blocks[:3])] == ["Les préjudices"]
    assert [label.phrase.text for label in block_labels(annotated, blocks[3:])] == ["Hypothèses terrains à vérifier"]


def test_a_lead_in_ending_on_a_present_participle_gives_its_noun_phrase_not_the_participle():
    """« Une plateforme numérique centralisée permettant de : » labels what the platform
    allows; « … centralisée permettant » (de quoi ?) was proposed and rated 0 by both raters
    of the session-6 panel. The participle goes with its « de »; alone, it is malformed."""
    from seo_audit.outline.headings import malformed

    page = annotate(read_path(str(LABELS / "doctorat.md")))
    assert _labels(page, "Une plateforme numérique centralisée", "outiller") == ["Une plateforme numérique centralisée"]
    lead_in = next(s for s in page.doc.sents if s.text.startswith("Une plateforme"))
    cut = [t for t in lead_in if t.i <= next(t.i for t in lead_in if t.text == "permettant")]
    assert malformed(cut) == "participle left hanging"
    assert malformed(cut[:-1]) == ""  # « Une plateforme numérique centralisée »


def test_a_phrase_said_of_each_item_names_no_topic():
    """« Chaque brique du service » (session-6 panel: 0 from both raters, « fragment sans
    sens autonome »); « Les briques du service » is a topic."""
    from seo_audit.outline.headings import malformed

    page = annotate(read_path(str(LABELS / "doctorat.md")))
    doc = page.doc
    span = next(s for s in doc.sents if "chaque étape du parcours" in s.text)
    start = next(t.i for t in span if t.text == "chaque")
    each = list(doc[start : start + 4])
    assert [t.text for t in each] == ["chaque", "étape", "du", "parcours"]
    assert malformed(each) == "distributive"
    assert malformed(each[1:]) == ""  # « étape du parcours »


@pytest.fixture(scope="module")
def counted():
    return annotate(read_path(str(LABELS / "counted.md")))


def test_a_lead_in_that_counts_its_items_is_labelled_by_the_counted_phrase(counted):
    # « Cette plateforme a trois objectifs principaux : » over three numbered items: the
    # object the author counted names the whole list (the verb « a » is no stump of « à »)
    found = _labels(counted, "Une plateforme numérique", "permettre aux adultes")
    assert found == ["Trois objectifs principaux"], found
    # the subject of a verb other than « être » names the list when it counts its items
    found = _labels(counted, "Trois principaux problèmes", "Les jeunes utilisent")
    assert found == ["Trois principaux problèmes"], found


def test_a_count_that_is_not_the_number_of_items_does_not_label_the_list(counted):
    # « entre les deux services » over three bullets: the two services are not the items
    found = _labels(counted, "L'objectif est de faire circuler", "Afficher l'avancement")
    assert not any("deux services" in text.lower() for text in found), found


def test_a_counted_kind_or_level_with_its_complement_names_the_list(counted):
    # « niveau » alone is a vague head (« Le niveau »); counted over three bullets with its
    # « de » complement it names them: « 3 niveaux de simulation », not the first bullet
    found = _labels(counted, "Le simulateur permet", "une estimation personnalisée")
    assert found == ["3 niveaux de simulation"], found
