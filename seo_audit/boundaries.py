"""Sentence boundaries a French reader would draw, on top of the parser's.

The parser (spaCy's dependency parse) decides most sentence boundaries well, but it cuts
after French abbreviations (« (p. ex. | le français) », « l'art. | 3 », « le Pr. | Martin »)
and misses three kinds of boundaries: after a closing guillemet that follows « ! », « ? »
or « … » when a capital comes next (« « Tu veux dire votre produit ! » Cette distinction… »),
after « … » before a capital, and around a sentence written wholly between brackets
(« … listés. (Parmi les produits, certains sont remboursés.) La base… »). These functions
correct the parser's sentences of one block, given as character ranges of its text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang.fr.abbreviations import ALWAYS, BEFORE_LOWER

_CAPITAL = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
#: Longest abbreviation looked at, in characters: the end of a piece is all we search.
_TAIL = 16


def _alternation(entries: str) -> str:
    items = sorted({e.strip() for e in entries.splitlines() if e.strip()}, key=len, reverse=True)
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)


@lru_cache(maxsize=1)
def _abbreviation_ends() -> tuple[re.Pattern[str], re.Pattern[str]]:
    edge = r"(?<![\w\-\u2010\u2011.])"
    return (re.compile(edge + f"(?:{_alternation(ALWAYS)})$"),
            re.compile(edge + f"(?:{_alternation(BEFORE_LOWER)})$", re.IGNORECASE))


#: What follows a « before lower case » abbreviation without a new sentence starting:
#: anything but a capital that opens a word — a capital followed by « . », « - » or a
#: digit is an initial or a code (« J.-C. », « L. 1111-2 », « A4 »), a Roman numeral a
#: number (« chap. III »).
_NEW_SENTENCE = re.compile(
    rf"[«\"“(\s]*(?![IVXLC]+(?![^\W\d_]|['\u2019]))[{_CAPITAL}](?![.\-\u2010\u2011\d])")


def ends_in_abbreviation(piece: str, following: str) -> bool:
    """Whether `piece` ends in an abbreviation that does not end the sentence, given the
    text that comes next."""
    always, before_lower = _abbreviation_ends()
    tail = piece.rstrip()[-_TAIL:]
    if always.search(tail):
        return True
    return bool(before_lower.search(tail)) and not _NEW_SENTENCE.match(following)


#: Inner boundaries: after « ! » », « ? » », « … » » or « … » when a capital follows
#: (« […] » and « (…) » mark a cut in a quotation, not a boundary); before and after a
#: bracketed sentence that follows a full stop.
_AFTER_QUOTE = re.compile(rf"[!?…][\s\u00a0\u202f]*[»”][\s\u00a0\u202f]+(?=[«\"“]?[{_CAPITAL}])")
_AFTER_ELLIPSIS = re.compile(rf"(?<![\[(])(?:…|\.\.\.)[\s\u00a0\u202f]+(?=[«\"“]?[{_CAPITAL}])")
_BRACKETED = re.compile(rf"(?<=[.!?…])[\s\u00a0\u202f]+\((?=[{_CAPITAL}])[^()]*[.!?…]\)")


def inner_boundaries(text: str) -> list[int]:
    """Offsets in `text` (one sentence as the parser cut it) where another sentence
    starts, sorted."""
    cuts: set[int] = set()
    for pattern in (_AFTER_QUOTE, _AFTER_ELLIPSIS):
        cuts.update(m.end() for m in pattern.finditer(text))
    for match in _BRACKETED.finditer(text):
        opening = match.start() + len(match.group()) - len(match.group().lstrip())
        cuts.add(opening)
        rest = text[match.end():]
        if rest.strip():
            cuts.add(match.end() + len(rest) - len(rest.lstrip()))
    return sorted(c for c in cuts if 0 < c < len(text.rstrip()))


def refine(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parser's sentences of one block (`text[start:end]` each, in order) corrected:
    pieces cut after a non-final abbreviation joined, inner boundaries cut."""
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and ends_in_abbreviation(text[joined[-1][0]:joined[-1][1]], text[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    result: list[tuple[int, int]] = []
    for start, end in joined:
        piece_start = start
        for cut in inner_boundaries(text[start:end]):
            piece = text[piece_start:start + cut]
            result.append((piece_start, piece_start + len(piece.rstrip())))
            piece_start = start + cut
        result.append((piece_start, end))
    return result
