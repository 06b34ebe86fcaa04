"""Inline control: disable (file), disable-next (next block), front matter ignore."""

from __future__ import annotations

import pytest

from seo_audit.audit import Options, audit_many, check_directives, evaluate
from seo_audit.directives import DirectiveError, parse_comment
from seo_audit.errors import InputError
from seo_audit.nlp import annotate
from seo_audit.readers import parse
from seo_audit.ruleset import load_ruleset

LONG = " ".join(["Le tri des déchets au bureau commence par des poubelles bien placées."] * 14)  # 168 words


@pytest.mark.parametrize("comment, expected", [
    ("<!-- seo-audit: disable=RDB003 -->", {"disable": ["RDB003"]}),
    ("<!--seo-audit:disable=rdb003,str-->", {"disable": ["RDB003", "STR"]}),
    ("<!-- seo-audit: disable-next=STR005, STR002 -->\n", {"disable-next": ["STR005", "STR002"]}),
    ("<!-- seo-audit: disable=LEN001 disable-next=STR005 -->", {"disable": ["LEN001"], "disable-next": ["STR005"]}),
    ("<!-- SEO-AUDIT: disable=all -->", {"disable": ["ALL"]}),
    ("<!-- un commentaire ordinaire -->", None),
    ("<!-- more -->", None),
])
def test_parse_comment(comment, expected):
    assert parse_comment(comment, 3) == expected


@pytest.mark.parametrize("comment", [
    "<!-- seo-audit: enable=STR005 -->",
    "<!-- seo-audit: disable -->",
    "<!-- seo-audit: disable=STR-005 -->",
    "<!-- seo-audit: désactiver tout -->",
])
def test_malformed_directive_is_an_error_with_its_line(comment):
    with pytest.raises(DirectiveError, match="ligne 7"):
        parse_comment(comment, 7)


def test_markdown_directives_and_their_lines():
    text = ("---\ntitle: Un titre\nseo-audit: {ignore: [MET]}\n---\n\n"   # lines 1-4
            "<!-- seo-audit: disable=LEN001 -->\n\n"                   # line 6
            "Premier paragraphe.\n\n"                                  # line 8
            "<!-- seo-audit: disable-next=STR005 -->\n"                # line 10
            "Deuxième paragraphe\nsur deux lignes.\n\n"                # lines 11-12
            "```\n<!-- seo-audit: disable=STR -->\n```\n")             # in code: not a directive
    directives = parse(text, "a.md", "markdown").directives
    assert directives.disabled == {"MET", "LEN001"}
    assert [(b.codes, b.first_line, b.last_line) for b in directives.blocks] == [
        (frozenset({"STR005"}), 11, 12)]
    assert directives.disables("MET002") and not directives.disables("STR005")
    assert directives.suppresses("STR005", 12) and not directives.suppresses("STR005", 8)


def test_front_matter_must_be_a_table_of_code_lists():
    with pytest.raises(InputError, match="seo-audit"):
        parse("---\nseo-audit: [MET]\n---\n\nTexte.\n", "a.md", "markdown")
    with pytest.raises(InputError, match="seo-audit.enable"):
        parse("---\nseo-audit: {enable: [MET]}\n---\n\nTexte.\n", "a.md", "markdown")


def test_html_directives():
    text = ("<html><head><title>Titre</title></head><body>\n"
            "<!-- seo-audit: disable=LEN001 -->\n"
            "<!-- seo-audit: disable-next=STR005 -->\n"
            "<div>\n<p>Un long\nparagraphe.</p>\n</div>\n"
            "<p>Un autre.</p>\n</body></html>\n")
    directives = parse(text, "a.html", "html").directives
    assert directives.disabled == {"LEN001"}
    assert [(b.first_line, b.last_line) for b in directives.blocks] == [(4, 7)]


def _codes(text: str) -> list[tuple[str, int | None]]:
    article = check_directives(parse(text, "a.md", "markdown"))
    report = evaluate(annotate(article), Options(ruleset=load_ruleset("default")))
    return [(f.code, f.line) for f in report.findings if f.code.startswith(("STR005", "LEN001", "MET"))]


def test_findings_are_dropped_where_the_directives_say():
    base = f"---\ntitle: Réduire ses déchets au bureau\n---\n\n## Trier\n\n{LONG}\n\n## Réparer\n\n{LONG}\n"
    found = _codes(base)
    assert ("STR005", 7) in found and ("STR005", 11) in found and ("LEN001", None) in found
    assert ("MET001", None) in found
    text = base.replace("## Réparer\n\n", "## Réparer\n\n<!-- seo-audit: disable-next=STR005 -->\n")
    text = text.replace("title: Réduire", "seo-audit:\n  ignore: [MET]\ntitle: Réduire")
    text += "\n<!-- seo-audit: disable=LEN -->\n"
    found = _codes(text)
    assert [c for c in found if c[0] == "STR005"] == [("STR005", 9)]
    assert not any(c[0] in ("LEN001", "MET001") for c in found)


def test_unknown_code_in_a_directive_is_an_input_error(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("<!-- seo-audit: disable=ZZZ042 -->\n\nTexte.\n", encoding="utf-8")
    (report,) = audit_many([str(path)])
    assert report.error and "ZZZ042" in report.error and "ligne 1" in report.error
