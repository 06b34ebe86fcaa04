"""Segmentation into topical blocks (seo_audit/outline/segment.py)."""

from __future__ import annotations

from seo_audit.measures.counts import count_words
from seo_audit.outline.segment import Settings, choose_boundaries, depth_scores, segment

from conftest import BEFORE_LAYOUT, annotated_from

SPACE = ("La fusée Falcon 9 a décollé ce matin de la base de Cape Canaveral en Floride avec la "
         "capsule Dragon, qui doit rejoindre la station spatiale internationale dans quelques jours. ")
FOOD = ("Le boulanger du village prépare chaque matin le pain, les croissants et les brioches avec "
        "une farine de blé cultivé dans les champs voisins, puis il les vend sur le marché. ")


def _paragraphs(sentence: str, count: int, repeat: int = 2) -> list[str]:
    return [sentence * repeat for _ in range(count)]


def test_depth_scores_measure_valleys():
    assert depth_scores([1.0, 0.0, 1.0]) == [0.0, 2.0, 0.0]
    assert depth_scores([0.5, 0.5]) == [0.0, 0.0]


def test_dynamic_programming_respects_the_length_bounds():
    settings = Settings(max_words=300, min_words=60)
    words = [100] * 8
    cuts = choose_boundaries([0.0] * 7, words, [True] * 7, settings)
    sizes, start = [], 0
    for g in cuts + [7]:
        sizes.append(sum(words[start : g + 1]))
        start = g + 1
    assert all(60 <= s <= 300 for s in sizes)


def test_forbidden_gap_is_never_cut():
    settings = Settings(max_words=300, min_words=60)
    cuts = choose_boundaries([0.0, 5.0, 0.0], [100, 100, 100, 100], [True, False, True], settings)
    assert 1 not in cuts


def test_short_text_is_one_block_without_error():
    annotated = annotated_from("Un titre court\n\nUne seule phrase, assez brève, sur un sujet.\n\nEt une autre.\n")
    blocks = segment(annotated)
    assert len(blocks) == 1
    assert blocks[0].first == 0 and blocks[0].last == len(annotated.article.blocks) - 1


def test_empty_body_gives_no_block():
    annotated = annotated_from("Un titre\n\nRien.\n")
    assert len(segment(annotated)) == 1


def test_two_topics_are_separated_at_the_change():
    text = "Deux sujets\n\n" + "\n\n".join(_paragraphs(SPACE, 3) + _paragraphs(FOOD, 3)) + "\n"
    annotated = annotated_from(text)
    blocks = segment(annotated)
    assert [(b.first, b.last) for b in blocks] == [(0, 2), (3, 5)]


def test_blocks_never_split_a_paragraph_and_stay_within_300_words(mission_text):
    annotated = annotated_from(mission_text)
    blocks = segment(annotated)
    body = annotated.article.blocks
    covered = [i for b in blocks for i in range(b.first, b.last + 1)]
    assert covered == list(range(len(body)))  # whole paragraphs, in order, each once
    assert all(b.blocks == tuple(body[b.first : b.last + 1]) for b in blocks)
    assert 3 <= len(blocks) <= 5
    for b in blocks:
        assert b.words == sum(count_words(p.text) for p in b.blocks)
        assert b.words <= 300
        assert b.words >= 60


def test_markdown_headings_are_fixed_boundaries_and_short_sections_stay_whole():
    text = ("---\ntitle: Essai\n---\n# Essai\n\n" + "\n\n".join(_paragraphs(SPACE, 2)) +
            "\n\n## La boulangerie\n\n" + "\n\n".join(_paragraphs(FOOD, 2)) + "\n")
    annotated = annotated_from(text, "markdown")
    blocks = segment(annotated)
    headings = [b.heading.text if b.heading else None for b in blocks]
    assert headings == ["Essai", "La boulangerie"]
    assert all(b.starts_section for b in blocks)


def test_markdown_long_section_is_split_under_its_heading():
    paragraphs = _paragraphs(SPACE, 4) + _paragraphs(FOOD, 4)
    text = "# Essai\n\n## Une longue section\n\n" + "\n\n".join(paragraphs) + "\n"
    annotated = annotated_from(text, "markdown")
    blocks = segment(annotated)
    assert len(blocks) >= 2
    assert blocks[0].heading is not None and blocks[0].heading.text == "Une longue section"
    assert all(not b.starts_section for b in blocks[1:])
    assert all(b.words <= 300 for b in blocks)


def test_list_items_are_not_separated_from_each_other():
    items = "\n".join(f"- {SPACE.strip()} Point {i}." for i in range(3))
    text = ("# Essai\n\n## Section\n\n" + "\n\n".join(_paragraphs(FOOD, 3)) +
            "\n\nVoici la liste :\n\n" + items + "\n")
    annotated = annotated_from(text, "markdown")
    blocks = segment(annotated)
    body = annotated.article.blocks
    for b in blocks[1:]:
        before = body[b.first - 1]
        assert not (before.kind == "list_item" and body[b.first].kind == "list_item")
        assert not before.text.endswith(":")


def test_a_bold_label_is_never_cut_from_what_it_labels():
    from seo_audit.outline.segment import _allowed, pseudo_heading
    from seo_audit.readers import read_path

    from conftest import FIXTURES

    # fixtures/labels/li-ane.md: « **Simplification & SimpliScore** » then the paragraph it labels
    blocks = read_path(str(FIXTURES / "labels" / "li-ane.md")).blocks
    label = next(i for i, b in enumerate(blocks) if b.text == "Simplification & SimpliScore")
    assert pseudo_heading(blocks[label])
    assert not _allowed(blocks, "", label)      # after the label: never
    assert _allowed(blocks, "", label - 1)      # before it: as the text decides
    # a bold sentence, a bold lead and a list item in bold are no labels
    lead = next(b for b in blocks if b.text.startswith("Objectif d'usage"))
    assert not pseudo_heading(lead)
    sentence = annotated_from("**Le taux d'emploi des personnes handicapées est de 36 %.**\n\nTexte.\n",
                              "markdown").article.blocks[0]
    assert sentence.wholly_strong and not pseudo_heading(sentence)


def _starts(path) -> list[str]:
    """The first words of each block's first paragraph, the segmenter's and then without
    the layout, on a page read as `seo-audit outline` reads it."""
    from seo_audit.nlp import annotate_many
    from seo_audit.readers import read_path

    annotated = next(iter(annotate_many([read_path(str(path))])))
    return ([b.blocks[0].text[:30] for b in segment(annotated)],
            [b.blocks[0].text[:30] for b in segment(annotated, BEFORE_LAYOUT)])


def test_the_layout_finds_the_authors_sections_on_a_page_without_its_headings():
    from conftest import FIXTURES

    # fixtures/segment/filharmonic-sans-titres.md: the author's four sections, their « ## »
    # lines blanked; the second opens on a paragraph then « Il s’agit de : » over a list, the
    # third and fourth on a paragraph after that list and after a paragraph
    authors = ["Fil’harmonic se propose de fac", "La communauté des inspecteurs ", "Après six mois d'incubation au"]
    with_layout, without = _starts(FIXTURES / "segment" / "filharmonic-sans-titres.md")
    found = [s for s in authors if s in with_layout]
    assert len(found) >= 2, with_layout
    assert len(found) > len([s for s in authors if s in without]), (with_layout, without)


def test_layout_kinds_read_the_authors_hand():
    from seo_audit.outline.segment import layout_kinds, layout_priors

    text = ("# Essai\n\n"
            "Les inspecteurs de l’environnement effectuent chaque année vingt mille contrôles sur les installations classées.\n\n"
            "Fil’harmonic se propose de faciliter le travail administratif autour des contrôles, il s’agit de :\n\n"
            "- replacer l’industriel au centre de son inspection, en fluidifiant les échanges ;\n"
            "- faire d’une inspection un processus continu.\n\n"
            "La communauté des inspecteurs est en demande d’outils modernes, qui leur permettent de gagner du temps.\n\n"
            "- Un formulaire simplifié pour documenter l’opération et en récupérer les métadonnées\n\n"
            "**Étape 2**\n\n"
            "2 . Début des développements du formulaire et des premiers tests\n\n"
            "Les industriels souhaitent se servir des conclusions de l’inspection comme point de départ, et parmi eux\n\n"
            "- les exploitants des sites les plus dangereux\n")
    blocks = [b for b in annotated_from(text, "markdown").article.blocks if b.kind != "heading"]
    kinds = [layout_kinds(blocks, g) for g in range(len(blocks) - 1)]
    assert kinds[0] == ["lead-in"]               # a sentence over a list opens a part
    assert kinds[1] == ["list goes on"] and kinds[2] == []
    assert kinds[3] == ["after list"]
    assert kinds[4] == ["into list"]             # a list after a full stop
    assert "bold line" in kinds[5] and "numbered" in kinds[6]   # ten words: an item, no heading
    assert kinds[-1] == ["list goes on"]         # the list ends the paragraph's sentence
    priors = layout_priors(blocks)
    assert priors[0] > 0 and priors[4] > 0 and priors[5] < 0 and priors[6] < priors[5]


def test_a_template_section_name_opens_a_section_where_other_labels_do_not():
    from seo_audit.outline.segment import layout_priors, section_name

    assert section_name("Problèmes") and section_name("Notre solution :") and section_name("Le contexte")
    assert not section_name("Livrables :") and not section_name("La piste envisagée")
    text = ("# Essai\n\n" + SPACE * 2 + "\n\n**Contexte**\n\n" + SPACE * 2 + "\n\n**Livrables :**\n\n" + SPACE * 2 + "\n")
    blocks = [b for b in annotated_from(text, "markdown").article.blocks if b.kind != "heading"]
    priors = layout_priors(blocks)
    assert priors[0] > 0 > priors[2]   # before « **Contexte** », before « **Livrables :** »


def test_numbered_heading_is_segments_public_reading_of_a_numbered_line():
    """`numbered_heading` lives with `NUMBERED` in segment.py, where the layout prior reads it
    (it used to be `labels._numbered_heading`, imported privately and lazily from here)."""
    from conftest import FIXTURES, article_from

    from seo_audit.outline.segment import numbered_heading

    # fixtures/heads/accidents-de-la-route.md: « 4 . Renforcement du suivi » over its bullets
    # is the author's heading; « 3 . Explorer d’autres options d'accompagnement par la DINUM »,
    # ten words, is a sentence of a series, not a heading
    text = (FIXTURES / "heads" / "accidents-de-la-route.md").read_text(encoding="utf-8")
    blocks = article_from(text, "markdown").blocks
    where = {b.text.strip()[:20]: k for k, b in enumerate(blocks)}
    assert numbered_heading(blocks, where["4 . Renforcement du "])
    assert not numbered_heading(blocks, where["3 . Explorer d’autre"])
    # two numbered lines in a row: the first is an item of a numbered list, not a heading
    items = article_from("# Défis\n\n1 . Divergence d'attentes entre DNSP et la DINUM\n\n"
                         "2 . Temporalité du projet et gestion des délais\n\n"
                         "Les entretiens n’ont pu débuter qu’en septembre.\n", "markdown").blocks
    first = next(k for k, b in enumerate(items) if b.text.startswith("1 ."))
    assert not numbered_heading(items, first) and numbered_heading(items, first + 1)
