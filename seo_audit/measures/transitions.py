"""Transition words (mots de liaison) per sentence.

An entry of the list (lang/fr/transitions.py) is found on word boundaries, case- and
apostrophe-insensitive, so that multi-word connectors (« par conséquent », « tout
d’abord ») are matched whatever the tokeniser does with their apostrophes and hyphens.
Ambiguous entries are then checked against the parse of the token where they start:
« Or, il ne répond pas » counts, « une bague en or » does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..article import AnnotatedArticle, Sentence
from .counts import text_sentences
from ..lang.fr.transitions import EXCLUDED_BEFORE, EXCLUDED_NEXT_POS, EXCLUDED_POS, PAIRS, REQUIRED_NEXT, TRANSITION_WORDS

_APOSTROPHE = "['\u2019\u02bc]"


#: A match may end on an elision's apostrophe (« lorsqu'il »): no word boundary is needed there.
_END = rf"(?:(?<={_APOSTROPHE})|(?![\w\-\u2010\u2011]))"


def _pattern(entry: str) -> str:
    """The regular expression of one entry; « … que » and « … si » also elided."""
    if entry.endswith("que"):
        return _pattern(entry[:-1]) + f"(?:e|{_APOSTROPHE})"
    if entry.endswith(" si"):
        return _pattern(entry[:-1]) + f"(?:i|{_APOSTROPHE})"
    parts = []
    for char in entry:
        if char == "'":
            parts.append(_APOSTROPHE)
        elif char == " ":
            parts.append(r"\s+")
        elif char == "-":
            parts.append(r"[-\u2010\u2011]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern[str]:
    entries = sorted({e.strip() for e in TRANSITION_WORDS.splitlines() if e.strip()},
                     key=len, reverse=True)  # longest first: « tout d'abord » before « d'abord »
    alternatives = []
    for entry in entries:
        body = _pattern(entry)
        if entry in REQUIRED_NEXT:
            body += f"(?={REQUIRED_NEXT[entry]})"
        alternatives.append(body)
    return re.compile(r"(?<![\w\-\u2010\u2011])(?:" + "|".join(alternatives) + ")" + _END, re.IGNORECASE)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(_APOSTROPHE, "'", text.lower()))


def _token_pos(sentence: Sentence, offset: int, after: bool = False) -> str | None:
    """POS of the token of the sentence's span at `offset` in the sentence (with `after`,
    of the first token that starts at or after it)."""
    span = sentence.span
    if span is None:
        return None
    target = span.start_char + offset
    for token in span:
        if (token.idx >= target if after else token.idx <= target < token.idx + max(len(token.text), 1)):
            return token.pos_
    return None


def sentence_transitions(sentence: Sentence) -> list[str]:
    """The transition words of one sentence, as written, in order."""
    text = sentence.text
    found: list[str] = []
    for match in _matcher().finditer(text):
        key = _normal(match.group())
        excluded = EXCLUDED_POS.get(key)
        if excluded and _token_pos(sentence, match.start()) in excluded:
            continue
        before = EXCLUDED_BEFORE.get(key)
        if before and re.search(before, text[max(0, match.start() - 8):match.start()]):
            continue
        excluded_next = EXCLUDED_NEXT_POS.get(key)
        if excluded_next and _token_pos(sentence, match.end(), after=True) in excluded_next:
            continue
        found.append(match.group())
    normal = _normal(text)
    for first, second in PAIRS:
        a = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", normal)
        if a and re.search(rf"(?<!\w){re.escape(second)}(?!\w)", normal[a.end():]):
            found.append(f"{first} … {second}")
    return found


@dataclass(frozen=True)
class Transitions:
    sentences: list[Sentence]
    #: transition words of each sentence, parallel to `sentences`
    words: list[list[str]]

    @property
    def with_transition(self) -> int:
        return sum(1 for w in self.words if w)

    @property
    def share(self) -> float:
        """Percentage of sentences with at least one transition word."""
        return 100 * self.with_transition / len(self.sentences) if self.sentences else 0.0

    def longest_run_without(self) -> list[Sentence]:
        """The longest run of consecutive sentences without any transition word (the first
        of the longest). Kept as indices: copying the run at each sentence was quadratic."""
        best_start = best_length = 0
        start = 0
        for index, words in enumerate(self.words):
            if words:
                start = index + 1
            elif index + 1 - start > best_length:
                best_start, best_length = start, index + 1 - start
        return self.sentences[best_start : best_start + best_length]


def transitions(annotated: AnnotatedArticle) -> Transitions:
    sentences = text_sentences(annotated)
    return Transitions(sentences, [sentence_transitions(s) for s in sentences])
