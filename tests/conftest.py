"""Shared helpers: the spaCy pipeline is loaded once for the whole test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from seo_audit.article import AnnotatedArticle, Article
from seo_audit.audit import Options, evaluate
from seo_audit.checks import Context, Problem, all_rules
from seo_audit.nlp import annotate
from seo_audit.readers import parse
from seo_audit.report import FileReport
from seo_audit.ruleset import load_ruleset

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def article_from(text: str, fmt: str = "text", path: str | None = None) -> Article:
    suffix = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    return parse(text, path or f"exemple.{suffix}", fmt)  # type: ignore[arg-type]


def annotated_from(text: str, fmt: str = "text") -> AnnotatedArticle:
    return annotate(article_from(text, fmt))


def problems(code: str, text: str, fmt: str = "text", keyphrase: str | None = None,
             **params: object) -> list[Problem]:
    """Run one rule, with its default parameters overridden by `params`, on a text."""
    settings = load_ruleset("default").settings[code]
    merged = {**settings.params, **params}
    annotated = annotated_from(text, fmt)
    context = Context(annotated, keyphrase or annotated.article.keyphrase)
    from seo_audit.checks import NotApplicable

    try:
        return list(all_rules()[code].check(context, merged))
    except NotApplicable:
        return []


def report_for(text: str, fmt: str = "text", keyphrase: str | None = None) -> FileReport:
    annotated = annotated_from(text, fmt)
    return evaluate(annotated, Options(ruleset=load_ruleset("default"), keyphrase=keyphrase))


@pytest.fixture(scope="session")
def mission_text() -> str:
    return read_fixture("biden-canal-retour-russie.txt")


def html5(page: str):
    """`page` parsed as a browser would (html5lib, the HTML5 parsing algorithm): the tree
    (`xml.etree` elements, no namespace prefix); fails on any parse error."""
    import html5lib

    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    tree = parser.parse(page)
    assert parser.errors == [], parser.errors[:5]
    return tree
