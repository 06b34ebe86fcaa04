"""CommonMark with YAML front matter, parsed by markdown-it-py (never by regular expressions).

One departure from CommonMark, on purpose: a list item whose text is indented past the
code threshold (« -        texte », five spaces or more after the marker) is an indented
code block inside the item for CommonMark, but it is prose to the writer who typed it and
to a reader of the draft: it is read as the list item's text. Indented code outside a
list, and fenced code anywhere, stay code and are not read.
"""

from __future__ import annotations


from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..article import Article, Block, BlockKind, Image, Link
from ..lines import LineIndex
from .frontmatter import split_front_matter, text_field, value_offset
from .html import scan_html_fragment
from .mapping import TextBuilder, block_from_source
from .slug import slug_from_path

TITLE_KEYS = ("seo_title", "meta_title", "title")
DESCRIPTION_KEYS = ("description", "meta_description", "excerpt", "summary")
KEYPHRASE_KEYS = ("keyphrase", "focus_keyphrase", "focus_keyword")

_PARSER = MarkdownIt("commonmark")


def front_matter_block(kind: BlockKind, text: str, body_start: int, key: str, value: str) -> Block | None:
    start = value_offset(text, body_start, key, value)
    block = block_from_source(kind, value, 0, len(value))
    if block is None:
        return None
    return Block(kind, block.text, tuple((t, s + start) for t, s in block.anchors))


def _inline_block(token: Token, kind: BlockKind, level: int, text: str, region: tuple[int, int],
                  article: Article) -> Block | None:
    builder = TextBuilder()
    cursor, limit = region
    link_href: str | None = None
    link_start = 0
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            cursor = builder.add_found(child.content, text, cursor, limit)
        elif child.type in ("softbreak", "hardbreak"):
            builder.add_space(cursor)
        elif child.type == "strong_open":
            builder.open_strong()
        elif child.type == "strong_close":
            builder.close_strong()
        elif child.type == "image":
            found = text.find(child.content, cursor, limit) if child.content else -1
            offset = found if found >= 0 else cursor
            article.images.append(Image(child.content, str(child.attrs.get("src", "")), offset))
            if found >= 0:
                cursor = found + len(child.content)
        elif child.type == "link_open":
            link_href = str(child.attrs.get("href", ""))
            link_start = builder.length
        elif child.type == "link_close" and link_href is not None:
            label = "".join(builder.parts)[link_start:].strip()
            anchor_offset = Block(kind, "", tuple(builder.anchors)).source_offset(link_start)
            article.links.append(Link(link_href, label, anchor_offset if builder.anchors else cursor))
            link_href = None
        elif child.type == "html_inline":
            scan_html_fragment(child.content, text.find(child.content, cursor, limit), article)
    return builder.build(kind, level)


def _code_as_prose(token: Token, text: str, starts: list[int]) -> Block | None:
    """A list item's over-indented text (see the module's docstring), lines joined by a space."""
    builder = TextBuilder()
    cursor, limit = starts[token.map[0]], starts[min(token.map[1], len(starts) - 1)]
    for line in token.content.splitlines():
        if line.strip():
            builder.add_space(cursor)
            cursor = builder.add_found(line.strip(), text, cursor, limit)
    return builder.build("list_item")


def _directives(tokens: list[Token], starts: list[int], article: Article, front: dict, path: str):
    from ..directives import DirectiveError, collect_markdown
    from ..errors import InputError

    def line_of(index: int) -> int:
        return article.line_column(starts[min(index, len(starts) - 1)])[0]

    try:
        return collect_markdown(tokens, line_of, front)
    except DirectiveError as error:
        raise InputError(path, str(error)) from None


def read_markdown(text: str, path: str) -> Article:
    front, body_start = split_front_matter(text, path)
    article = Article(path=path, source=text, format="markdown", front_matter=front)
    for keys, attr, kind in ((TITLE_KEYS, "title", "title"), (DESCRIPTION_KEYS, "description", "description")):
        field = text_field(front, keys, path)
        if field:
            setattr(article, attr, front_matter_block(kind, text, body_start, *field))
    keyphrase = text_field(front, KEYPHRASE_KEYS, path)
    article.keyphrase = keyphrase[1] if keyphrase else None
    slug = text_field(front, ("slug",), path)
    article.slug = slug[1] if slug else slug_from_path(path)

    body = text[body_start:]
    starts = [body_start + s for s in LineIndex(body).starts] + [len(text)]
    tokens = _PARSER.parse(body)
    list_depth = 0
    heading_level = 0
    for token in tokens:
        if token.type == "list_item_open":
            list_depth += 1
        elif token.type == "list_item_close":
            list_depth -= 1
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "code_block" and list_depth and token.map:
            block = _code_as_prose(token, text, starts)
            if block is not None:
                article.blocks.append(block)
        elif token.type == "html_block" and token.map:
            scan_html_fragment(token.content, starts[token.map[0]], article)
        elif token.type == "inline" and token.map:
            region = (starts[token.map[0]], starts[min(token.map[1], len(starts) - 1)])
            kind: BlockKind = "heading" if heading_level else ("list_item" if list_depth else "paragraph")
            block = _inline_block(token, kind, heading_level, text, region, article)
            if block is not None:
                article.blocks.append(block)
    article.directives = _directives(tokens, starts, article, front, path)
    if article.title is None:
        first_h1 = next((b for b in article.blocks if b.kind == "heading" and b.level == 1), None)
        if first_h1 is not None:
            article.title = Block("title", first_h1.text, first_h1.anchors)
    return article
