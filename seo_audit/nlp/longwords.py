"""Tokenizing in linear time, whatever the longest « word ».

spaCy's tokenizer splits at whitespace, then peels prefixes and suffixes off each
whitespace-free run one at a time, searching the suffix pattern over the whole rest of
the run each time: quadratic in the run's length. 8 000 characters of « l’l'l’l'… » took
9.6 s, 80 000 would take minutes; and a run split at every mark (« é-t-é-t-… ») makes one
token per character, 80 000 tokens for the neural components to read (40 s on a loaded
machine).

No French word, and hardly any web address, is longer than `MAX_RUN` characters. A
longer whitespace-free run is no prose: it becomes tokens of at most `MAX_RUN` characters
(cut after a punctuation mark when there is one in the second half: `pieces.pieces`), which the tokenizer
does not split further, joined with the rest of the text into one `Doc` whose text is the
original text, character for character. Any other text goes to spaCy's tokenizer as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .pieces import pieces as _chunks

#: Whitespace-free runs longer than this are no prose (see the module's docstring).
MAX_RUN = 1_000
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN + 1))
#: Where an overlong run is cut: after a character that is neither a letter nor a digit.
WORD_CUTS = (re.compile(r"[\W_]"),)


class BoundedTokenizer:
    """spaCy's tokenizer with its input's whitespace-free runs bounded (see the module)."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.inner(text)
        docs: list[Doc] = []
        position = 0
        for match in _LONG_RUN.finditer(text):
            if match.start() > position:
                docs.append(self.inner(text[position : match.start()]))
            pieces = _chunks(match.group(), MAX_RUN, WORD_CUTS)
            position = match.end()
            spaces = [False] * len(pieces)
            if text.startswith(" ", position):  # the space after a word belongs to its last token
                spaces[-1] = True
                position += 1
            docs.append(Doc(self.inner.vocab, words=pieces, spaces=spaces))
        if position < len(text):
            docs.append(self.inner(text[position:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # vocab, rules, explain…: the inner tokenizer's
        return getattr(self.inner, name)


def install(nlp):
    """Bound `nlp`'s tokenizer (once)."""
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp
