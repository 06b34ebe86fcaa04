"""Property tests: readers never crash on odd input and every location lies inside the file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from helpers import HTML_PIECE, TEXT
from hypothesis_budget import budget

from seo_audit.article import Article
from seo_audit.errors import InputError
from seo_audit.readers import parse

PROFILE = budget(150)  # SEO_AUDIT_HYPOTHESIS=long for 20 times more


LINE = st.one_of(
    st.builds(lambda level, t: "#" * level + " " + t, st.integers(1, 7), TEXT),
    st.builds(lambda depth, t: "  " * depth + "- " + t, st.integers(0, 8), TEXT),
    st.builds(lambda t: "> " + t, TEXT),
    st.just("```"), st.just(""), st.just("| a | b |"), st.just("<div>"), st.just("</div>"),
    st.just("<!-- seo-audit: disable=STR005 -->"), st.just("![alt](x.png)"), st.just("[lien](http://x)"),
    TEXT,
)
FRONT = st.one_of(
    st.just(""),
    st.builds(lambda v: f"---\ntitle: {v}\n---\n", TEXT),
    st.builds(lambda v: f"---\ntitle: {v!r}\ndescription: 3\nkeyphrase: [a]\n---\n", TEXT),
    st.just("---\nslug: 12\ntags: {a: 1}\n---\n"),
)
MARKDOWN = st.builds(lambda front, lines, nl: front + nl.join(lines), FRONT, st.lists(LINE, max_size=30),
                     st.sampled_from(["\n", "\r\n"]))
HTML = st.lists(HTML_PIECE, max_size=60).map("".join)


def check_locations(article: Article) -> None:
    lines = article.source.count("\n") + article.source.count("\r") + 1
    blocks = [b for b in (article.title, article.description) if b] + article.blocks
    for block in blocks:
        assert block.text == block.text.strip() and block.text
        for start in range(0, len(block.text), max(1, len(block.text) // 5)):
            where = article.locate(block, start, start + 1)
            assert 1 <= where.line <= lines
            assert 1 <= where.column <= len(article.source) + 1
            assert 0 <= block.source_offset(start) <= len(article.source)
    for item in [*article.images, *article.links]:
        assert 0 <= item.offset <= len(article.source)


def parsed(text: str, fmt: str) -> Article | None:
    try:
        return parse(text, f"x.{fmt}", fmt)  # type: ignore[arg-type]
    except InputError as error:
        assert str(error).startswith(f"x.{fmt} : ")
        return None


@PROFILE
@given(MARKDOWN)
def test_markdown_reader_never_crashes_and_locations_are_inside(text):
    article = parsed(text, "markdown")
    if article:
        check_locations(article)


@PROFILE
@given(HTML)
def test_html_reader_never_crashes_and_locations_are_inside(text):
    article = parsed(text, "html")
    if article:
        check_locations(article)


@PROFILE
@given(st.lists(TEXT, max_size=20).map("\n\n".join))
def test_text_reader_never_crashes_and_locations_are_inside(text):
    article = parsed(text, "text")
    if article:
        check_locations(article)


@PROFILE
@given(st.text(max_size=200))
def test_text_blocks_are_exactly_the_source_text_folded(text):
    """For plain text the only change is whitespace folding: nothing is lost or invented."""
    article = parsed(text, "text")
    if article:
        pieces = [b.text for b in ([article.title] if article.title else []) + article.blocks]
        assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())
