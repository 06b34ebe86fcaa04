"""Readers: every format gives one Article whose pieces know their source line and column."""

from __future__ import annotations

import pytest

from seo_audit.errors import InputError
from seo_audit.readers import guess_format, parse, read_path
from conftest import FIXTURES, annotated_from

MD = FIXTURES / "2017-05-03-mes-aides-datascience-public.md"
HTML = FIXTURES / "wikinews-44269.html"
TXT = FIXTURES / "wikinews-44046.txt"


def test_markdown_front_matter_and_title_position():
    article = read_path(str(MD))
    assert article.format == "markdown"
    assert article.title.text == "Statistiques descriptives au service de l'intérêt général"
    where = article.locate(article.title)
    assert (where.line, where.column) == (2, 8)  # « title: » is 7 characters wide
    assert article.description is None
    # no « slug » in the front matter: Jekyll serves a dated post without its date
    assert article.slug == "mes-aides-datascience-public"
    assert article.front_matter["authors"] == ["matti.schneider"]


def test_markdown_headings_levels_and_lines():
    article = read_path(str(MD))
    headings = [(b.level, b.text, article.locate(b).line) for b in article.headings]
    assert headings[:3] == [(2, "Objectifs", 13), (2, "Résultats", 25), (3, "Répartition géographique", 27)]
    assert len(headings) == 10
    # the column is that of the text, after « ## »
    assert article.locate(article.headings[0]).column == 4


def test_markdown_inline_markup_is_removed_and_mapped_back():
    article = read_path(str(MD))
    first = article.blocks[0]
    assert first.kind == "paragraph"
    assert first.text.startswith("La « datascience », ou science de la donnée")
    # « donnée » is after the underscores of _datascience_: the map must skip them
    start = first.text.index("donnée")
    where = article.locate(first, start, start + len("donnée"))
    line = MD.read_text(encoding="utf-8").splitlines()[where.line - 1]
    assert line[where.column - 1 : where.end_column - 1] == "donnée"


def test_markdown_link_text_stays_in_paragraph_and_link_is_recorded():
    article = read_path(str(MD))
    paragraph = next(b for b in article.blocks if "Florian Gauthier" in b.text)
    assert "mission Administrateur général des données, nous avons" in paragraph.text
    assert article.locate(paragraph).line == 11
    link = article.links[0]
    assert (link.href, link.text) == ("https://agd.data.gouv.fr", "Administrateur général des données")


def test_markdown_list_items_and_images():
    article = read_path(str(MD))
    items = [b for b in article.blocks if b.kind == "list_item"]
    assert items[0].text == "Comprendre la diffusion territoriale de l’usage de Mes\u00a0Aides."
    assert article.locate(items[0]).line == 17
    assert len(article.images) == 8  # eight « ![…](…) » in the file
    assert article.images[0].alt == "La densité de population détermine la fréquence d'usage."
    assert article.images[0].src.endswith("repartition-usage-villes.jpg")


def test_markdown_keyphrase_description_and_slug_from_front_matter():
    text = ("---\ntitle: Le compost en ville\ndescription: Comment composter en appartement.\n"
            "keyphrase: compost\nslug: compost-ville\n---\n\n# Le compost\n\nUn paragraphe.\n")
    article = parse(text, "a.md", "markdown")
    assert article.keyphrase == "compost"
    assert article.slug == "compost-ville"
    assert article.description.text == "Comment composter en appartement."
    assert article.locate(article.description).line == 3
    assert article.locate(article.description).column == 14
    assert [b.kind for b in article.blocks] == ["heading", "paragraph"]
    assert article.locate(article.blocks[1]).line == 10


def test_markdown_without_front_matter_takes_the_h1_as_title():
    article = parse("# Le marché de Noël\n\nIl ouvre samedi.\n", "a.md", "markdown")
    assert article.title.text == "Le marché de Noël"


def test_markdown_code_blocks_are_not_text():
    article = parse("Avant.\n\n```\ncode ici\n```\n\n    indenté\n\nAprès.\n", "a.md", "markdown")
    assert [b.text for b in article.blocks] == ["Avant.", "Après."]


def test_markdown_soft_line_breaks_join_with_a_space():
    article = parse("Une phrase coupée\nsur deux lignes.\n", "a.md", "markdown")
    block = article.blocks[0]
    assert block.text == "Une phrase coupée sur deux lignes."
    start = block.text.index("sur")
    assert article.locate(block, start).line == 2
    assert article.locate(block, start).column == 1


def test_html_title_description_headings_image_link():
    article = read_path(str(HTML))
    assert article.format == "html"
    assert article.title.text == "Grèce : le nouveau gouvernement de coalition formé"
    assert article.locate(article.title).line == 5
    assert article.description.text.startswith("Dépêche de Wikinews en français")
    assert article.locate(article.description).line == 6
    levels = [(b.level, article.locate(b).line) for b in article.headings]
    assert levels == [(1, 10), (2, 13)]
    assert [(i.alt, i.src) for i in article.images] == [("Carte de la région", "carte.png")]
    assert article.links[0].href == "https://fr.wikinews.org/"
    paragraph = article.blocks[1]
    assert paragraph.kind == "paragraph" and paragraph.text.startswith("21 juin 2012.")
    assert article.locate(paragraph).line == 11
    assert article.locate(paragraph).column == 6  # after « ··<p> »


def test_html_entities_and_nested_inline_tags():
    text = "<html><body><p>L&rsquo;<b>orage</b> a &eacute;clat&eacute;.</p>\n<ul><li>un</li><li>deux</li></ul></body></html>"
    article = parse(text, "a.html", "html")
    assert [b.text for b in article.blocks] == ["L’orage a éclaté.", "un", "deux"]
    assert [b.kind for b in article.blocks] == ["paragraph", "list_item", "list_item"]
    block = article.blocks[0]
    start = block.text.index("orage")
    assert text[article.locate(block, start).column - 1:].startswith("orage")


def test_html_script_and_style_are_not_text():
    text = "<html><head><style>p{}</style></head><body><script>var x = 1;</script><p>Texte.</p></body></html>"
    assert [b.text for b in parse(text, "a.html", "html").blocks] == ["Texte."]


def test_text_title_line_and_paragraphs():
    article = read_path(str(TXT))
    assert article.format == "text"
    assert article.title.text == "France : encore un suicide de postier en Bretagne"
    assert article.locate(article.title) .line == 5
    # the export repeats the title: it is the page's H1, not a paragraph
    assert article.blocks[0].kind == "heading" and article.blocks[0].level == 1
    first = article.blocks[1]
    assert first.text.startswith("29 mai 2012. - Un postier")
    assert (article.locate(first).line, article.locate(first).column) == (10, 2)  # after a tab


def test_text_without_title_line():
    article = parse("Le chat dort sur le canapé depuis ce matin.\n\nIl ronronne.\n", "a.txt", "text")
    assert article.title is None
    assert [b.text for b in article.blocks] == ["Le chat dort sur le canapé depuis ce matin.", "Il ronronne."]


def test_text_wrapped_lines_make_one_paragraph_and_crlf_lines_are_right():
    text = "Titre court\r\n\r\nPremière ligne\r\ndeuxième ligne.\r\n\r\nAutre paragraphe.\r\n"
    article = parse(text, "a.txt", "text")
    assert article.title.text == "Titre court"
    assert [b.text for b in article.blocks] == ["Première ligne deuxième ligne.", "Autre paragraphe."]
    block = article.blocks[0]
    assert article.locate(block, block.text.index("deuxième")).line == 4
    assert article.locate(article.blocks[1]).line == 6


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_front_matter_and_paragraphs_whatever_the_line_endings(newline):
    """A bare CR ends a line like LF and CRLF (old Mac exports, some CMS): the front matter is
    read, and a text file's blank lines still separate its paragraphs."""
    markdown = ("---\ntitle: Le marché couvert rouvre ses portes\nkeyphrase: marché couvert\n---\n\n"
                "Le marché couvert rouvre samedi.\n\n## Les horaires\n\nIl ouvre à huit heures.\n").replace("\n", newline)
    article = parse(markdown, "a.md", "markdown")
    assert article.title.text == "Le marché couvert rouvre ses portes" and article.keyphrase == "marché couvert"
    assert [b.text for b in article.blocks] == ["Le marché couvert rouvre samedi.", "Les horaires", "Il ouvre à huit heures."]
    assert article.locate(article.title).line == 2 and article.locate(article.blocks[1]).line == 8
    text = "Le marché couvert\n\nIl rouvre samedi,\nà huit heures.\n\nLes commerçants sont prêts.\n".replace("\n", newline)
    article = parse(text, "a.txt", "text")
    assert article.title.text == "Le marché couvert"
    assert [b.text for b in article.blocks] == ["Il rouvre samedi, à huit heures.", "Les commerçants sont prêts."]
    assert article.locate(article.blocks[1]).line == 6


def test_sentences_know_their_source_line_and_column(mission_text):
    annotated = annotated_from(mission_text)
    reponse = next(s for s in annotated.sentences if s.text == "réponse.")
    where = annotated.sentence_location(reponse)
    line = mission_text.splitlines()[where.line - 1]
    assert line[where.column - 1 : where.end_column - 1] == "réponse."
    assert where.line == 9


def test_guess_format_for_standard_input():
    assert guess_format("<!DOCTYPE html><html></html>") == "html"
    assert guess_format("---\ntitle: x\n---\ntexte") == "markdown"
    assert guess_format("Titre\n\n## Partie\n\nTexte.") == "markdown"
    assert guess_format("Un brouillon.\n\nDeux paragraphes.") == "text"


@pytest.mark.parametrize("front, problem", [
    ("---\ntitle: [oops\n---\ntexte\n", "front matter YAML invalide"),
    ("---\ntitle: x\ntexte sans fin\n", "front matter non fermé"),
    ("---\n- a\n- b\n---\ntexte\n", "doit être un dictionnaire"),
    ("---\ntitle: [a, b]\n---\ntexte\n", "doit être un texte"),
])
def test_broken_front_matter_is_one_clear_error(front, problem):
    with pytest.raises(InputError) as caught:
        parse(front, "article.md", "markdown")
    assert problem in str(caught.value)
    assert str(caught.value).startswith("article.md : ")


def test_slug_from_file_name():
    from seo_audit.readers.slug import slug_from_path

    assert slug_from_path("posts/2018-09-24-simuler-impact-loi.md") == "simuler-impact-loi"
    assert slug_from_path("pages/a-just.md") == "a-just"
    assert slug_from_path("2024-01-01.md") == "2024-01-01"  # nothing but a date: kept
    assert slug_from_path("<stdin>") is None


@pytest.mark.parametrize("front, message", [
    # the most common slip: a title with « : » and no quotes
    ("---\ntitle: Composter : le guide\n---\nTexte.\n",
     "à la ligne 2 (deux-points inattendu : mettez la valeur entre guillemets"),
    # an unclosed quote is reported where it opens, not at the end of the front matter
    ("---\ndescription: x\ntitle: \"Un titre\n---\nTexte.\n", "à la ligne 3 (guillemet ou crochet jamais fermé)"),
])
def test_yaml_errors_say_where_and_what_in_french(front, message):
    with pytest.raises(InputError) as caught:
        parse(front, "article.md", "markdown")
    assert message in str(caught.value)


LABELS = FIXTURES / "labels"


def test_markdown_strong_lines_and_bold_leads_are_recorded():
    """The author's labels in bold (fixtures/labels/li-ane.md, a beta.gouv.fr page with its
    headings removed): a line wholly in bold, and a paragraph opened by a bold lead."""
    article = read_path(str(LABELS / "li-ane.md"))
    by_text = {b.text: b for b in article.blocks}
    label = by_text["Simplification & SimpliScore"]
    assert label.wholly_strong and label.strong == ((0, len(label.text)),) and label.strong_lead == ""
    assert by_text["Pièce justificatives :"].wholly_strong
    lead = next(b for b in article.blocks if b.text.startswith("Objectif d'usage"))
    assert not lead.wholly_strong and lead.strong_lead == "Objectif d'usage à 6 mois :"
    # a bold name inside a sentence is neither a label nor a lead
    inside = next(b for b in article.blocks if b.text.startswith("Dans son itération"))
    assert [inside.text[a:b] for a, b in inside.strong] == ["LIAne"]
    assert not inside.wholly_strong and inside.strong_lead == ""
    # the strong ranges point at the source: the label's line in the file
    assert article.locate(label).line == 46


def test_markdown_emphasis_that_is_not_strong_is_not_recorded():
    article = parse("*Les préjudices sont d'ordre ?*\n\nTexte **gras** au milieu.\n", "x.md", "markdown")
    assert article.blocks[0].strong == () and not article.blocks[0].wholly_strong
    assert article.blocks[1].strong == ((6, 10),) and article.blocks[1].strong_lead == ""


def test_html_strong_and_b_are_recorded_like_markdown():
    html = ("<html><body><p> <strong>Les préjudices sont d'ordre ?</strong> </p>"
            "<p><b>Objectif d'impact à 6 mois :</b> Réduire de 20% à 30% la durée moyenne de remplissage.</p>"
            "<ul><li><b>Sociaux</b> : image du quartier dégradée</li></ul></body></html>")
    blocks = parse(html, "x.html", "html").blocks
    assert blocks[0].text == "Les préjudices sont d'ordre ?" and blocks[0].wholly_strong
    assert blocks[1].strong_lead == "Objectif d'impact à 6 mois :"
    assert blocks[2].kind == "list_item" and blocks[2].strong_lead == "Sociaux"


def test_strong_ranges_are_read_in_linear_time():
    """A paragraph of 20 000 bold words (hostile or generated input): whether it is wholly
    bold is decided in one pass over the text, not once per range and character."""
    import time

    from seo_audit.article import Block

    text = " ".join(["mot"] * 20_000)
    ranges = tuple((4 * k, 4 * k + 3) for k in range(20_000))
    start = time.process_time()
    assert Block("paragraph", text, ((0, 0),), strong=ranges).wholly_strong
    assert not Block("paragraph", text + " fin", ((0, 0),), strong=ranges).wholly_strong
    assert time.process_time() - start < 2.0  # CPU seconds; the quadratic walk took minutes
