"""What a proposal shows of the article's words: its text without invisible characters, its
spaces as one.

A proposal (a subheading, a meta title, a description) is a stretch of the article's
source; that stretch may carry characters no reader sees (« profils ARSA\u200b auprès »,
« C\ufeffe n'est », a soft hyphen from a word processor) and line breaks. Shown as they
are, they hide the words they split from every check and reach the page; each kind of
proposal goes through `visible_text` so that all of them are cleaned the same way.
"""

from __future__ import annotations

#: Zero-width spaces and joiners, the word joiner, a byte-order mark in the text, the soft hyphen.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def visible_text(raw: str) -> str:
    """`raw` without its invisible characters, its runs of white space (line breaks
    included) made one space, trimmed."""
    return " ".join(raw.translate(INVISIBLE).split())
