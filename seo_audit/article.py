"""The article as read from its source, independent of its format.

Every piece of text keeps a map back to character offsets in the source file, so
that any finding, however deep in the pipeline, can name a line and a column.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .directives import Directives
from .lines import LineIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

T = TypeVar("T")


BlockKind = Literal["title", "description", "heading", "paragraph", "list_item"]
Format = Literal["markdown", "html", "text"]


@dataclass(frozen=True)
class Location:
    """A 1-based line and column range in the source (columns count code points)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Block:
    """A unit of text: the title, the meta description, a heading, a paragraph or a list item.

    `anchors` maps text offsets to source offsets: the pairs (text_offset,
    source_offset) are sorted, and a character maps to the source offset of the last
    anchor at or before it plus its distance from that anchor. Readers add an anchor
    wherever the text and the source diverge (inline markup, joined lines, entities).
    """

    kind: BlockKind
    text: str
    anchors: tuple[tuple[int, int], ...]
    level: int = 0
    #: Character ranges (start, end) of `text` in strong emphasis (Markdown `**…**`,
    #: HTML `<strong>`, `<b>`), in order: authors label a block with a bold line
    #: (« **Les résultats obtenus :** »), which the structurer reads as their own heading.
    strong: tuple[tuple[int, int], ...] = ()

    @property
    def wholly_strong(self) -> bool:
        """Every letter and digit of the text is in strong emphasis (a bold line)."""
        if not self.strong:
            return False
        ends = [0] + [b for _, b in self.strong]
        starts = [a for a, _ in self.strong] + [len(self.text)]
        # the ranges are in order: only the text between them may hold no letter or digit
        return not any(ch.isalnum() for end, start in zip(ends, starts) for ch in self.text[end:start])

    @property
    def strong_lead(self) -> str:
        """The strong text that opens the block, when more text follows it (« **Objectif
        d'usage à 6 mois :** Améliorer… » gives « Objectif d'usage à 6 mois : »); "" otherwise."""
        if not self.strong or self.strong[0][0] != 0 or self.wholly_strong:
            return ""
        end = self.strong[0][1]
        for a, b in self.strong[1:]:  # « **A** **B** »: one run broken by a space only
            if self.text[end:a].strip():
                break
            end = b
        return self.text[:end]

    def source_offset(self, text_offset: int) -> int:
        if not self.anchors:
            return 0
        index = bisect.bisect_right(self.anchors, (text_offset, float("inf"))) - 1
        text_start, source_start = self.anchors[max(index, 0)]
        return source_start + max(text_offset - text_start, 0)


@dataclass(frozen=True)
class Image:
    alt: str
    src: str
    offset: int


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    offset: int


@dataclass
class Article:
    """What a reader makes of a file: metadata, body blocks in reading order, media."""

    path: str
    source: str
    format: Format
    title: Block | None = None
    description: Block | None = None
    keyphrase: str | None = None
    slug: str | None = None
    front_matter: dict[str, Any] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    #: Inline control of rules: `<!-- seo-audit: disable=… -->`, front matter `seo-audit:`.
    directives: Directives = field(default_factory=Directives)
    _lines: LineIndex | None = field(default=None, repr=False, compare=False)

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def all_blocks(self) -> list[Block]:
        """Title and meta description first (when present), then the body: the order in
        which the parse sees them."""
        return [b for b in (self.title, self.description) if b is not None] + list(self.blocks)

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("paragraph", "list_item")]

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset; `\\r\\n` counts as one line break."""
        if self._lines is None:
            self._lines = LineIndex(self.source)
        return self._lines.line_column(offset)

    def locate(self, block: Block, start: int = 0, end: int | None = None) -> Location:
        """Source location of `block.text[start:end]`."""
        end = len(block.text) if end is None else end
        line, column = self.line_column(block.source_offset(start))
        last = max(end - 1, start)
        end_line, end_column = self.line_column(block.source_offset(last))
        return Location(line, column, end_line, end_column + (1 if end > start else 0))

    def locate_offset(self, offset: int) -> Location:
        line, column = self.line_column(offset)
        return Location(line, column, line, column)


@dataclass(frozen=True)
class Sentence:
    """A sentence of one block; never crosses a block boundary."""

    block: Block
    start: int
    end: int
    span: "SpacySpan"

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


@dataclass
class AnnotatedArticle:
    """The article with its spaCy parse: one Doc whose text is the blocks joined by blank lines."""

    article: Article
    doc: "Doc"
    blocks: list[Block]
    block_starts: list[int]
    sentences: list[Sentence]
    _index: dict[int, int] | None = field(default=None, repr=False, compare=False)
    #: Values several measures derive from the parse alike, computed once (`derived`).
    _derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, name: str, compute: Callable[["AnnotatedArticle"], T]) -> T:
        """`compute(self)`, once per article: a value that several measures read (each used
        to recompute it, which costs on an article of thousands of blocks). The value is
        shared: callers must not change it."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]  # type: ignore[return-value]

    @property
    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.block.kind not in ("title", "description")]

    def index_of(self, block: Block) -> int:
        """Position of a block in `blocks` (and in `block_starts`)."""
        if self._index is None:
            self._index = {id(b): i for i, b in enumerate(self.blocks)}
        return self._index[id(block)]

    def block_span(self, block: Block) -> "SpacySpan":
        start = self.block_starts[self.index_of(block)]
        span = self.doc.char_span(start, start + len(block.text), alignment_mode="expand")
        assert span is not None
        return span

    def sentence_location(self, sentence: Sentence) -> Location:
        return self.article.locate(sentence.block, sentence.start, sentence.end)
