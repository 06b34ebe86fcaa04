"""Counting words and sentences the way a French reader counts them."""

from __future__ import annotations

import re

from ..article import AnnotatedArticle, Sentence

#: Top-level domains a domain name written in prose ends with (« InfoMedicament.gouv.fr »).
TLDS = ("fr|com|org|net|eu|gouv|io|info|be|ch|ca|lu|mc|re|ma|tn|sn|ci|qc|de|uk|es|it|edu|gov|int|"
        "app|dev|ai|co|tv|me|xyz|bzh|paris")
#: Endings of inclusive writing after a middle dot or full stop (« patient·e·s »,
#: « professionnel.le.s », « acteur·rice·s »).
_INCLUSIVE_ENDINGS = "e|es|le|les|ne|nes|se|ses|rice|rices|trice|trices|euse|euses|ve|ves|te|tes|ère|ères|x|s"

#: A word: letters or digits, joined through elisions (« l’Ukraine », « aujourd’hui »),
#: hyphens (« quasi-coup », « F-16 », « a-t-il », « étudiant-e-s ») and decimal marks
#: (« 2,5 »); a number grouped by thousands with (no-break) spaces (« 31 000 ») is one
#: word. A form of inclusive writing (« patient·e·s », « professionnel.le.s »), a web
#: address, an e-mail address and a domain name (« InfoMedicament.gouv.fr ») are one word
#: each, as a reader sees them. Punctuation, guillemets, dashes and symbols such as « % »
#: are not words. Repetitions inside the addresses are bounded: every attempt at a word
#: start costs a bounded time, so the whole scan stays linear.
WORD = re.compile(
    r"(?:https?://|www\.)[^\s<>«»\"“”]*[^\s<>«»\"“”.,;:!?)\]]"
    r"|[^\W_][\w.+\-]{0,63}@[^\W_][\w\-]{0,62}(?:\.[\w\-]{1,63}){0,5}"
    rf"|(?:[^\W_][\w\-]{{0,62}}\.){{1,5}}(?:{TLDS})(?![\w\-])"
    r"|(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|[^\W_]+)"
    r"(?:(?:[-\u2010\u2011'\u2019\u02bc]|[.,](?=\d))[^\W_]+)*"
    rf"(?:[·‧•⋅∙][^\W\d_]{{1,6}})*(?:\.(?:{_INCLUSIVE_ENDINGS})(?![^\W_]))*"
)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def count_words(text: str) -> int:
    return len(words(text))


def word_count(annotated: AnnotatedArticle) -> int:
    """Words of the body: headings, paragraphs and list items (not title nor meta description)."""
    return sum(count_words(block.text) for block in annotated.article.blocks)


def text_sentences(annotated: AnnotatedArticle) -> list[Sentence]:
    """Body sentences that hold at least one word (a lone « — » is not a sentence).
    Computed once per article (readability, passives, transitions and the count read it)."""
    return annotated.derived("text_sentences", lambda a: [
        s for s in a.body_sentences if s.block.kind != "heading" and count_words(s.text) > 0])


def sentence_count(annotated: AnnotatedArticle) -> int:
    return len(text_sentences(annotated))
