"""The part of a huge article the structurer reads.

Proposing subheadings, a meta title and a meta description costs far more per word than
the parse: every noun phrase of every block is weighed, and the best are parsed again
alone. A 1 MB article of ordinary paragraphs (190 000 words, 800 blocks) took two minutes
of CPU. An article longer than `OUTLINE_CHARS` characters is outlined on its first
`OUTLINE_CHARS` characters: the blocks that start within them, the last one cut after a
sentence that ends within them, else at a space, else at the bound. The rest of the
article is left as written (no heading is proposed or inserted there) and `outline` says
so on standard error. Every real article is far shorter (the corpus's longest has 20 000
characters) and is outlined whole, exactly as before.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import AnnotatedArticle, Sentence
from ..nlp import ENTITY_CHARS

#: Characters of an article (its blocks joined, title first) that the outline reads: the
#: same part whose named entities are known (`nlp.ENTITY_CHARS`), about 16 000 words.
OUTLINE_CHARS = ENTITY_CHARS


def _cut(annotated: AnnotatedArticle, index: int, room: int) -> int:
    """Where block `index` is cut to keep at most `room` characters of it."""
    block = annotated.blocks[index]
    ends = [s.end for s in annotated.sentences if s.block is block and s.end <= room]
    if ends and max(ends) > room // 2:
        return max(ends)
    space = block.text.rfind(" ", 0, room)
    return space if space > room // 2 else room


def prefix(annotated: AnnotatedArticle, limit: int | None = None) -> AnnotatedArticle:
    """`annotated` itself when its text fits in `limit` (default `OUTLINE_CHARS`) characters,
    else a view of its first `limit` characters (same Doc, fewer and shorter blocks)."""
    limit = limit or OUTLINE_CHARS
    starts = annotated.block_starts
    if not annotated.blocks or starts[-1] + len(annotated.blocks[-1].text) <= limit:
        return annotated
    kept = [b for b, s in zip(annotated.blocks, starts) if s < limit]
    last = len(kept) - 1
    cut_block = None
    if kept[last].kind not in ("title", "description") and starts[last] + len(kept[last].text) > limit:
        cut = _cut(annotated, last, limit - starts[last])
        cut_block = replace(kept[last], text=kept[last].text[:cut].rstrip())
        kept[last] = cut_block
    original = annotated.blocks[last]
    whole = {id(b) for b in annotated.blocks[: last + 1]}
    sentences = []
    for sentence in annotated.sentences:
        if cut_block is not None and sentence.block is original:
            end = min(sentence.end, len(cut_block.text))
            if sentence.start < end:
                base = starts[last]
                span = annotated.doc.char_span(base + sentence.start, base + end, alignment_mode="expand")
                sentences.append(Sentence(cut_block, sentence.start, end, span))
        elif id(sentence.block) in whole:
            sentences.append(sentence)
    article = annotated.article
    view = replace(article, blocks=[b for b in kept if b.kind not in ("title", "description")],
                   description=article.description if any(b is article.description for b in kept) else None)
    return AnnotatedArticle(view, annotated.doc, kept, starts[: len(kept)], sentences)
