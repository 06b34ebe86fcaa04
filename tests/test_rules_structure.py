"""LEN, TTL, MET and STR rules: a French example that triggers each, and one that does not."""

from __future__ import annotations

from conftest import problems, read_fixture

from seo_audit.measures.serp import pixel_width

PARAGRAPH = ("Le compost transforme les déchets de cuisine en terreau pour le jardin. "
             "Il réduit le volume de la poubelle et nourrit la terre des potagers.")  # 12 + 13 words
WORDS = 25


def paragraphs(count: int) -> str:
    return "\n\n".join([PARAGRAPH] * count)


def md(body: str, title: str = "Composter chez soi : le guide complet du débutant",
       description: str | None = None) -> str:
    front = f"title: \"{title}\"\n" + (f"description: \"{description}\"\n" if description else "")
    return f"---\n{front}---\n\n{body}\n"


def test_paragraph_word_count_is_what_the_tests_assume():
    from seo_audit.measures.counts import count_words
    assert count_words(PARAGRAPH) == WORDS


# --- LEN001 -------------------------------------------------------------------------

def test_len001_short_article_triggers(mission_text):
    found = problems("LEN001", paragraphs(10))  # 250 words
    assert len(found) == 1
    assert found[0].value == 10 * WORDS and found[0].threshold == 700
    assert "250 mots" in found[0].message


def test_len001_long_article_passes(mission_text):
    assert problems("LEN001", mission_text) == []  # 774 words
    assert problems("LEN001", paragraphs(28)) == []  # exactly 700 words
    assert problems("LEN001", paragraphs(27))[0].value == 675


def test_len001_threshold_is_a_parameter():
    assert problems("LEN001", paragraphs(10), min_words=200) == []


# --- TTL ----------------------------------------------------------------------------

def test_ttl001_missing_title():
    found = problems("TTL001", "Un texte sans ligne de titre, qui commence par une phrase.\n\nLa suite.")
    assert len(found) == 1 and "titre" in found[0].message
    assert problems("TTL001", "Un titre\n\nLe texte commence ici.") == []


def test_ttl001_markdown_without_title_points_at_front_matter():
    found = problems("TTL001", "Premier paragraphe.\n\n## Partie\n\nSuite.", fmt="markdown")
    assert "front matter" in found[0].advice


def test_ttl002_title_length(mission_text):
    found = problems("TTL002", mission_text)  # the title line has 110 characters
    assert found[0].value == 110 and found[0].threshold == 60
    assert found[0].location.line == 1 and found[0].location.column == 1
    assert problems("TTL002", "Compost\n\nLe texte.")[0].value == 7
    assert problems("TTL002", "Composter chez soi : le guide du débutant\n\nLe texte.") == []  # 41


def test_ttl003_title_width():
    wide = "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"  # 41 chars, but 41 × 16.66 px ≈ 683 px
    found = problems("TTL003", wide + "\n\nLe texte.")
    assert found and found[0].value > 600
    assert problems("TTL003", "Composter chez soi : le guide du débutant\n\nLe texte.") == []


def test_pixel_width_uses_arial_advances():
    # Arial: « i » 222/1000 em, « m » 833/1000 em; at 20 px: 4.44 px and 16.66 px
    assert round(pixel_width("iiii", 20.0), 2) == 17.76
    assert round(pixel_width("mmmm", 20.0), 2) == 66.64
    assert pixel_width("é", 20.0) == pixel_width("e", 20.0)


# --- MET ----------------------------------------------------------------------------

def test_met001_missing_description():
    assert problems("MET001", md(PARAGRAPH), fmt="markdown")
    assert problems("MET001", md(PARAGRAPH, description="Un guide pour composter."), fmt="markdown") == []


def test_met001_html_description(tmp_path):
    html = read_fixture("wikinews-44269.html")
    assert problems("MET001", html, fmt="html") == []
    assert problems("MET001", html.replace('name="description"', 'name="autre"'), fmt="html")


def test_met002_description_length():
    short = "Un guide pour composter."  # 24 characters
    found = problems("MET002", md(PARAGRAPH, description=short), fmt="markdown")
    assert found[0].value == 24 and found[0].threshold == 120
    assert found[0].location.line == 3
    good = ("Composter en appartement ou au jardin : le matériel, les déchets acceptés, les erreurs "
            "à éviter et le temps qu’il faut pour obtenir un bon terreau.")
    assert 120 <= len(good) <= 156
    assert problems("MET002", md(PARAGRAPH, description=good), fmt="markdown") == []
    too_long = good + " Un guide pas à pas pour les débutants."
    assert problems("MET002", md(PARAGRAPH, description=too_long), fmt="markdown")[0].threshold == 156


# --- STR ----------------------------------------------------------------------------

def test_str001_no_subheadings_in_long_text(mission_text):
    assert problems("STR001", mission_text)[0].value == 0
    assert problems("STR001", paragraphs(12)) == []  # exactly 300 words: not over 300
    assert problems("STR001", paragraphs(13))[0].value == 0
    body = paragraphs(6) + "\n\n## Deuxième partie\n\n" + paragraphs(6)
    assert problems("STR001", md(body), fmt="markdown") == []


def test_str002_section_too_long():
    body = "## Première partie\n\n" + paragraphs(13) + "\n\n## Deuxième partie\n\n" + paragraphs(2)
    found = problems("STR002", md(body), fmt="markdown")
    assert len(found) == 1
    assert found[0].value == 13 * WORDS and "Première partie" in found[0].message
    assert found[0].location.line == 5  # the heading's line (front matter is 3 lines + blank)
    balanced = "## Première partie\n\n" + paragraphs(8) + "\n\n## Deuxième partie\n\n" + paragraphs(8)
    assert problems("STR002", md(balanced), fmt="markdown") == []


def test_str002_text_before_first_heading_counts_as_a_section():
    body = paragraphs(13) + "\n\n## Une partie\n\n" + paragraphs(2)
    found = problems("STR002", md(body), fmt="markdown")
    assert "avant le premier sous-titre" in found[0].message


def test_str003_several_h1():
    body = "# Un\n\nTexte.\n\n# Deux\n\nTexte."
    found = problems("STR003", body, fmt="markdown")
    assert len(found) == 1 and found[0].location.line == 5
    assert problems("STR003", "# Un\n\nTexte.\n\n## Deux\n\nTexte.", fmt="markdown") == []


def test_str004_skipped_heading_level():
    found = problems("STR004", md("## Partie\n\nTexte.\n\n#### Détail\n\nTexte."), fmt="markdown")
    assert len(found) == 1 and "H4 après H2" in found[0].message
    assert problems("STR004", md("## Partie\n\nTexte.\n\n### Détail\n\nTexte.\n\n## Suite\n\nTexte."),
                    fmt="markdown") == []


def test_str005_long_paragraph():
    long = " ".join([PARAGRAPH] * 7)  # 175 words in one paragraph
    found = problems("STR005", "Un titre\n\n" + long)
    assert found[0].value == 175 and found[0].location.line == 3
    assert problems("STR005", "Un titre\n\n" + " ".join([PARAGRAPH] * 6)) == []  # exactly 150 words
