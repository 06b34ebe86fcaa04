"""Meta title and meta description proposals, built only from the article's own words.

**Meta title.** Candidates: the article's title as it is; the noun phrases of the title
(see `headings.noun_phrases`); the focus keyphrase followed by « : » and one of those
phrases or of the body's strongest phrases (those holding the article's best keywords).
A candidate must fit `TITLE_MAX_CHARS` characters and `TITLE_MAX_PIXELS` pixels at the
SERP font (`measures.serp.pixel_width`) and hold at least `TITLE_MIN_CHARS`. Ranking:
the keyphrase present, and near the start; coverage of the article's keywords; a
length close to the limit (the room a search result gives); taken from the title. The best and two alternatives.

**Meta description.** The article's most representative sentence: each body sentence
is scored by the weight of the article's keywords it holds (YAKE ranks), doubled when
it holds the focus keyphrase, and raised by half in the first two paragraphs (the
introduction). A sentence shorter than `DESCRIPTION_MIN_CHARS` is continued with the
next sentences of its paragraph; a longer one is cut at a word boundary so that with
« … » it fits `DESCRIPTION_MAX_CHARS`. The best and two alternatives.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import AnnotatedArticle
from ..measures.french_words import fold
from ..measures.serp import pixel_width
from .headings import Phrase, lemma_of, noun_phrases, sentence_case

TITLE_MIN_CHARS, TITLE_MAX_CHARS, TITLE_MAX_PIXELS = 30, 60, 600
DESCRIPTION_MIN_CHARS, DESCRIPTION_MAX_CHARS = 120, 156
ELLIPSIS = "…"


@dataclass(frozen=True)
class Candidate:
    text: str
    score: float


def fits_title(text: str) -> bool:
    return TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and pixel_width(text) <= TITLE_MAX_PIXELS


def _keyword_weights(keywords) -> dict[str, float]:
    return {k.lemma: 1.0 / k.rank for k in keywords}


def _coverage(lemmas: tuple[str, ...], weights: dict[str, float]) -> float:
    total = 0.0
    for key, weight in weights.items():
        parts = tuple(key.split())
        n = len(parts)
        if any(lemmas[i : i + n] == parts for i in range(len(lemmas) - n + 1)):
            total += weight
    return total


def _keyphrase_position(text: str, keyphrase: str | None) -> float | None:
    """Where the keyphrase starts, as a share of the text's length (None: absent)."""
    if not keyphrase:
        return None
    from ..measures.keyphrase import compile_keyphrase, find_in_text

    found = find_in_text(compile_keyphrase(keyphrase), text)
    return found[0][0] / max(len(text), 1) if found else None


def _lower_first(text: str, phrase: Phrase | None) -> str:
    """« Le canal de retour » → « le canal de retour » after « Keyphrase : », unless the
    first word is a proper noun or an acronym (it keeps its capital)."""
    first = text.split(" ", 1)[0]
    if fold(first).split("'")[0] in ("le", "la", "les", "l", "un", "une", "des", "du"):
        return text[:1].lower() + text[1:]
    if phrase is not None and phrase.proper_first:
        return text
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def title_candidates(annotated: AnnotatedArticle, keyphrase: str | None, keywords) -> list[Candidate]:
    article = annotated.article
    weights = _keyword_weights(keywords)
    phrases: list[tuple[Phrase, bool]] = []
    if article.title is not None:
        span = annotated.block_span(article.title)
        phrases += [(p, True) for p in noun_phrases(span)]
    body_phrases = [p for b in article.blocks if b.kind != "heading" for p in noun_phrases(annotated.block_span(b))]
    body_phrases.sort(key=lambda p: (-_coverage(p.lemmas, weights), p.start))
    phrases += [(p, False) for p in body_phrases[:30]]

    texts: dict[str, tuple[bool, tuple[str, ...]]] = {}
    if article.title is not None:
        title = " ".join(article.title.text.split())
        span = annotated.block_span(article.title)
        texts[title] = (True, tuple(lemma_of(t) for t in span if not t.is_punct))
    for phrase, from_title in phrases:
        texts.setdefault(phrase.text, (from_title, phrase.lemmas))
        if keyphrase and _keyphrase_position(phrase.text, keyphrase) is None:
            head = sentence_case(keyphrase.strip())
            combined = f"{head} : {_lower_first(phrase.text, phrase)}"
            texts.setdefault(combined, (from_title, phrase.lemmas))
    candidates = []
    for text, (from_title, lemmas) in texts.items():
        if not fits_title(text):
            continue
        position = _keyphrase_position(text, keyphrase)
        score = 0.0
        if position is not None:
            score += 2.0 + (1.0 - position)
        score += _coverage(lemmas, weights)
        score += 1.5 * len(text) / TITLE_MAX_CHARS
        score += 0.5 if from_title else 0.0
        candidates.append(Candidate(text, round(score, 6)))
    candidates.sort(key=lambda c: (-c.score, c.text))
    unique: dict[str, Candidate] = {}
    for candidate in candidates:
        unique.setdefault(fold(candidate.text), candidate)
    return list(unique.values())


def cut(text: str, limit: int = DESCRIPTION_MAX_CHARS) -> str:
    """`text` if it fits, else cut at the last word boundary so that text + « … » fits."""
    text = " ".join(text.replace("\u00ad", "").split())
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS) + 1]
    space = room.rfind(" ")
    head = room[:space] if space > 0 else room[: limit - len(ELLIPSIS)]
    head = head.rstrip(" ,;:–—-«\u00a0\u202f")
    return head + ELLIPSIS


def description_candidates(annotated: AnnotatedArticle, keyphrase: str | None, keywords) -> list[Candidate]:
    from ..measures.counts import count_words

    weights = _keyword_weights(keywords)
    body = [b for b in annotated.article.blocks if b.kind in ("paragraph", "list_item")]
    order = {id(b): i for i, b in enumerate(body)}
    by_block: dict[int, list] = {}
    for sentence in annotated.body_sentences:
        if id(sentence.block) in order and count_words(sentence.text) > 0:
            by_block.setdefault(id(sentence.block), []).append(sentence)
    candidates: dict[str, float] = {}
    for block_id, sentences in by_block.items():
        for i, sentence in enumerate(sentences):
            if sentence.text.rstrip()[-1:] not in ".!?…»":
                continue  # a stray line (« Source link »), not a sentence
            if not (sentence.text[:1].isalnum() or sentence.text.startswith("«")):
                continue  # « - Prévu… » after a dateline: not a sentence to show alone
            text = sentence.text
            j = i + 1
            while len(text) < DESCRIPTION_MIN_CHARS and j < len(sentences):
                text = f"{text} {sentences[j].text}"
                j += 1
            text = cut(text)
            if len(text) < DESCRIPTION_MIN_CHARS:
                continue
            lemmas = tuple(lemma_of(t) for t in sentence.span if not t.is_punct)
            score = _coverage(lemmas, weights)
            if _keyphrase_position(text, keyphrase) is not None:
                score *= 2.0
                score += 1.0
            if order[block_id] < 2:
                score *= 1.5
            if text.startswith("«"):
                score *= 0.8
            candidates.setdefault(text, round(score, 6))
    ranked = sorted(candidates.items(), key=lambda item: (-item[1], item[0]))
    return [Candidate(text, score) for text, score in ranked]
