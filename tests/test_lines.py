"""One line table for the whole tool: `\\r\\n`, `\\r` and `\\n` each end a line, in every
reader, and a finding's line is the line an editor shows."""

from __future__ import annotations

import pytest

from seo_audit.lines import NEWLINE_ONLY, LineIndex
from seo_audit.readers import parse

LINES = ["<html><head><title>Un titre assez long pour le test</title></head><body>",
         "<h2>Première partie</h2>", "<p>Un paragraphe &amp; du texte.</p>", "<p>Deux</p></body></html>"]


def test_line_index_counts_each_kind_of_break_once():
    index = LineIndex("a\r\nb\rc\nd")
    assert index.starts == (0, 3, 5, 7)
    assert [index.line_column(o) for o in (0, 3, 5, 7, 8)] == [(1, 1), (2, 1), (3, 1), (4, 1), (4, 2)]
    assert index.offset(3, 1) == 5 and index.offset(99, 1) == 7
    assert LineIndex("a\r\nb\rc\nd", NEWLINE_ONLY).starts == (0, 3, 7)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("fmt, lines", [
    ("html", LINES),
    ("markdown", ["# Un titre assez long pour le test", "", "## Première partie", "",
                  "Un paragraphe & du texte.", "", "Deux"]),
])
def test_every_reader_places_blocks_on_the_editors_line(newline, fmt, lines):
    source = newline.join(lines)
    article = parse(source, f"x.{'html' if fmt == 'html' else 'md'}", fmt)
    where = {b.text: article.line_column(b.source_offset(0)) for b in article.blocks if b.level != 1}
    expected_line = {"Première partie": next(i for i, l in enumerate(lines, 1) if "Première" in l),
                     "Un paragraphe & du texte.": next(i for i, l in enumerate(lines, 1) if "paragraphe" in l),
                     "Deux": len(lines)}
    assert {text: line for text, (line, _) in where.items()} == expected_line
    for block in article.blocks:
        start = block.source_offset(0)
        assert source[start:start + 4] == block.text[:4]
