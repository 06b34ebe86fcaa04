"""Counting words and sentences the way a French reader counts them."""

from __future__ import annotations

import re

from ..article import AnnotatedArticle, Sentence

#: A word: letters or digits, joined through elisions (« l’Ukraine », « aujourd’hui »),
#: hyphens (« quasi-coup », « F-16 », « a-t-il ») and decimal marks (« 2,5 »); a number
#: grouped by thousands with (no-break) spaces (« 31 000 ») is one word. Punctuation,
#: guillemets, dashes and symbols such as « % » are not words.
WORD = re.compile(
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|[^\W_]+)"
    r"(?:(?:[-\u2010\u2011'\u2019\u02bc]|[.,](?=\d))[^\W_]+)*"
)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


def word_count(annotated: AnnotatedArticle) -> int:
    """Words of the body: headings, paragraphs and list items (not title nor meta description)."""
    return sum(count_words(block.text) for block in annotated.article.blocks)


def sentence_words(sentence: Sentence) -> int:
    return count_words(sentence.text)


def text_sentences(annotated: AnnotatedArticle) -> list[Sentence]:
    """Body sentences that hold at least one word (a lone « — » is not a sentence)."""
    return [s for s in annotated.body_sentences
            if s.block.kind != "heading" and count_words(s.text) > 0]


def sentence_count(annotated: AnnotatedArticle) -> int:
    return len(text_sentences(annotated))
