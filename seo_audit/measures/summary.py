"""The figures every report shows, whatever rules are active."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..article import AnnotatedArticle
from ..report import Value
from .counts import sentence_count, word_count
from .passive import passives
from .readability import readability
from .serp import pixel_width
from .structure import subheadings


if TYPE_CHECKING:
    from ..ruleset import RuleSet

Measure = Callable[[Callable[[AnnotatedArticle], Any]], Any]


def summary(annotated: AnnotatedArticle, measure: Measure | None, ruleset: "RuleSet") -> dict[str, Value]:
    """`measure` is the audit context's memo (`Context.measure`), so that the figures the
    rules also need (readability, passives, transitions) are computed once per article;
    `ruleset` gives the thresholds the figures depend on (RDB002's long sentence, TTL003's
    font size), as the rules see them."""
    measure = measure or (lambda function: function(annotated))
    article = annotated.article
    return {
        "words": measure(word_count),
        "sentences": measure(sentence_count),
        "paragraphs": len(article.paragraphs),
        "subheadings": len(subheadings(annotated)),
        "title_chars": len(article.title.text) if article.title else None,
        "title_pixels": (round(pixel_width(article.title.text, ruleset.param("TTL003", "font_px")))
                         if article.title else None),
        "description_chars": len(article.description.text) if article.description else None,
        "images": len(article.images),
        "links": len(article.links),
        **readability_summary(annotated, measure, ruleset.param("RDB002", "max_words")),
    }


def readability_summary(annotated: AnnotatedArticle, measure: Measure | None,
                        long_words: int) -> dict[str, Value]:
    """Readability figures (RDB family): Flesch (Kandel & Moles), oral syllables, and the
    shares, in %, of long sentences (over `long_words` words), passive sentences,
    sentences with a transition word and words of 4+ syllables."""
    from .transitions import transitions

    measure = measure or (lambda function: function(annotated))
    figures = measure(readability)
    flesch = figures.flesch
    return {
        "syllables": figures.syllables,
        "flesch": round(flesch, 1) if flesch is not None else None,
        "long_sentence_share": round(figures.long_share(long_words), 1),
        "passive_share": round(measure(passives).share, 1),
        "transition_share": round(measure(transitions).share, 1),
        "complex_word_share": round(figures.complex_share, 1),
    }
