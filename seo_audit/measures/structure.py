"""The article's outline: headings, and the sections of text between them."""

from __future__ import annotations

from dataclasses import dataclass

from ..article import AnnotatedArticle, Block
from .counts import count_words


@dataclass(frozen=True)
class Section:
    """The text under one heading (or before the first one, with `heading` None)."""

    heading: Block | None
    blocks: tuple[Block, ...]
    words: int


def sections(annotated: AnnotatedArticle) -> list[Section]:
    result: list[Section] = []
    heading: Block | None = None
    blocks: list[Block] = []
    for block in annotated.article.blocks:
        if block.kind == "heading":
            if heading is not None or blocks:
                result.append(Section(heading, tuple(blocks), sum(count_words(b.text) for b in blocks)))
            heading, blocks = block, []
        else:
            blocks.append(block)
    if heading is not None or blocks:
        result.append(Section(heading, tuple(blocks), sum(count_words(b.text) for b in blocks)))
    return result


def subheadings(annotated: AnnotatedArticle) -> list[Block]:
    """Headings below the H1 (H2–H6): what a reader scans."""
    return [b for b in annotated.article.blocks if b.kind == "heading" and b.level >= 2]
