"""Plain text: an optional title line, then paragraphs separated by blank lines."""

from __future__ import annotations

import re

from ..article import Article, Block
from .mapping import block_from_source
from .slug import slug_from_path

#: Lines end with CRLF, LF or a bare CR; `.` would cross a bare CR, hence `[^\r\n]`.
_PARAGRAPH = re.compile(r"\S(?:[^\r\n]*\S)?(?:[ \t]*(?:\r\n|\r|\n)[ \t]*\S(?:[^\r\n]*\S)?)*")
#: A first line longer than this is a paragraph, not a title.
TITLE_MAX_CHARS = 150


def _is_title(block: Block, following: list[Block]) -> bool:
    return (len(block.text) <= TITLE_MAX_CHARS and block.text[-1] not in ".!?…:;»\"" and bool(following))


def read_text(text: str, path: str) -> Article:
    article = Article(path=path, source=text, format="text")
    blocks = [b for m in _PARAGRAPH.finditer(text)
              if (b := block_from_source("paragraph", text, m.start(), m.end())) is not None]
    if blocks and _is_title(blocks[0], blocks[1:]):
        article.title = Block("title", blocks[0].text, blocks[0].anchors)
        blocks = blocks[1:]
        if blocks and blocks[0].text == article.title.text:
            # Exports such as Wikinews repeat the title as the page's H1.
            blocks[0] = Block("heading", blocks[0].text, blocks[0].anchors, level=1)
    article.blocks = blocks
    article.slug = slug_from_path(path)
    return article
