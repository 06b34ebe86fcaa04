"""The figures every report shows, whatever rules are active."""

from __future__ import annotations

from ..article import AnnotatedArticle
from ..report import Value
from .counts import sentence_count, word_count
from .passive import passives
from .readability import readability
from .serp import pixel_width
from .structure import subheadings


def summary(annotated: AnnotatedArticle) -> dict[str, Value]:
    article = annotated.article
    return {
        "words": word_count(annotated),
        "sentences": sentence_count(annotated),
        "paragraphs": len(article.paragraphs),
        "subheadings": len(subheadings(annotated)),
        "title_chars": len(article.title.text) if article.title else None,
        "title_pixels": round(pixel_width(article.title.text)) if article.title else None,
        "description_chars": len(article.description.text) if article.description else None,
        "images": len(article.images),
        "links": len(article.links),
        **readability_summary(annotated),
    }


def readability_summary(annotated: AnnotatedArticle) -> dict[str, Value]:
    """Readability figures (RDB family): Flesch (Kandel & Moles), oral syllables, and the
    shares, in %, of long sentences (over 20 words), passive sentences, sentences with a
    transition word and words of 4+ syllables."""
    from .transitions import transitions

    figures = readability(annotated)
    flesch = figures.flesch
    return {
        "syllables": figures.syllables,
        "flesch": round(flesch, 1) if flesch is not None else None,
        "long_sentence_share": round(figures.long_share(20), 1),
        "passive_share": round(passives(annotated).share, 1),
        "transition_share": round(transitions(annotated).share, 1),
        "complex_word_share": round(figures.complex_share, 1),
    }
