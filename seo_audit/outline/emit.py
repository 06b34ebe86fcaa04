"""The article re-emitted as Markdown: front matter and subheadings added, nothing else touched.

The emitted text is the original source with lines inserted, and at most one line moved:

- **front matter**: for a file without one, a YAML block is put first (`---` … `---`)
  with `title` (the article's own title, if it has one), `seo_title` (the proposed meta
  title, when it differs from the title), `description` (the proposed meta description),
  `keyphrase`, and `slug` only when asked (`--slug`: a slug built from the title would
  change a published address). For a Markdown file that has front matter, only the keys
  it lacks among `seo_title`, `description`, `keyphrase` (and `slug` when asked) are
  inserted as lines just before its closing `---` (an author's title, description or
  keyphrase is never replaced; their synonyms `meta_title`, `meta_description`,
  `excerpt`, `summary`, `focus_keyphrase`… count).
- **the title line of a plain text file** moves into the front matter's `title`: left in
  the body it would be read as a first paragraph, and the title would appear twice.
- **subheadings**: before the first line of each block that needs one, a line
  `## Subheading` (one level below the enclosing author's heading, `##` in a text
  without headings) followed by an empty line; when the subheading is the block's
  opening label line (`**Les problématiques actuelles**`, `4 . Renforcement du suivi`,
  `Contexte :`, a line of its own), that line becomes the heading
  (`## Les problématiques actuelles`, `## Renforcement du suivi`): its markup, list number
  and closing colon go, its words stay, and the article does not say it twice.

So deleting the inserted lines and putting back the title line and the promoted label lines
gives the source byte for byte (`strip_inserted` does it from the list `emit` returns; the tests check it). Line
endings follow the source's (`\\r\\n` or a bare `\\r` when it uses them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from ..article import Article
from ..readers.markdown import DESCRIPTION_KEYS, KEYPHRASE_KEYS, TITLE_KEYS
from ..readers.slug import slugify
from . import Outline, OutlineBlock
from .segment import NUMBERED


@dataclass(frozen=True)
class Insertion:
    """Text put at `offset` in place of `removed` (nothing, for a pure insertion): the one
    kind of edit of --emit and of the language server's quick fixes (`lsp.actions`), which
    had an Edit of its own (start, end, text). `removed` is kept, not its end only, so that
    `strip_inserted` gives the source back from the emitted text alone."""

    offset: int   # source offset the text is inserted at (a line start)
    #: whole lines, each ending with the source's line break; for a promoted label line,
    #: the heading that takes the place of the line's text (its line break stays)
    text: str
    removed: str = ""  # source text replaced at `offset` (a .txt's title line moved up, a promoted label line)

    @property
    def end(self) -> int:
        """Where the replaced source text ends (`offset` for a pure insertion)."""
        return self.offset + len(self.removed)


def _newline(source: str) -> str:
    """The source's line ending: CRLF, a bare CR (old Mac exports) or LF, whichever ends
    most of its lines (CRLF, then LF on a tie; LF for a one-line source)."""
    crlf = source.count("\r\n")
    counts = {"\r\n": crlf, "\n": source.count("\n") - crlf, "\r": source.count("\r") - crlf}
    if not any(counts.values()):
        return "\n"
    return max(counts, key=lambda ending: (counts[ending], ending == "\r\n", ending == "\n"))


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


def _title_line(article: Article) -> str:
    """The title line of a plain text file with the blank lines after it, as in the source."""
    if article.format != "text" or article.title is None:
        return ""
    source = article.source
    start = 1 if source.startswith("\ufeff") else 0
    end = article.title.source_offset(len(article.title.text))
    match = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*").match(source, end)
    if match:
        end = match.end()
    if source[start:end].strip() != article.title.text.strip():
        return ""  # the title is not a line of its own: leave the source alone
    return source[start:end]


#: What a label line may hold around its words: a bullet that opens it (the list number,
#: « 4 . », « d) », « 3° », is `segment.NUMBERED`, as the labels are found) and a colon that closes it.
_LABEL_MARKS = re.compile(r"^[•·▪◦‣–—-]\s*|\s*:\s*$")


def label_line(article: Article, block, heading: str) -> tuple[int, int] | None:
    """Source offsets of the line(s) of a paragraph that is the block's label (« **Les
    problématiques actuelles** », « 4 . Renforcement du suivi », « Contexte: », a line of
    its own), without the line break, when its words are `heading`'s: `--emit` rewrites
    that line as the heading instead of repeating it under one. Only its markup, its list
    number and its closing colon go. None when the lines hold more than the paragraph, or
    the paragraph more than the heading (an HTML source: never)."""
    if article.format not in ("markdown", "text"):
        return None
    source = article.source
    start = _line_start(source, block.source_offset(0))
    end = block.source_offset(len(block.text))
    breaks = [k for k in (source.find("\n", end), source.find("\r", end)) if k >= 0]
    end = min(breaks) if breaks else len(source)
    words = re.sub(r"[\s*_\\]", "", source[start:end])
    if words != re.sub(r"[\s*_\\]", "", block.text):
        return None
    line = " ".join(re.sub(r"[*_\\]", "", block.text).split())
    label = _LABEL_MARKS.sub("", line[NUMBERED.match(line).end():] if NUMBERED.match(line) else line)
    return (start, end) if label.split() == heading.split() else None


def insertions(article: Article, outline: Outline, slug: bool = False) -> list[Insertion]:
    source = article.source
    newline = _newline(source)
    found: list[Insertion] = []
    fields = {"seo_title": outline.meta_title, "description": outline.meta_description,
              "keyphrase": outline.keyphrase,
              "slug": (slugify(outline.meta_title or outline.title or "") or None) if slug else None}
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
            if fields["seo_title"] == outline.title:
                fields["seo_title"] = None
        data.update({k: v for k, v in fields.items() if v})
        start = 1 if source.startswith("\ufeff") else 0
        found.append(Insertion(start, f"---{newline}{_yaml_lines(data, newline)}---{newline}",
                               _title_line(article)))
    found += [heading_edit(article, block, newline) for block in outline.blocks if block.insert and block.subheading]
    return sorted(found, key=lambda i: i.offset)


def heading_edit(article: Article, block: OutlineBlock, newline: str) -> Insertion:
    """The edit that gives `block` its proposed heading (the language server's quick fix
    makes the same one): a heading line and an empty line inserted before the block, or,
    for a promoted heading, the author's label line rewritten as the heading — its markup
    changes, not its words."""
    source = article.source
    heading = f"{'#' * block.level} {block.subheading}"
    if block.label is not None:
        start, end = block.label
        return Insertion(start, heading, source[start:end])
    return Insertion(_line_start(source, block.segment.blocks[0].source_offset(0)), f"{heading}{newline}{newline}")


def apply(source: str, inserted: list[Insertion]) -> str:
    parts, position = [], 0
    for insertion in inserted:
        parts.append(source[position : insertion.offset])
        parts.append(insertion.text)
        position = insertion.offset + len(insertion.removed)
    parts.append(source[position:])
    return "".join(parts)


def emit_markdown(article: Article, outline: Outline, slug: bool = False) -> tuple[str, list[Insertion]]:
    """The Markdown text, and what was inserted where (offsets in the source)."""
    inserted = insertions(article, outline, slug)
    return apply(article.source, inserted), inserted


def strip_inserted(emitted: str, inserted: list[Insertion]) -> str:
    """Remove the inserted lines and put back what they replaced: gives back the source exactly."""
    parts, position, shift = [], 0, 0
    for insertion in inserted:
        at = insertion.offset + shift
        assert emitted[at : at + len(insertion.text)] == insertion.text
        parts.append(emitted[position:at])
        parts.append(insertion.removed)
        position = at + len(insertion.text)
        shift += len(insertion.text) - len(insertion.removed)
    parts.append(emitted[position:])
    return "".join(parts)
