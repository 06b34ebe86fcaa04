"""The article's outline: headings, and the sections of text between them."""

from __future__ import annotations

from collections.abc import Sequence
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
    return sections_of(annotated.article.blocks)


def sections_of(blocks: Sequence[Block]) -> list[Section]:
    """The sections of a sequence of body blocks (what STR002 judges and the HTML page draws)."""
    result: list[Section] = []
    heading: Block | None = None
    current: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            if heading is not None or current:
                result.append(Section(heading, tuple(current), sum(count_words(b.text) for b in current)))
            heading, current = block, []
        else:
            current.append(block)
    if heading is not None or current:
        result.append(Section(heading, tuple(current), sum(count_words(b.text) for b in current)))
    return result


def subheadings(annotated: AnnotatedArticle) -> list[Block]:
    """Headings below the H1 (H2–H6): what a reader scans."""
    return [b for b in annotated.article.blocks if b.kind == "heading" and b.level >= 2]
