"""The figures every report shows, whatever rules are active."""

from __future__ import annotations

from ..article import AnnotatedArticle
from ..report import Value
from .counts import sentence_count, word_count
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
    }
