"""Long texts parsed in pieces: memory bounded, whatever one paragraph's length.

spaCy parses one Doc at a time: a 1 MB article that is one paragraph, or one « sentence »
of 190 000 words, was one Doc whose parse held 3.9 GB. A text longer than `PIECE_CHARS`
is cut into consecutive pieces that join back into it, character for character; the
pieces are parsed like separate texts (in the same batches) and their Docs joined into
one (`Doc.from_docs`). A cut falls, in this order of preference, within the last half of
a piece:

1. after a blank line (between two blocks: the parse does not cross it anyway);
2. after a sentence-final mark and its spaces;
3. after a comma, semicolon or colon and its spaces;
4. after any whitespace;
5. at `PIECE_CHARS` characters (a run of that length without a space: see longwords.py).

`longwords.py` cuts an overlong whitespace-free run with the same function and its own
separator (any character that is not a letter or digit).

The defined outcome: an article under `PIECE_CHARS` characters (about 3 000 words) is
parsed exactly as before; in a longer one, a token at a cut starts a new sentence for the
parser. The sentence splitter (`nlp._sentence_ranges`) then joins a piece that does not
follow a final mark to the sentence before it, so a sentence still counts as one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Longer texts are parsed in pieces of at most this many characters.
PIECE_CHARS = 20_000

_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"[.!?…][»”\"’)\]]*\s+"),
    re.compile(r"[,;:]\s+"),
    re.compile(r"\s+"),
)


def _cut(text: str, start: int, end: int, cuts: Sequence[re.Pattern[str]]) -> int:
    """Where the piece `text[start:end]` ends: the end of the last preferred separator
    that lies in its second half (see the module's docstring)."""
    low = start + (end - start) // 2
    for pattern in cuts:
        best = -1
        for match in pattern.finditer(text, low, end):
            best = match.end()
        if best > low:
            return best
    return end


def pieces(text: str, limit: int | None = None, cuts: Sequence[re.Pattern[str]] = _CUTS) -> list[str]:
    """`text` in consecutive pieces of at most `limit` (default `PIECE_CHARS`) characters,
    each cut after the last match in its second half of the first of `cuts` that has one;
    "".join gives `text` back."""
    limit = limit or PIECE_CHARS
    if len(text) <= limit:
        return [text]
    found: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit, cuts)
        found.append(text[start:end])
        start = end
    found.append(text[start:])
    return found
