"""Readability measurements: syllables, Flesch reading ease for French (Kandel & Moles),
long sentences, complex words, repeated sentence beginnings.

Words are counted as `counts.count_words` counts them (« l’Ukraine » is one word; web
addresses are left out),
sentences are the parse's body sentences with at least one word (`counts.text_sentences`:
headings excluded), and syllables are oral syllables (`measures/syllables.py`, which also
records why we do not use textstat).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import AnnotatedArticle, Sentence
from .counts import WORD, text_sentences
from .syllables import spoken_words, syllables

#: Kandel, L. & Moles, A. (1958), « Application de l'indice de Flesch à la langue
#: française », Cahiers d'études de radio-télévision 19, 253–274.
KANDEL_MOLES = (207.0, 1.015, 73.6)

#: A word of at least this many syllables is « complex » (informational figure).
COMPLEX_SYLLABLES = 4

#: First words that do not make a sentence beginning on their own, so that « Le président
#: … Le ministre … » are different beginnings: articles and numerals (Yoast SEO's French
#: `firstWordExceptions` are of this kind) and demonstrative determiners.
FIRST_WORD_EXCEPTIONS = frozenset("""
le la les l' un une des du de d' au aux
ce cet cette ces
deux trois quatre cinq six sept huit neuf dix
""".split())

#: Addresses are not read: their pieces would count as long words.
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)

_ELISION = re.compile(r"^([ldjcnmst]|qu|jusqu|lorsqu|puisqu)['\u2019\u02bc](?=\w)", re.IGNORECASE)


def _plural_verb_forms(sentence: Sentence) -> set[str]:
    """Lower-case forms the parse reads as verbs in the 3rd person plural (mute « -ent »)."""
    forms: set[str] = set()
    if sentence.span is None:
        return forms
    for token in sentence.span:
        if token.pos_ in ("VERB", "AUX") and token.morph.get("Number") == ["Plur"] \
                and token.morph.get("Person") == ["3"]:
            forms.add(token.lower_)
    return forms


@dataclass(frozen=True)
class SentenceFigures:
    sentence: Sentence
    words: list[str]
    syllables: list[int]
    #: words each written word stands for read aloud (« 2023 »: 3), parallel to `words`
    spoken: list[int]

    @property
    def word_count(self) -> int:
        """Written words: what the length rules count."""
        return len(self.words)

    @property
    def spoken_word_count(self) -> int:
        """Words read aloud: what Flesch counts, so that a number's syllables are spread
        over the words that carry them (« deux mille vingt-trois »: 3 words, 4 syllables)."""
        return sum(self.spoken)

    @property
    def syllable_count(self) -> int:
        return sum(self.syllables)

    @property
    def flesch(self) -> float:
        return flesch(self.spoken_word_count, 1, self.syllable_count)

    @property
    def numbers(self) -> list[int]:
        """Indices of the words written with digits (« 2023 », « 2,5 », « 31 000 », « 1er »)."""
        return [i for i, w in enumerate(self.words) if any(c.isdigit() for c in w)]


def sentence_figures(sentence: Sentence) -> SentenceFigures:
    plural = _plural_verb_forms(sentence)
    words = [m.group() for m in WORD.finditer(_URL.sub(" ", sentence.text))]
    counts = []
    for word in words:
        last = re.split(r"['\u2019\u02bc\-]", word.lower())[-1]
        counts.append(syllables(word, plural_verb=last in plural or word.lower() in plural))
    return SentenceFigures(sentence, words, counts, [spoken_words(w) for w in words])


def flesch(words: int, sentences: int, syllable_count: int) -> float:
    """Kandel & Moles: 207 − 1.015 × words/sentences − 73.6 × syllables/words."""
    if not words or not sentences:
        return 0.0
    base, per_sentence, per_syllable = KANDEL_MOLES
    return base - per_sentence * words / sentences - per_syllable * syllable_count / words


@dataclass(frozen=True)
class Readability:
    sentences: list[SentenceFigures]

    @property
    def words(self) -> int:
        return sum(s.word_count for s in self.sentences)

    @property
    def syllables(self) -> int:
        return sum(s.syllable_count for s in self.sentences)

    @property
    def spoken_words(self) -> int:
        return sum(s.spoken_word_count for s in self.sentences)

    @property
    def flesch(self) -> float | None:
        """Kandel & Moles on the text read aloud: spoken words and syllables."""
        if not self.sentences or not self.words:
            return None
        return flesch(self.spoken_words, len(self.sentences), self.syllables)

    @property
    def number_words(self) -> int:
        """Numbers written in digits (each one written word)."""
        return sum(len(s.numbers) for s in self.sentences)

    @property
    def number_spoken_words(self) -> int:
        """The words those numbers are read as (« 2023 »: 3)."""
        return sum(s.spoken[i] for s in self.sentences for i in s.numbers)

    @property
    def number_syllables(self) -> int:
        """Syllables that numbers written in digits contribute, read aloud (« 2023 »: deux
        mille vingt-trois, 4)."""
        return sum(s.syllables[i] for s in self.sentences for i in s.numbers)

    @property
    def flesch_without_numbers(self) -> float | None:
        """The score with numbers left out, as Yoast SEO counts: for comparison only."""
        words = self.words - self.number_words
        if not self.sentences or not words:
            return None
        return flesch(words, len(self.sentences), self.syllables - self.number_syllables)

    def long_sentences(self, max_words: int) -> list[SentenceFigures]:
        return [s for s in self.sentences if s.word_count > max_words]

    def long_share(self, max_words: int) -> float:
        if not self.sentences:
            return 0.0
        return 100 * len(self.long_sentences(max_words)) / len(self.sentences)

    @property
    def complex_share(self) -> float:
        """Percentage of words of 4 syllables or more."""
        counts = [c for s in self.sentences for c in s.syllables]
        return 100 * sum(1 for c in counts if c >= COMPLEX_SYLLABLES) / len(counts) if counts else 0.0


def readability(annotated: AnnotatedArticle) -> Readability:
    return Readability([sentence_figures(s) for s in text_sentences(annotated)])


def beginning(sentence: Sentence) -> str | None:
    """The word a sentence begins with, lower case; after an article or a numeral the next
    word too (« le président », « l’Ukraine »), as Yoast SEO does for French."""
    words = [w.lower().replace("\u2019", "'").replace("\u02bc", "'") for w in WORD.findall(sentence.text)]
    if not words:
        return None
    first = words[0]
    elided = _ELISION.match(first)
    if elided and first[: elided.end()] in FIRST_WORD_EXCEPTIONS:  # l'Ukraine → l' ukraine
        return f"{first[: elided.end()]} {first[elided.end():]}"
    if first in FIRST_WORD_EXCEPTIONS and len(words) > 1:
        return f"{first} {words[1]}"
    return first


def repeated_beginnings(annotated: AnnotatedArticle, min_run: int) -> list[list[Sentence]]:
    """Runs of at least `min_run` consecutive sentences with the same beginning. A heading
    between two sentences breaks the run (a new section starts afresh); list items neither
    count nor break it: « Que se passe-t-il si… » repeated down a list is a deliberate
    parallel, not a tic of style."""
    runs: list[list[Sentence]] = []
    run: list[Sentence] = []
    key: str | None = None
    for sentence in annotated.body_sentences:
        if sentence.block.kind == "list_item":
            continue
        if sentence.block.kind == "heading":
            current = None
        else:
            current = beginning(sentence)
            if current is None:
                continue
        if current is not None and current == key:
            run.append(sentence)
        else:
            if len(run) >= min_run:
                runs.append(run)
            run = [sentence] if current is not None else []
            key = current
    if len(run) >= min_run:
        runs.append(run)
    return runs
