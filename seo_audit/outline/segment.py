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
   (`pseudo_heading`), or between two items of a list, is never chosen.
5. Before that choice, the page's layout weighs on each gap (`LAYOUT_PRIOR`, added to
   its depth): on real beta.gouv.fr pages with their headings removed the words alone
   place the author's sections poorly (Pk 0.364 on 245 dev pages), while the layout says
   much — a section often opens on a sentence over a list or on a list after a full stop,
   and rarely on a numbered line or a short line, or right after a short line or list
   item (the labels left once the headings are gone name parts inside a section: adding
   depth before bold labels made Pk worse in session 5, 0.360 → 0.367), unless the label
   is a template section name (« Contexte », « Problèmes », « Solution »).
   With the layout, Pk 0.343 on the same pages; topic-shift documents (no lists,
   paragraphs of 12 words or more) are unchanged.

A single paragraph longer than `max_words` stays whole (its block then exceeds the
limit): cutting it would change the article's text, which `outline` never does; the
paragraph-length rule (STR005) already asks the writer to cut it. A section shorter
than twice `min_words` is one block.

The figures behind the defaults are printed by `benchmarks/segmentation.py`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..article import AnnotatedArticle, Block
from ..lang.fr import fold
from ..measures.counts import count_words

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


@dataclass(frozen=True)
class Settings:
    max_words: int | None = None   # None: STR002's `max_words` of the default rule set
    #: a third of the author's sections on real beta.gouv.fr pages are under 60 words; 45
    #: gave lower Pk on the topic-shift sets and on 245 dev real pages (0.334 against
    #: 0.340) but higher on the benchmark's 40 real pages (0.370 against 0.347)
    min_words: int = 60
    window: int = 2
    lexical_weight: float = 0.5
    cutoff: float = 0.0
    use_lemmas: bool = True
    use_vectors: bool = True
    use_layout: bool = True


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


def _mean_sd(values: list[float]) -> tuple[float, float]:
    """Mean and (population) standard deviation of a non-empty list: gap scores are
    standardised with them, depths cut off and the layout weighed in their sd."""
    mean = sum(values) / len(values)
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def _standardise(values: list[float]) -> list[float]:
    if not values:
        return []
    mean, sd = _mean_sd(values)
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
#: A line that opens on a list number or letter (« 4 . », « 2) », « d) », « 3° », « 2# »).
NUMBERED = re.compile(r"^\s*(\d+|[a-zA-Z])\s*[.)°#-]\s")


def pseudo_heading(block: Block) -> bool:
    """A short paragraph wholly in bold that is no sentence (« **Expérimentation** »,
    « **Les résultats obtenus :** », « **Les préjudices sont d'ordre ?** »): the author's
    heading in disguise."""
    return (block.kind == "paragraph" and block.wholly_strong and count_words(block.text) <= LABEL_WORDS
            and not block.text.rstrip().endswith("."))


def numbered_heading(blocks: Sequence[Block], unit: int) -> bool:
    """A numbered line of a few words, without a final full stop, followed by what it
    numbers (its list or its paragraph) and by no other numbered line before them: the
    author's heading of that part (« 4 . Renforcement du suivi » then its bullets), not an
    item of a numbered list (« 1 . Divergence… », « 2 . Temporalité… » on consecutive lines).
    The layout prior reads it (a numbered heading may open a section, an item may not), and
    so do the outline's labels (a numbered heading names its part)."""
    text = blocks[unit].text.strip()
    if "\n" in text or text.endswith(".") or len(re.findall(r"\w+", text)) > LABEL_WORDS + 1 \
            or unit + 1 >= len(blocks):
        return False
    following = blocks[unit + 1]
    return following.kind in ("list_item", "paragraph") and not NUMBERED.match(following.text)


#: The page's layout at a gap, as odds of a section starting there, in standard deviations
#: of the section's depth. Fitted (logistic regression on depth and these features, then
#: rounded) on 245 dev beta.gouv.fr pages with their `##`/`###` headings removed, 2,687
#: allowed gaps: there, the words alone separate the author's sections poorly (depth's
#: AUC 0.56, against a clear signal on topic-shift documents), and the layout adds what
#: the author's hand shows. Topic-shift documents, made of paragraphs of 12 words or more
#: and no lists, are left as they were. What follows the gap:
LAYOUT_PRIOR = {
    "lead-in": 2.75,      # a sentence over a list (« Nous avons identifié trois freins : »)
    "into list": 2.75,    # a list after a paragraph's full stop: no lead-in announces it
    "after list": 1.25,   # prose again after a list
    "list goes on": 0.0,  # a list after a paragraph that ends without a full stop (its end)
    # the author's labels that are left once the headings are gone name a part inside a
    # section (« **Étape 2** », « Périmètre : », « Indicateurs d'usage : »), an item of a
    # series: a section rarely starts on one
    "numbered": -5.25,    # « 2 . … » in a series of numbered lines (not one over its items,
                          # `numbered_heading`: on a page without « ## », the author's
                          # heading, « 4 . Renforcement du suivi » in accidents-de-la-route)
    # a bold line (0.16 there) only as a short unit: on a page written without « ## » the
    # author's bold lines are its headings (« **La piste envisagée** », cas-par-4)
    "bold line": 0.0,
    "short line": -1.25,  # a plain line of a few words without a final stop
    "bold lead": -1.0,
    "short colon": -0.5,  # « Périmètre : »
    # but a label that is one of the template section names of a project page is the
    # author's section heading (`SECTION_NAMES`), on a page written without « ## »
    # (setaccords: « **Contexte** », « **Problèmes** », « **Stratégie** »)
    "section name": 3.5,
}
#: The author's headings most often found on beta.gouv.fr pages (« Contexte » 120 times in
#: the dev pages, « Problème » 100, « Solution » 88, « Stratégie » 41, …), folded, without
#: their article or possessive; as a label line of its own they open a section. Only 5
#: label lines of the 245 dev pages with their headings removed are one (none opens a section).
SECTION_NAMES = frozenset("""contexte probleme problemes problematique problematiques solution solutions strategie
conclusion impact objectif objectifs chronologie investigation deploiement equipe cible constat resultat
resultats budget benefices beneficiaires ambition historique enjeux""".split()) | {"prochaines etapes"}
_SECTION_DET = re.compile(r"^(?:le|la|les|l'|notre|nos)\s*")


def section_name(text: str) -> bool:
    """`text` is one of `SECTION_NAMES` alone (« **Problèmes** », « Notre solution : »)."""
    words = fold(text).strip("*_ :?").strip()
    return _SECTION_DET.sub("", words).strip() in SECTION_NAMES


#: Sections end on, and open with, a paragraph more often than a short line or list item:
#: a unit under `SHORT_WORDS` words before the gap, after the gap.
SHORT_WORDS = 12
SHORT_BEFORE = -3.25
SHORT_AFTER = -1.0


def layout_kinds(blocks: list[Block], gap: int) -> list[str]:
    """The `LAYOUT_PRIOR` kinds at gap `gap`, between `blocks[gap]` and `blocks[gap + 1]`."""
    before, after = blocks[gap], blocks[gap + 1]
    kinds = []
    text = after.text.strip()
    words = count_words(text)
    if before.kind == "list_item" and after.kind != "list_item":
        kinds.append("after list")
    if before.kind != "list_item" and after.kind == "list_item":
        # after a full stop; a list that continues its paragraph's sentence is its end
        kinds.append("into list" if before.text.rstrip().endswith((".", "!", "…")) else "list goes on")
    if after.kind != "paragraph":
        return kinds
    if words <= 3 and section_name(text):
        kinds.append("section name")
    if pseudo_heading(after):
        kinds.append("bold line")
    elif after.strong_lead:
        kinds.append("bold lead")
    elif words <= LABEL_WORDS and not text.endswith((".", ":", "!", "?")):
        kinds.append("short line")
    if NUMBERED.match(text) and not numbered_heading(blocks, gap + 1):
        kinds.append("numbered")
    if text.endswith(":") and words <= LABEL_WORDS:
        kinds.append("short colon")
    elif text.endswith(":") and gap + 2 < len(blocks) and blocks[gap + 2].kind == "list_item":
        kinds.append("lead-in")
    return kinds


def layout_priors(blocks: list[Block]) -> list[float]:
    """The layout's odds at each gap, in standard deviations of depth (`LAYOUT_PRIOR`)."""
    short = [count_words(b.text) < SHORT_WORDS for b in blocks]
    return [sum(LAYOUT_PRIOR[k] for k in layout_kinds(blocks, g))
            + SHORT_BEFORE * short[g] + SHORT_AFTER * short[g + 1]
            for g in range(len(blocks) - 1)]


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
    mean, sd = _mean_sd(depths)
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
    if settings.use_layout:
        sd = _mean_sd(depths)[1] or 1.0
        depths = [d + sd * p for d, p in zip(depths, layout_priors(blocks))]
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
