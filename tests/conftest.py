"""Shared helpers: the spaCy pipeline is loaded once for the whole test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from seo_audit.article import AnnotatedArticle, Article
from seo_audit.audit import Options, evaluate
from seo_audit.checks import Context, all_rules
from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.segment import Settings
from seo_audit.readers import parse, read_path
from seo_audit.report import FileReport, Finding
from seo_audit.ruleset import load_ruleset

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def article_from(text: str, fmt: str = "text", path: str | None = None) -> Article:
    suffix = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    return parse(text, path or f"exemple.{suffix}", fmt)  # type: ignore[arg-type]


def annotated_from(text: str, fmt: str = "text") -> AnnotatedArticle:
    return annotate(article_from(text, fmt))


def heads_page(name: str) -> AnnotatedArticle:
    """A page of fixtures/heads/ (the panels' pages), read and annotated as `seo-audit
    outline` reads a file."""
    return annotate(read_path(str(FIXTURES / "heads" / f"{name}.md")))


#: The segmentation as it was before it weighed the layout, at 60 words (the default): the
#: blocks that some tests name by their first line, to judge their headings or their emit.
BEFORE_LAYOUT = Settings(use_layout=False, min_words=60)


def shortened_titles_of(title: str, keyphrase: str | None = None) -> list[str]:
    """The shortenings `title.shortened_titles` makes of a title too long to be the meta
    title, as `title_candidates` calls it (the title's span in the article's parse)."""
    from seo_audit.outline.limits import default_limits
    from seo_audit.outline.title import shortened_titles

    annotated = annotated_from(f"{title}\n\n{title}\n\nUn texte de quelques mots.\n", "text")
    return [c.text for c in shortened_titles(annotated.block_span(annotated.article.title), keyphrase,
                                             default_limits())]


def meta_description_of(text: str) -> str:
    """The meta description `outline` proposes for a Markdown page."""
    return propose(annotate(parse(text, "page.md", "markdown"))).meta_description


def mission_page(title: str, mission: str) -> AnnotatedArticle:
    """A beta.gouv.fr page named `title` whose front matter's `mission:` is `mission`."""
    return annotated_from(f"---\ntitle: {title}\nmission: \"{mission}\"\n---\n\nUn texte.\n", "markdown")


def mission_titles_of(title: str, mission: str) -> list[str]:
    """The meta titles that `title.mission_titles` makes of such a page, best first."""
    from seo_audit.outline.limits import default_limits
    from seo_audit.outline.title import mission_titles

    return [c.text for c in mission_titles(mission_page(title, mission), None, default_limits())]


def problems(code: str, text: str, fmt: str = "text", keyphrase: str | None = None,
             **params: object) -> list[Finding]:
    """Run one rule, with its default parameters overridden by `params`, on a text."""
    settings = load_ruleset("default").settings[code]
    merged = {**settings.params, **params}
    annotated = annotated_from(text, fmt)
    context = Context(annotated, keyphrase or annotated.article.keyphrase)
    from seo_audit.checks import NotApplicable

    try:
        spec = all_rules()[code]
        return list(spec.check(context, spec.bind(merged)))
    except NotApplicable:
        return []


def report_for(text: str, fmt: str = "text", keyphrase: str | None = None) -> FileReport:
    annotated = annotated_from(text, fmt)
    return evaluate(annotated, Options(ruleset=load_ruleset("default"), keyphrase=keyphrase))


@pytest.fixture(autouse=True)
def _user_cache_home(tmp_path_factory, monkeypatch):
    """The default result cache and its signing key go to a folder of the test session,
    never to the user's own ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


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


#: A page with an image, a raw <img>, a link and a stylesheet on an outside host: a page
#: made from it must not fetch any of them.
TRACKED_ARTICLE = """---
title: Un article avec des ressources externes
---

Un paragraphe avec une image ![pixel](http://attaquant.invalid/pixel.png) et un
<img src="http://attaquant.invalid/brut.png"> et un [lien](http://attaquant.invalid/lien).

<style>@import url(http://attaquant.invalid/style.css);</style>
"""


def open_in_chromium(page: Path, height: int = 1600) -> None:
    """Open a page in Debian's headless chromium: it must log no console message (a CSP
    violation or a script error would), request nothing from attaquant.invalid, and render
    a screenshot (kept next to the page)."""
    import subprocess

    folder = page.parent
    shot, net = folder / f"{page.stem}.png", folder / f"{page.stem}-net.json"
    result = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={folder / ('profile-' + page.stem)}", "--enable-logging=stderr", "--v=0",
         f"--log-net-log={net}", f"--screenshot={shot}", f"--window-size=1280,{height}", page.as_uri()],
        timeout=120, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert ":CONSOLE" not in result.stderr, result.stderr[-2000:]
    assert shot.stat().st_size > 10_000
    assert "attaquant.invalid" not in net.read_text(encoding="utf-8", errors="replace")
