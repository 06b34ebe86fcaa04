"""The text view: a small, serialisable view of an article's text for reports that draw over it (HTML).

Findings carry source line/column ranges; a renderer that shows the article's text needs
to know which characters of which block those ranges cover. `TextView` keeps, for
each block in reading order, its kind, level, text and the map from text offsets to
source offsets (`anchors`, as in `article.Block`), plus the source's line starts, so that
a (line, column) position can be turned back into a source offset and then into a text
offset of a block (`TextView.text_range`). Images are pseudo-blocks of kind
``image`` (their alt text), placed in source order.

It is plain data (tuples of str and int): it can be pickled or dumped to JSON as is. It is
not part of the JSON report (schema 1.0).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lines import LineIndex

if TYPE_CHECKING:
    from .article import Article


@dataclass(frozen=True)
class TextBlock:
    #: title, description, heading, paragraph, list_item or image
    kind: str
    text: str
    level: int = 0
    #: (text_offset, source_offset) pairs sorted by text offset; see `article.Block`.
    anchors: tuple[tuple[int, int], ...] = ()
    #: Words in `text`, counted as the length rule counts them.
    words: int = 0

    def source_extent(self) -> tuple[int, int]:
        """[start, end) of the source characters this block's text comes from (an image,
        or an empty block, covers the one character at its offset)."""
        if not self.anchors:
            return (0, 0)
        start = self.anchors[0][1]
        if not self.text:
            return (start, start + 1)
        end = 0
        for i, (text_start, source_start) in enumerate(self.anchors):
            text_end = self.anchors[i + 1][0] if i + 1 < len(self.anchors) else len(self.text)
            end = max(end, source_start + max(text_end - text_start, 0))
        return (start, max(end, start + 1))

    def _segments(self) -> list[tuple[int, int, int]]:
        segments = []
        for i, (text_start, source_start) in enumerate(self.anchors):
            text_end = self.anchors[i + 1][0] if i + 1 < len(self.anchors) else len(self.text)
            segments.append((text_start, text_end, source_start))
        return segments

    def text_start(self, source: int) -> int:
        """Text offset of the first character at or after source offset `source`."""
        for text_start, text_end, source_start in self._segments():
            if source < source_start:
                return text_start
            if source < source_start + (text_end - text_start):
                return text_start + source - source_start
        return len(self.text)

    def text_end(self, source_end: int) -> int:
        """Text offset just after the last character before source offset `source_end`."""
        last = source_end - 1
        for text_start, text_end, source_start in reversed(self._segments()):
            if last >= source_start + (text_end - text_start):
                return text_end
            if last >= source_start:
                return text_start + last - source_start + 1
        return 0


@dataclass(frozen=True)
class TextView:
    blocks: tuple[TextBlock, ...]
    #: Source offset of the start of line n at index n - 1 (``\r\n`` is one break).
    line_starts: tuple[int, ...] = (0,)
    #: (index in `blocks` of the section's first block, words) per section, as
    #: `measures.structure.sections` counts them for STR002.
    sections: tuple[tuple[int, int], ...] = ()

    def source_offset(self, line: int, column: int) -> int:
        index = min(max(line, 1), len(self.line_starts)) - 1
        return self.line_starts[index] + max(column, 1) - 1

    def text_range(self, line: int, column: int, end_line: int | None, end_column: int | None
                   ) -> list[tuple[int, int, int]]:
        """(block index, text start, text end) of each block a source range covers, in
        reading order; a zero-width range gives one (index, offset, offset) in the block
        that holds that position. Empty when the range is outside every block's text."""
        start = self.source_offset(line, column)
        end = self.source_offset(end_line, end_column) if end_line and end_column else start
        hits: list[tuple[int, int, int]] = []
        for index, block in enumerate(self.blocks):  # a finding about an image marks the image
            if block.kind == "image" and block.anchors[0][1] == start:
                return [(index, 0, len(block.text))]
        if end <= start:
            for index, block in enumerate(self.blocks):
                low, high = block.source_extent()
                if low <= start < high:
                    offset = min(block.text_start(start), len(block.text))
                    return [(index, offset, offset)]
            return []
        for index, block in enumerate(self.blocks):
            low, high = block.source_extent()
            if block.kind != "image" and low < end and high > start:
                text_start = block.text_start(max(start, low))
                text_end = block.text_end(min(end, high))
                hits.append((index, min(text_start, text_end), max(text_start, text_end)))
        return hits


def text_view_of(article: "Article") -> TextView:
    """The view of one article: title, meta description, body blocks and images."""
    from .measures.counts import count_words
    from .measures.structure import sections_of

    blocks: list[tuple[int, int, TextBlock]] = []
    heads = [b for b in (article.title, article.description) if b is not None]
    for order, block in enumerate(heads):
        blocks.append((-1, order, TextBlock(block.kind, block.text, block.level, tuple(block.anchors),
                                            count_words(block.text))))
    body: list[tuple[int, int, TextBlock]] = []
    views: dict[int, TextBlock] = {}  # id of an article block → its view
    for order, block in enumerate(article.blocks):
        start = block.anchors[0][1] if block.anchors else 0
        views[id(block)] = TextBlock(block.kind, block.text, block.level, tuple(block.anchors),
                                     count_words(block.text))
        body.append((start, 2 * order, views[id(block)]))
    starts = [item[0] for item in body]
    for image in article.images:
        # after the block that holds or precedes it, so it shows where the reader sees it
        position = bisect.bisect_right(starts, image.offset)
        order = 2 * (position - 1) + 1 if position else -1
        body.append((image.offset, order, TextBlock("image", image.alt or "", 0, ((0, image.offset),))))
    body.sort(key=lambda item: (item[1], item[0]))  # stable: images keep their order
    ordered = tuple(b for _, _, b in blocks) + tuple(b for _, _, b in body)
    index = {id(view): i for i, view in enumerate(ordered)}
    sections = tuple((index[id(views[id(section.heading or section.blocks[0])])], section.words)
                     for section in sections_of(article.blocks))
    return TextView(ordered, LineIndex(article.source).starts, sections)
