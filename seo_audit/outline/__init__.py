"""The structurer: topical blocks, proposed subheadings, meta title and meta description.

`propose(annotated)` gives an `Outline`; nothing in it is written by the tool: blocks are
runs of the article's paragraphs (`segment`), subheadings are noun phrases of those
paragraphs (`headings`), the meta title and description are the article's own words
(`meta`), and `emit` inserts heading lines into the untouched source text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import AnnotatedArticle, Block
from . import bounded
from .limits import Limits, default_limits
from .segment import Settings, TopicBlock, segment


@dataclass
class OutlineBlock:
    segment: TopicBlock
    start_line: int
    end_line: int
    words: int
    keywords: list[str]
    subheading: str | None
    alternatives: list[str]
    insert: bool                 # emit inserts `subheading` before this block
    level: int                   # heading level of the inserted (or existing) heading
    existing_heading: str | None  # the author's heading this block starts under
    has_keyphrase: bool = False
    #: Source offsets of the block's opening label line that --emit rewrites as the inserted
    #: heading (`emit.label_line`, found once here); None when the heading is inserted above.
    label: tuple[int, int] | None = None
    #: The block needs a heading (its section would outrun STR002 or the segmenter cut it)
    #: but none of its phrases is sure enough to insert: the editor writes it, and
    #: `subheading`, if any, is only a lead (`headings.HeadingChoice.to_write`).
    to_write: bool = False

    @property
    def promoted(self) -> bool:
        """Inserted, and the block's opening label line, which --emit makes the heading."""
        return self.label is not None


@dataclass
class Outline:
    path: str
    words: int
    keyphrase: str | None
    keyphrase_source: str | None  # "given", "front matter", "suggested" or None
    blocks: list[OutlineBlock]
    meta_title: str | None
    meta_title_alternatives: list[str] = field(default_factory=list)
    meta_description: str | None = None
    meta_description_alternatives: list[str] = field(default_factory=list)
    title: str | None = None
    limits: Limits | None = None   # the thresholds the proposals were made against
    #: Set when the article was too long to be outlined whole: the characters read (bounded.py).
    outlined_chars: int | None = None


def _section_heading(blocks: list[Block], index: int) -> Block | None:
    for block in reversed(blocks[:index]):
        if block.kind == "heading":
            return block
    return None


#: A block shorter than this many words gets no heading of its own when the section it
#: joins stays within the section-length rule: editors read a heading over two lines as
#: the heading of one detail.
TINY_BLOCK_WORDS = 45


def _needs_heading(segments: list[TopicBlock], section_words: int) -> list[bool]:
    """Which blocks get an inserted heading: every block the segmenter cut, except a tiny
    one that its preceding section can take in without exceeding `section_words`."""
    needs = []
    running = 0
    for seg in segments:
        need = not seg.starts_section
        if seg.starts_section:
            running = 0
        if need and seg.words < TINY_BLOCK_WORDS and running + seg.words <= section_words and needs:
            need = False
        running = seg.words if need else running + seg.words
        needs.append(need)
    return needs


def propose(annotated: AnnotatedArticle, keyphrase: str | None = None,
            settings: Settings | None = None, limits: Limits | None = None) -> Outline:
    """The outline of one annotated article; `keyphrase` overrides the front matter's.
    `limits` are the resolved rule set's (`Limits.from_ruleset`), the default set's if None."""
    from dataclasses import replace

    from ..measures.counts import count_words
    from ..measures.keywords import article_keywords, suggest_keyphrase
    from .description import author_summary, description_candidates, named
    from .headings import choose_headings
    from .title import title_candidates

    limits = limits or default_limits()
    settings = settings or Settings()
    if settings.max_words is None:
        settings = replace(settings, max_words=limits.section_words)

    article = annotated.article
    source = None
    keywords = None
    if keyphrase:
        source = "given"
    elif article.keyphrase:
        keyphrase, source = article.keyphrase, "front matter"
    else:
        suggestion = suggest_keyphrase(annotated)
        keyphrase, keywords = suggestion.keyphrase, list(suggestion.keywords)
        source = "suggested" if keyphrase else None

    whole = annotated
    annotated = bounded.prefix(annotated)  # a huge article: its first OUTLINE_CHARS characters (bounded.py)
    article = annotated.article
    segments = segment(annotated, settings)
    needs = _needs_heading(segments, limits.section_words)
    choices = choose_headings(annotated, segments, needs, keyphrase)
    from .emit import label_line

    blocks = []
    for seg, need, choice in zip(segments, needs, choices):
        insert = need and choice.subheading is not None and not choice.to_write
        # promoted where the block opens on a line that says the heading (a bold, numbered or
        # plain label line) and the emitter can rewrite it: one place decides it for --emit,
        # the language server and the JSON (a line shared with other text, or an HTML source,
        # gets the heading inserted instead)
        label = label_line(article, seg.blocks[0], choice.subheading) if insert else None
        first = article.locate(seg.blocks[0])
        last = article.locate(seg.blocks[-1])
        parent = _section_heading(article.blocks, seg.first)
        level = min((parent.level if parent is not None and parent.level >= 2 else 1) + 1, 6)
        blocks.append(OutlineBlock(
            seg, first.line, last.end_line, seg.words, [k.text for k in choice.keywords[:5]],
            choice.subheading, choice.alternatives, insert, level,
            seg.heading.text if seg.heading is not None else None, choice.has_keyphrase, label,
            choice.to_write))

    if keywords is None:   # the suggestion already ran YAKE on this article
        keywords = article_keywords(whole)
    titles = title_candidates(annotated, keyphrase, keywords, limits)
    descriptions = description_candidates(annotated, keyphrase, keywords, limits)
    # alternatives only as good as the proposal: whole sentences of the same kind; and the
    # author's own summary, however short, when it is not the proposal
    alternatives = [c.text for c in descriptions[1:] if c.tier == descriptions[0].tier][:2]
    summary = author_summary(annotated, limits.description_max_chars) if descriptions else None
    if summary and summary != descriptions[0].text and summary not in alternatives:
        alternatives = [summary, *alternatives][:2]
    if descriptions:   # a summary that opens on an infinitive, after the name it is about
        descriptions[0] = replace(descriptions[0], text=named(annotated, descriptions[0].text, summary, limits))
        alternatives = [a for a in dict.fromkeys(named(annotated, a, summary, limits) for a in alternatives)
                        if a != descriptions[0].text]
    return Outline(
        path=article.path,
        words=sum(count_words(b.text) for b in whole.article.blocks),
        keyphrase=keyphrase, keyphrase_source=source, blocks=blocks,
        meta_title=titles[0].text if titles else None,
        meta_title_alternatives=[c.text for c in titles[1:3]],
        meta_description=descriptions[0].text if descriptions else None,
        meta_description_alternatives=alternatives,
        title=article.title.text if article.title else None,
        limits=limits,
        outlined_chars=bounded.OUTLINE_CHARS if annotated is not whole else None,
    )
