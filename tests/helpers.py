"""Helpers shared by several test modules (test modules never import each other)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
from hypothesis import strategies as st

from conftest import html5
from seo_audit.measures.keyphrase import compile_keyphrase, find_in_span, find_in_text


def matches(keyphrase: str, text: str, parse: bool = True) -> bool:
    """True when the keyphrase occurs in `text`, parsed like article text (`parse=True`)
    or matched by form and stem only, like a slug or an alt text (`parse=False`)."""
    pattern = compile_keyphrase(keyphrase)
    if not parse:
        return bool(find_in_text(pattern, text))
    from seo_audit.nlp import current

    return bool(find_in_span(pattern, current()(text)[:], 0))


# -- texts (test_hostile_batch, test_determinism) ---------------------------------------

ENGLISH = ("The president said on Monday that the talks with Russia would go on, and that he was "
           "confident a deal could be reached before the end of the year.\n\nIt is not clear what "
           "the White House will do next, and officials have declined to comment on the plan.")

MIXED = ("\ufeff---\r\n"                       # 1  (BOM, CRLF)
         "title: Un titre assez long pour vérifier les fins de ligne\r\n"
         "---\r\n"                              # 3
         "# Premier titre\n"                    # 4  (LF)
         "\r"                                   # 5  (CR alone)
         "Un paragraphe court.\r\n"             # 6
         "\r\n"
         "#### Niveau sauté\r"                  # 8
         "\r"
         "Autre  paragraphe avec  deux espaces.\n"  # 10
         "\n"
         "# Second titre\r\n"                   # 12
         "\r\n"
         "Il a été décidé par le ministre que la réunion aurait lieu demain matin dans la grande "
         "salle du conseil avec tous les membres présents et leurs conseillers.\r")  # 14


# -- hypothesis strategies (test_properties_readers, test_properties_audit) -------------

ODD = st.sampled_from(["\u200f", "\u200b", "\u0301", "😀", "\x00", "\r", "\r\n", "\t", "\u00a0", "«", "»",
                       "’", "<", ">", "&amp;", "&", "*", "_", "`", "#", "-", "[", "]", "(", ")", "!", "\\",
                       "---", "\ufeff", "é", "ﬁ", "ا", "中"])
TEXT = st.lists(st.one_of(st.text(min_size=0, max_size=12), ODD), max_size=60).map("".join)
HTML_PIECE = st.one_of(
    st.sampled_from(["<p>", "</p>", "<h1>", "</h2>", "<li>", "<ul>", "</ul>", "<script>", "</script>",
                     "<title>", "</title>", "<img alt='x'>", "<a href='y'>", "</a>", "<br/>", "<!--", "-->",
                     "<meta name=\"description\" content=\"d\">", "&eacute;", "&#x0;", "<", "<<p"]),
    TEXT,
)


# -- SARIF schema (test_sarif, test_cli_ci) ----------------------------------------------

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(document: dict) -> None:
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


# -- HTML pages (test_render_html, test_render_outline_html) -----------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "circle", "line", "rect", "path"}  # (SVG elements written self-closing count as void)


class Page(HTMLParser):
    """Collects tags, attributes, tag-balance errors, and the text inside each mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[str, dict]] = []  # open marks (data-f, attributes)
        self.mark_text: dict[str, str] = {}
        self.in_ref = 0
        self.text: list[str] = []
        self.style = ""
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "style":
            self.in_style = True
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "mark" and "data-f" in attributes:
            self.marks.append((attributes["data-f"], attributes))
        if tag == "a" and "ref" in (attributes.get("class") or ""):
            self.in_ref += 1

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag == "style":
            self.in_style = False
        if tag == "mark" and self.marks:
            self.marks.pop()
        if tag == "a" and self.in_ref:
            self.in_ref -= 1

    def handle_data(self, data):
        if self.in_style:
            self.style += data
        self.text.append(data)
        if not self.in_ref:
            for number, _ in self.marks:
                self.mark_text[number] = self.mark_text.get(number, "") + data


def parse(page: str) -> Page:
    """Tags, marks and text by html.parser, after checking that a whole page parses
    without error by the HTML5 algorithm (html5lib) and that its tags balance."""
    if page.lstrip().startswith("<!DOCTYPE"):
        html5(page)
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


def local(name: str) -> str:
    """An element or attribute name without its namespace (html5lib puts SVG in one)."""
    return name.rsplit("}", 1)[-1]


def assert_inert(page_text: str, shown: list[str]) -> None:
    """Parsed as a browser parses it, the page has no active element or attribute, and the
    hostile strings are there as text."""
    tree = html5(page_text)
    text = "".join(tree.find("body").itertext())
    for element in tree.iter():
        tag = local(element.tag)
        assert tag not in ("script", "img", "textarea", "iframe", "object", "embed", "foreignObject"), tag
        if tag == "a":  # links stay inside the page
            assert element.get("href", "#").startswith("#"), element.get("href")
        for name, value in element.attrib.items():
            assert not local(name).lower().startswith("on"), (element.tag, name)
            assert "javascript:" not in value, (element.tag, name, value)
    for string in shown:
        assert string in text, string
