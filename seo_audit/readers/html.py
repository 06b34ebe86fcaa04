"""HTML pages and fragments, read with the standard library's tolerant parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from ..article import Article, Block, BlockKind, Image, Link
from ..lines import NEWLINE_ONLY, LineIndex
from .mapping import TextBuilder, block_from_source
from .slug import slug_from_path

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "li", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
           "ul", "ol", "dl", "dd", "dt", "table", "tr", "td", "th", "figure", "figcaption", "br",
           "hr", "body", "form", *_HEADINGS}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "pre", "nav", "head", "iframe", "object"}
_STRONG = {"strong", "b"}
_WORD = re.compile(r"\S+")


class _Reader(HTMLParser):
    def __init__(self, text: str, article: Article, base: int = 0, collect_text: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.article = article
        self.base = base
        self.collect_text = collect_text
        self.lines = LineIndex(text, NEWLINE_ONLY)  # HTMLParser counts lines at "\n" only
        self.skip_depth = 0
        self.kind: BlockKind = "paragraph"
        self.level = 0
        self.builder = TextBuilder()
        self.list_depth = 0
        self.link: tuple[str, int, int] | None = None
        self.in_title = False
        self.title_parts: list[tuple[str, int]] = []
        self.description: tuple[str, int] | None = None
        self.keyphrase: str | None = None
        self.canonical: str | None = None

    def source_position(self) -> int:
        line, column = self.getpos()
        return self.base + self.lines.offset(line, column + 1)

    def flush(self) -> None:
        block = self.builder.build(self.kind, self.level)
        if block is not None and self.collect_text:
            self.article.blocks.append(block)
        self.builder = TextBuilder()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            name = values.get("name", values.get("property", "")).lower()
            if name in ("description", "og:description") and self.description is None:
                self.description = (values.get("content", ""), self.source_position())
            elif name in ("keyphrase", "seo-audit:keyphrase", "focus-keyphrase"):
                self.keyphrase = values.get("content", "").strip() or None
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = values.get("href")
        elif tag == "img":
            self.article.images.append(Image(values.get("alt", ""), values.get("src", ""), self.source_position()))
        if tag in _SKIPPED and tag != "head":
            self.skip_depth += 1
            return
        if tag == "a":
            self.link = (values.get("href", ""), self.builder.length, self.source_position())
        if tag in _STRONG:
            self.builder.open_strong()
        if tag in _BLOCKS:
            self.flush()
            if tag in ("ul", "ol"):
                self.list_depth += 1
            if tag in _HEADINGS:
                self.kind, self.level = "heading", _HEADINGS[tag]
            elif tag == "li":
                self.kind, self.level = "list_item", 0
            elif tag in ("p", "div", "blockquote", "td", "th", "dd", "dt", "figcaption"):
                self.kind, self.level = "paragraph", 0

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("img", "meta", "link", "br", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIPPED and tag != "head":
            self.skip_depth = max(self.skip_depth - 1, 0)
            return
        if tag == "a" and self.link is not None:
            href, start, offset = self.link
            label = "".join(self.builder.parts)[start:].strip()
            self.article.links.append(Link(href, label, offset))
            self.link = None
        if tag in _STRONG:
            self.builder.close_strong()
        if tag in _BLOCKS:
            self.flush()
            if tag in ("ul", "ol"):
                self.list_depth = max(self.list_depth - 1, 0)
            self.kind = "list_item" if self.list_depth and tag != "li" else "paragraph"
            self.level = 0

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append((data, self.source_position()))
            return
        if self.skip_depth or not self.collect_text:
            return
        cursor = self.source_position()
        limit = cursor + 4 * len(data) + 16
        for index, match in enumerate(_WORD.finditer(data)):
            if index or match.start() > 0:
                self.builder.add_space(cursor)
            cursor = self.builder.add_found(match.group(), self.text, cursor - self.base, limit - self.base) + self.base
        if data[-1:].isspace():
            self.builder.add_space(cursor)

    def close(self) -> None:
        super().close()
        self.flush()


def scan_html_fragment(fragment: str, offset: int, article: Article) -> None:
    """Collect images and links from raw HTML embedded in Markdown."""
    reader = _Reader(fragment, article, base=max(offset, 0), collect_text=False)
    reader.feed(fragment)
    reader.close()


def read_html(text: str, path: str) -> Article:
    article = Article(path=path, source=text, format="html")
    reader = _Reader(text, article)
    reader.feed(text)
    reader.close()
    if reader.title_parts:
        raw, start = reader.title_parts[0]
        title = " ".join("".join(part for part, _ in reader.title_parts).split())
        found = text.find(title[:20], start)
        block = block_from_source("title", title, 0, len(title))
        if block is not None:
            base = found if found >= 0 else start
            article.title = Block("title", block.text, tuple((t, s + base) for t, s in block.anchors))
    if reader.description and reader.description[0].strip():
        content, tag_offset = reader.description
        content = " ".join(content.split())
        found = text.find(content[:20], tag_offset)
        article.description = Block("description", content, ((0, found if found >= 0 else tag_offset),))
    if article.title is None:
        first_h1 = next((b for b in article.blocks if b.kind == "heading" and b.level == 1), None)
        if first_h1 is not None:
            article.title = Block("title", first_h1.text, first_h1.anchors)
    article.keyphrase = reader.keyphrase
    from ..directives import DirectiveError, collect_html
    from ..errors import InputError

    try:
        article.directives = collect_html(text)
    except DirectiveError as error:
        raise InputError(path, str(error)) from None
    if reader.canonical:
        article.slug = Path(urlparse(reader.canonical).path.rstrip("/")).stem or None
    elif path != "<stdin>":
        article.slug = slug_from_path(path)
    return article
