"""Topical segmentation: where the text changes subject, at paragraph boundaries.

The units are the article's paragraphs and list items; a block never splits one.
Existing headings (Markdown, HTML) are fixed boundaries: each section between two
headings is segmented on its own, and only when it is longer than `max_words`.

Within a section:

1. Each paragraph gets two representations: the bag of its content-word lemmas
   (nouns, proper nouns, adjectives, verbs; stop words out; accents and case folded;
   weighted by a within-text idf), and the sum of the model's word vectors of those
   words (also idf-weighted).
2. At each gap between two paragraphs, the cohesion between the `window` paragraphs
   before and the `window` paragraphs after is the cosine of their lemma bags and the
   cosine of their vectors. Each series is standardised over the section and the two
   are averaged with `lexical_weight` (both ways: lemmas catch repeated names, vectors
   catch synonyms and related words).
3. A gap's depth is how far its cohesion lies below the highest point on each side
   (Hearst's TextTiling depth score).
4. Boundaries are chosen by dynamic programming: each chosen gap earns its depth minus
   a cut-off (the section's mean depth plus `cutoff` standard deviations), so that the
   text decides how many blocks it has; blocks over `max_words` or under `min_words`
   pay a penalty that outweighs any depth, so the section-length rule bounds the choice.
   A gap right after a paragraph ending in « : » or an author's bold label
   (`pseudo_heading`), or between two items of a list, is never chosen. A gap *before* a
   bold label is no stronger a boundary than its depth says: on real beta.gouv.fr pages
   with their headings removed, most bold labels name a part inside the author's section,
   and adding one or two standard deviations of depth there made Pk worse (0.362 → 0.367,
   40 documents), while never cutting after one made it slightly better (0.360).

A single paragraph longer than `max_words` stays whole (its block then exceeds the
limit): cutting it would change the article's text, which `outline` never does; the
paragraph-length rule (STR005) already asks the writer to cut it. A section shorter
than twice `min_words` is one block.

The figures behind the defaults are printed by `benchmarks/segmentation.py`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..article import AnnotatedArticle, Block
from ..lang.fr import fold
from ..measures.counts import count_words

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


@dataclass(frozen=True)
class Settings:
    max_words: int | None = None   # None: STR002's `max_words` of the default rule set
    min_words: int = 60
    window: int = 2
    lexical_weight: float = 0.5
    cutoff: float = 0.0
    use_lemmas: bool = True
    use_vectors: bool = True


@dataclass(frozen=True)
class TopicBlock:
    """A run of consecutive body blocks on one topic.

    `first`/`last` index `article.blocks`; `heading` is the existing heading the block
    starts under (a fixed boundary) or None when the block was cut by the segmenter or
    opens the text.
    """

    first: int
    last: int
    blocks: tuple[Block, ...]
    words: int
    heading: Block | None
    starts_section: bool


def content_tokens(span) -> list:
    return [t for t in span if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha and len(t.text) > 1]


def lemma_key(token) -> str:
    return fold(token.text if token.pos_ == "PROPN" else token.lemma_)


def _cosine_counts(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _standardise(values: list[float]) -> list[float]:
    if not values:
        return []
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return [(v - mean) / sd if sd > 1e-9 else 0.0 for v in values]


def depth_scores(scores: list[float]) -> list[float]:
    """Hearst's depth: the climb to the highest point on the left plus on the right."""
    depths = []
    for i, score in enumerate(scores):
        left = score
        for j in range(i - 1, -1, -1):
            if scores[j] < left:
                break
            left = scores[j]
        right = score
        for j in range(i + 1, len(scores)):
            if scores[j] < right:
                break
            right = scores[j]
        depths.append((left - score) + (right - score))
    return depths


class _Features:
    """Per-paragraph lemma bags and vectors for one section."""

    def __init__(self, annotated: AnnotatedArticle, blocks: list[Block]) -> None:
        import numpy

        self.bags: list[Counter] = []
        tokens_per_block = []
        for block in blocks:
            tokens = content_tokens(annotated.block_span(block))
            tokens_per_block.append(tokens)
            self.bags.append(Counter(lemma_key(t) for t in tokens))
        documents = Counter(k for bag in self.bags for k in bag)
        n = len(blocks)
        self.idf = {k: math.log((n + 1) / (df + 0.5)) for k, df in documents.items()}
        self.weighted = [Counter({k: v * self.idf[k] for k, v in bag.items()}) for bag in self.bags]
        width = annotated.doc.vocab.vectors.shape[1] if annotated.doc.vocab.vectors.shape[0] else 0
        self.vectors = []
        for tokens in tokens_per_block:
            vector = numpy.zeros(width, dtype="float32")
            for token in tokens:
                if token.has_vector:
                    norm = token.vector_norm or 1.0
                    vector += token.vector / norm * self.idf[lemma_key(token)]
            self.vectors.append(vector)

    def lexical(self, left: range, right: range) -> float:
        a: Counter = Counter()
        b: Counter = Counter()
        for i in left:
            a.update(self.weighted[i])
        for i in right:
            b.update(self.weighted[i])
        return _cosine_counts(a, b)

    def vector(self, left: range, right: range) -> float:
        a = sum(self.vectors[i] for i in left)
        b = sum(self.vectors[i] for i in right)
        na = float((a * a).sum()) ** 0.5
        nb = float((b * b).sum()) ** 0.5
        return float((a * b).sum()) / (na * nb) if na and nb else 0.0


def gap_scores(annotated: AnnotatedArticle, blocks: list[Block], settings: Settings) -> list[float]:
    """Standardised cohesion at each of the len(blocks) - 1 gaps (low: a change of topic)."""
    n = len(blocks)
    if n < 2:
        return []
    features = _Features(annotated, blocks)
    w = settings.window
    windows = [(range(max(0, g - w + 1), g + 1), range(g + 1, min(n, g + 1 + w))) for g in range(n - 1)]
    series = []
    if settings.use_lemmas:
        series.append((settings.lexical_weight if settings.use_vectors else 1.0,
                       _standardise([features.lexical(l, r) for l, r in windows])))
    if settings.use_vectors:
        series.append((1 - settings.lexical_weight if settings.use_lemmas else 1.0,
                       _standardise([features.vector(l, r) for l, r in windows])))
    return [sum(weight * s[g] for weight, s in series) for g in range(n - 1)]


#: A bold line longer than this is an emphasised sentence, not a label.
LABEL_WORDS = 8


def pseudo_heading(block: Block) -> bool:
    """A short paragraph wholly in bold that is no sentence (« **Expérimentation** »,
    « **Les résultats obtenus :** », « **Les préjudices sont d'ordre ?** »): the author's
    heading in disguise."""
    return (block.kind == "paragraph" and block.wholly_strong and count_words(block.text) <= LABEL_WORDS
            and not block.text.rstrip().endswith("."))


def _allowed(blocks: list[Block], source: str, gap: int) -> bool:
    before, after = blocks[gap], blocks[gap + 1]
    if before.text.rstrip().endswith(":"):
        return False
    if before.kind == "list_item" and after.kind == "list_item":
        return False
    if pseudo_heading(before):
        return False  # a label goes with what it labels
    return True


def choose_boundaries(depths: list[float], words: list[int], allowed: list[bool], settings: Settings) -> list[int]:
    """Gaps to cut (gap g lies between unit g and g + 1), by dynamic programming."""
    settings = _resolved(settings)
    n = len(words)
    if n < 2 or sum(words) < 2 * settings.min_words:
        return []
    mean = sum(depths) / len(depths)
    sd = math.sqrt(sum((d - mean) ** 2 for d in depths) / len(depths))
    threshold = mean + settings.cutoff * sd
    big = 10.0 * (max(depths) - min(depths) + abs(threshold) + 1.0)
    prefix = [0]
    for w in words:
        prefix.append(prefix[-1] + w)

    def cost(i: int, j: int) -> float:  # block of units i..j-1
        size = prefix[j] - prefix[i]
        penalty = 0.0
        if size > settings.max_words and j - i > 1:
            penalty += big * (1 + (size - settings.max_words) / settings.max_words)
        if size < settings.min_words:
            penalty += big * (1 + (settings.min_words - size) / settings.min_words)
        return penalty

    best = [-math.inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        for i in range(j):
            if best[i] == -math.inf:
                continue
            if i > 0 and not allowed[i - 1]:
                continue
            gain = (depths[i - 1] - threshold) if i > 0 else 0.0
            value = best[i] + gain - cost(i, j)
            if value > best[j]:
                best[j], back[j] = value, i
    cuts = []
    j = n
    while j > 0:
        i = back[j]
        if i > 0:
            cuts.append(i - 1)
        j = i
    return sorted(cuts)


def _resolved(settings: Settings | None) -> Settings:
    """`settings` with the section length filled in from the default rule set if unset."""
    from dataclasses import replace

    from .limits import default_limits

    settings = settings or Settings()
    if settings.max_words is None:
        settings = replace(settings, max_words=default_limits().section_words)
    return settings


def segment_units(annotated: AnnotatedArticle, blocks: list[Block], settings: Settings) -> list[int]:
    """Boundary gaps for one run of paragraphs (no heading inside)."""
    settings = _resolved(settings)
    words = [count_words(b.text) for b in blocks]
    if len(blocks) < 2 or sum(words) < 2 * settings.min_words:
        return []
    scores = gap_scores(annotated, blocks, settings)
    depths = depth_scores(scores)
    allowed = [_allowed(blocks, annotated.article.source, g) for g in range(len(blocks) - 1)]
    return choose_boundaries(depths, words, allowed, settings)


def segment(annotated: AnnotatedArticle, settings: Settings | None = None) -> list[TopicBlock]:
    """The article's topical blocks, in reading order."""
    settings = _resolved(settings)
    article = annotated.article
    result: list[TopicBlock] = []
    heading: Block | None = None
    run: list[int] = []
    has_subheadings = any(b.kind == "heading" and b.level >= 2 for b in article.blocks)

    def flush() -> None:
        if not run:
            return
        units = [article.blocks[i] for i in run]
        words = [count_words(b.text) for b in units]
        # Without subheadings the text decides; under an author's heading, only an
        # over-long section is split.
        split = not has_subheadings or sum(words) > settings.max_words
        cuts = set(segment_units(annotated, units, settings)) if split else set()
        start = 0
        for g in sorted(cuts) + [len(units) - 1]:
            chosen = run[start : g + 1]
            result.append(TopicBlock(chosen[0], chosen[-1], tuple(article.blocks[i] for i in chosen),
                                     sum(words[start : g + 1]), heading if start == 0 else None,
                                     start == 0))
            start = g + 1

    for index, block in enumerate(article.blocks):
        if block.kind == "heading":
            flush()
            heading, run = block, []
        else:
            run.append(index)
    flush()
    return result
