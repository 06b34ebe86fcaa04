"""The small summary of one article that the site pass reads.

It is made from the `Article` alone (no spaCy), kept in `FileReport.site` as plain JSON
data so that the result cache holds it with the report, and rebuilt from the file by the
readers for an article whose report is not at hand (another shard). What depends on the
whole batch (the content root, hence the article's URLs) is computed in the site pass,
never stored here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..article import Article, Block
from ..measures.keyphrase import MAX_GAP, text_units
from .urls import heading_ids

#: Bumped when the layout changes: a summary of another version is rebuilt from the file.
VERSION = 3
#: `id="…"` and `name="…"` attributes in raw HTML: anchors a link may target.
_ID_ATTRIBUTE = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"'<>\s]{1,200})["']""")

Position = tuple[int, int]


@dataclass(frozen=True)
class Field:
    text: str
    line: int
    column: int


@dataclass(frozen=True)
class LinkRef:
    href: str
    text: str
    line: int
    column: int
    image: bool = False


@dataclass(frozen=True)
class TextRun:
    """A paragraph or list item: its text and, per anchor, (text offset, line, column)."""

    text: str
    anchors: tuple[tuple[int, int, int], ...]

    def position(self, offset: int) -> Position:
        index = max(bisect.bisect_right([a[0] for a in self.anchors], offset) - 1, 0)
        start, line, column = self.anchors[index] if self.anchors else (0, 1, 1)
        return line, column + max(offset - start, 0)


@dataclass(frozen=True)
class ArticleSummary:
    path: str
    slug: str | None
    #: `permalink`, `url`, `aliases` from the front matter, when set.
    routes: dict[str, Any]
    title: Field | None
    description: Field | None
    #: The keyphrase declared in the front matter (not `--keyphrase`, not a suggestion).
    keyphrase: Field | None
    cornerstone: bool
    links: tuple[LinkRef, ...]
    anchors: frozenset[str]
    #: (text, anchors) of each paragraph and list item, as stored; see `runs`.
    raw_runs: tuple[tuple[str, Any], ...]
    #: « ~stem ~stem » for each two content words of the body that follow each other
    #: (with at most MAX_GAP function words between, no punctuation), one a line: one
    #: text, which a cached run decodes far faster than a list of hundreds; see `pairs`.
    raw_pairs: str
    disabled: tuple[str, ...] = ()
    #: (codes, first line, last line) of `disable-next` directives.
    suppressed: tuple[tuple[tuple[str, ...], int, int], ...] = ()

    @cached_property
    def runs(self) -> tuple[TextRun, ...]:
        """The text runs, made only for the few articles a mention is looked for in (a
        cached run reads thousands of summaries); a damaged one is no text at all."""
        try:
            return tuple(TextRun(text, tuple((int(o), int(li), int(c)) for o, li, c in anchors))
                         for text, anchors in self.raw_runs if isinstance(text, str))
        except (TypeError, ValueError):
            return ()

    @cached_property
    def pairs(self) -> frozenset[str]:
        """An article can name a phrase only if it holds all the phrase's pairs: a set
        test (`stem_pairs`), made only when some article has a phrase to look for."""
        try:
            return frozenset(self.raw_pairs.split("\n")) if self.raw_pairs else frozenset()
        except (TypeError, AttributeError):
            return frozenset()

    def disables(self, code: str) -> bool:
        return any(e == "ALL" or code.startswith(e) for e in self.disabled)

    def suppresses(self, code: str, line: int | None) -> bool:
        return line is not None and any(
            first <= line <= last and any(e == "ALL" or code.startswith(e) for e in codes)
            for codes, first, last in self.suppressed)


def is_cornerstone(front_matter: dict[str, Any]) -> bool:
    """`cornerstone: true` in the front matter (Yoast SEO's name for a site's key pages)."""
    return front_matter.get("cornerstone") is True


def stem_pairs(text: str) -> set[str]:
    """The pairs of consecutive content words' stems that the keyphrase matcher
    (`measures.keyphrase.find`) could match in `text`: « l’équipe autonome » gives
    « ~equip ~autonom »."""
    pairs: set[str] = set()
    last: str | None = None
    gap = 0
    for unit in text_units(text):
        if unit.punct:
            last = None
        elif unit.function:
            gap += 1
            if gap > MAX_GAP:
                last = None
        else:
            key = next(k for k in unit.keys if k.startswith("~"))
            if last is not None:
                pairs.add(f"{last} {key}")
            last, gap = key, 0
    return pairs


def _field(article: Article, block: Block | None) -> Field | None:
    if block is None or not block.text.strip():
        return None
    line, column = article.line_column(block.source_offset(0))
    return Field(block.text, line, column)


def _keyphrase(article: Article) -> Field | None:
    if not article.keyphrase:
        return None
    from ..readers.frontmatter import value_offset

    source = article.source
    end = source.find("\n---", 3) if source.startswith("---") else -1
    for key in ("keyphrase", "focus_keyphrase", "focus_keyword"):
        if key in article.front_matter and end > 0:
            line, column = article.line_column(value_offset(source, end, key, article.keyphrase))
            return Field(article.keyphrase, line, column)
    return Field(article.keyphrase, 1, 1)


def _run(article: Article, block: Block) -> TextRun:
    anchors = []
    for text_offset, source_offset in block.anchors or ((0, 0),):
        line, column = article.line_column(source_offset)
        anchors.append((text_offset, line, column))
    return TextRun(block.text, tuple(anchors))


def article_anchors(article: Article) -> set[str]:
    """Fragments a link may point to in this article: its headings' generated ids (see
    `urls.heading_ids`) and the `id`/`name` attributes of its raw HTML."""
    anchors: set[str] = set()
    for heading in article.headings:
        anchors |= heading_ids(heading.text)
    anchors.update(_ID_ATTRIBUTE.findall(article.source))
    return anchors


def summarise(article: Article) -> ArticleSummary:
    anchors = article_anchors(article)
    links = [LinkRef(link.href, link.text, *article.line_column(link.offset)) for link in article.links]
    links += [LinkRef(image.src, image.alt, *article.line_column(image.offset), image=True)
              for image in article.images if image.src]
    runs = tuple(_run(article, b) for b in article.paragraphs)
    pairs: set[str] = set()
    for run in runs:
        pairs |= stem_pairs(run.text)
    raw_runs = tuple((run.text, run.anchors) for run in runs)
    routes = {k: article.front_matter[k] for k in ("permalink", "url", "aliases")
              if isinstance(article.front_matter.get(k), (str, list))}
    directives = article.directives
    return ArticleSummary(
        path=article.path, slug=article.slug, routes=routes,
        title=_field(article, article.title), description=_field(article, article.description),
        keyphrase=_keyphrase(article), cornerstone=is_cornerstone(article.front_matter),
        links=tuple(links), anchors=frozenset(anchors), raw_runs=raw_runs, raw_pairs="\n".join(sorted(pairs)),
        disabled=tuple(sorted(directives.disabled)),
        suppressed=tuple((tuple(sorted(b.codes)), b.first_line, b.last_line) for b in directives.blocks))


# -- plain data, for the cache ----------------------------------------------------------

def to_data(summary: ArticleSummary) -> dict[str, Any]:
    def field(f: Field | None) -> list | None:
        return None if f is None else [f.text, f.line, f.column]

    return {
        "version": VERSION, "path": summary.path, "slug": summary.slug, "routes": summary.routes,
        "title": field(summary.title), "description": field(summary.description),
        "keyphrase": field(summary.keyphrase), "cornerstone": summary.cornerstone,
        "links": [[l.href, l.text, l.line, l.column, l.image] for l in summary.links],
        "anchors": sorted(summary.anchors),
        "runs": [[text, [list(a) for a in anchors]] for text, anchors in summary.raw_runs],
        "pairs": summary.raw_pairs,
        "disabled": list(summary.disabled),
        "suppressed": [[list(codes), first, last] for codes, first, last in summary.suppressed],
    }


def from_data(data: Any) -> ArticleSummary:
    """The summary back; raises ValueError (or TypeError) on anything unexpected, so that
    a damaged cache entry is rebuilt from the file rather than trusted."""
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ValueError("not a summary")

    def field(value: Any) -> Field | None:
        if value is None:
            return None
        text, line, column = value
        return Field(str(text), int(line), int(column))

    links = tuple(LinkRef(str(h), str(t), int(li), int(c), bool(i)) for h, t, li, c, i in data["links"])
    # runs and pairs are most of a summary and the site pass reads thousands: they are
    # taken as they are; `runs` checks a run when it is used, and anything but a text
    # among the pairs only never matches
    runs = data["runs"]
    pairs = data["pairs"]
    routes = data["routes"]
    if not isinstance(routes, dict) or not isinstance(runs, list) or not isinstance(pairs, str):
        raise ValueError("routes or runs")
    return ArticleSummary(
        path=str(data["path"]), slug=data["slug"] if isinstance(data["slug"], str) else None,
        routes=routes, title=field(data["title"]), description=field(data["description"]),
        keyphrase=field(data["keyphrase"]), cornerstone=data["cornerstone"] is True,
        links=links, anchors=frozenset(str(a) for a in data["anchors"]), raw_runs=runs,
        raw_pairs=pairs,
        disabled=tuple(str(c) for c in data["disabled"]),
        suppressed=tuple((tuple(str(c) for c in codes), int(first), int(last))
                         for codes, first, last in data["suppressed"]))
