"""A short text of the article's own (its `mission:`, its title, the keyphrase) parsed on
its own, once per article: the description, the meta title and the headings each read
the same text, and each used to parse it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..article import AnnotatedArticle


def parsed_alone(annotated: "AnnotatedArticle", text: str) -> "Doc":
    """`text` parsed by itself, outside the article's parse, cached on the article by its
    exact text: « … la justice » and « … la justice. » stay two parses, since the final
    stop can change the tags (the meta title reads the mission without it, the
    description with it). The Doc is shared: callers must not change it."""
    from ..nlp import load

    return annotated.derived(f"outline.parsed_alone.{text}", lambda a: load()(text))
