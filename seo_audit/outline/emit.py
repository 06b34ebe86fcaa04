"""The article re-emitted as Markdown: front matter and subheadings added, nothing else touched.

The emitted text is the original source with lines inserted, never changed:

- **front matter**: for a file without one, a YAML block is put first (`---` … `---`)
  with `title` (the article's own title, if it has one), `seo_title` (the proposed meta
  title), `description` (the proposed meta description), `keyphrase` and `slug` (the
  meta title's words, folded and joined by hyphens). For a Markdown
  file that has front matter, only the keys it lacks among `seo_title`,
  `description`, `keyphrase` and `slug` are inserted as lines just before its closing `---`
  (an author's title, description or keyphrase is never replaced; their synonyms
  `meta_title`, `meta_description`, `excerpt`, `summary`, `focus_keyphrase`… count).
- **subheadings**: before the first line of each block that needs one, a line
  `## Subheading` (one level below the enclosing author's heading, `##` in a text
  without headings) followed by an empty line.

So deleting the inserted lines gives back the source byte for byte (`strip_inserted`
does it from the list `emit` returns; the tests check it). The first line of a plain
text file that the reader took as the title stays where it is, as a paragraph: turning
it into `# Title` would change a line of the source. Line endings follow the source's
(`\\r\\n` when it uses them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from ..article import Article
from ..readers.markdown import DESCRIPTION_KEYS, KEYPHRASE_KEYS, TITLE_KEYS
from . import Outline


@dataclass(frozen=True)
class Insertion:
    offset: int   # source offset the text is inserted at (a line start)
    text: str     # whole lines, each ending with the source's line break


def slugify(text: str) -> str:
    """« Poutine : le canal de retour » → « poutine-le-canal-de-retour » (the title's words)."""
    from ..measures.french_words import fold

    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))


def _newline(source: str) -> str:
    return "\r\n" if "\r\n" in source else "\n"


def _line_start(source: str, offset: int) -> int:
    return max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset)) + 1


def _yaml_lines(data: dict[str, str], newline: str) -> str:
    if not data:
        return ""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)
    return "".join(line + newline for line in dumped.splitlines())


def _front_matter_close(source: str) -> int | None:
    """Offset of the closing `---` line of the source's front matter, if it has one."""
    from ..readers.frontmatter import _CLOSE, _OPEN

    opening = _OPEN.match(source)
    if not opening:
        return None
    closing = _CLOSE.search(source, opening.end())
    return closing.start() if closing else None


def insertions(article: Article, outline: Outline) -> list[Insertion]:
    source = article.source
    newline = _newline(source)
    found: list[Insertion] = []
    fields = {"seo_title": outline.meta_title, "description": outline.meta_description,
              "keyphrase": outline.keyphrase, "slug": slugify(outline.meta_title or outline.title or "") or None}
    close = _front_matter_close(source) if article.format == "markdown" else None
    if close is not None:
        present = set(article.front_matter)
        synonyms = {"seo_title": TITLE_KEYS[:2], "description": DESCRIPTION_KEYS, "keyphrase": KEYPHRASE_KEYS,
                    "slug": ("slug",)}
        missing = {k: v for k, v in fields.items() if v and not present & {k, *synonyms[k]}}
        if missing:
            found.append(Insertion(close, _yaml_lines(missing, newline)))
    else:
        data = {}
        if outline.title:
            data["title"] = outline.title
        data.update({k: v for k, v in fields.items() if v})
        start = 1 if source.startswith("\ufeff") else 0
        found.append(Insertion(start, f"---{newline}{_yaml_lines(data, newline)}---{newline}"))
    for block in outline.blocks:
        if not block.insert or not block.subheading:
            continue
        offset = _line_start(source, block.segment.blocks[0].source_offset(0))
        heading = f"{'#' * block.level} {block.subheading}{newline}{newline}"
        found.append(Insertion(offset, heading))
    return sorted(found, key=lambda i: i.offset)


def apply(source: str, inserted: list[Insertion]) -> str:
    parts, position = [], 0
    for insertion in inserted:
        parts.append(source[position : insertion.offset])
        parts.append(insertion.text)
        position = insertion.offset
    parts.append(source[position:])
    return "".join(parts)


def emit_markdown(article: Article, outline: Outline) -> tuple[str, list[Insertion]]:
    """The Markdown text, and what was inserted where (offsets in the source)."""
    inserted = insertions(article, outline)
    return apply(article.source, inserted), inserted


def strip_inserted(emitted: str, inserted: list[Insertion]) -> str:
    """Remove the inserted lines again: gives back the source exactly."""
    parts, position, shift = [], 0, 0
    for insertion in inserted:
        at = insertion.offset + shift
        assert emitted[at : at + len(insertion.text)] == insertion.text
        parts.append(emitted[position:at])
        position = at + len(insertion.text)
        shift += len(insertion.text)
    parts.append(emitted[position:])
    return "".join(parts)
