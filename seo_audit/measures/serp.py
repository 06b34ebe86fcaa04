"""How wide a title or description is when a search engine shows it."""

from __future__ import annotations

import unicodedata

#: Advance widths of Arial in thousandths of an em (Google shows result titles in Arial
#: at 20 px). Accented letters take their base letter's width; unknown characters 556.
_ARIAL = {
    " ": 278, "\u00a0": 278, "\u202f": 200, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889,
    "&": 667, "'": 191, "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333, ".": 278,
    "/": 278, ":": 278, ";": 278, "<": 584, "=": 584, ">": 584, "?": 556, "@": 1015, "[": 278,
    "\\": 278, "]": 278, "_": 556, "|": 260, "«": 556, "»": 556, "’": 222, "‘": 222, "“": 333,
    "”": 333, "–": 556, "—": 1000, "…": 1000, "·": 278,
    "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556, "i": 222,
    "j": 222, "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556, "q": 556, "r": 333,
    "s": 500, "t": 278, "u": 556, "v": 500, "w": 722, "x": 500, "y": 500, "z": 500,
    "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722, "I": 278,
    "J": 500, "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667, "Q": 778, "R": 722,
    "S": 667, "T": 611, "U": 722, "V": 667, "W": 944, "X": 667, "Y": 667, "Z": 611,
    "œ": 944, "Œ": 1000, "æ": 889, "Æ": 1000, "ç": 500, "Ç": 722,
}
_DEFAULT = 556


def _width(char: str) -> int:
    if char in _ARIAL:
        return _ARIAL[char]
    if char.isdigit():
        return 556
    base = unicodedata.normalize("NFD", char)[:1]
    return _ARIAL.get(base, _DEFAULT)


def pixel_width(text: str, font_px: float) -> float:
    """Estimated width in pixels of `text` in Arial at `font_px` (TTL003's `font_px` for a
    title: callers pass the rule set's, this module knows no threshold)."""
    return sum(_width(c) for c in text) * font_px / 1000
