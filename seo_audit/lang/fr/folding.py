"""Folding French text for comparison: the one `fold` of the package.

Keyword extraction, keyphrase matching, the segmenter's lemma keys, link anchors, slugs
and the site pass all compare words folded the same way, so that « État », « etat »,
« œuvre » and « oeuvre », « l’eau » and « l'eau » are one word wherever they meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_FOLD_TABLE = str.maketrans({**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _HYPHENS},
                             "\u00ad": None, "\u0153": "oe", "\u00e6": "ae"})


#: Texts up to this length (words, short phrases: what comes back) are folded once and
#: kept; longer ones (paragraphs, which change at every keystroke in an editor) are not
#: kept, or the cache would hold thousands of stale paragraphs in a long-lived process.
CACHED_UP_TO = 64


def fold(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes and hyphens made ASCII, soft
    hyphens dropped, « œ » spelt « oe »: « L’Œuvre » → « l'oeuvre »."""
    return _fold_cached(text) if len(text) <= CACHED_UP_TO else _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = text.lower().translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Letters and digits of a folded text: splits at apostrophes and hyphens.
WORD_PART = re.compile(r"[^\W_]+")
