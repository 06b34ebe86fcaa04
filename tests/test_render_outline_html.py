"""`seo-audit outline --format html`: the proposed structure drawn over the article's text,
one self-contained page (no external URL, CSP, no script), parsed here by the HTML5
algorithm (html5lib); escaped, deterministic, every proposed heading present."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil

import pytest
from conftest import FIXTURES, TRACKED_ARTICLE, annotated_from, html5, open_in_chromium, read_fixture
from helpers import assert_inert, local, parse

from seo_audit.cli import main
from seo_audit.measures.serp import pixel_width
from seo_audit.outline import propose
from seo_audit.render import outline_html

MISSION = str(FIXTURES / "biden-canal-retour-russie.txt")
MD = str(FIXTURES / "2017-05-03-mes-aides-datascience-public.md")


def outline_and_page(text: str, fmt: str = "text"):
    annotated = annotated_from(text, fmt)
    outline = propose(annotated)
    return outline, outline_html.render(outline, annotated.article, version="test")


@pytest.fixture(scope="module")
def mission(mission_text):
    return outline_and_page(mission_text)


def classes(element) -> list[str]:
    return (element.get("class") or "").split()


def text_of(element) -> str:
    return "".join(element.itertext())


def test_page_is_self_contained_with_a_strict_policy(mission):
    _, page = mission
    tree = html5(page)  # no HTML5 parse error
    parse(page)         # and tags balance as written
    assert [local(e.tag) for e in tree] == ["head", "body"]
    for element in tree.iter():
        assert local(element.tag) not in ("script", "link", "img", "iframe", "object", "embed", "base")
        for name, value in element.attrib.items():
            if local(name) in ("src", "href", "action", "srcset", "data", "poster"):
                assert value.startswith("#"), (element.tag, name, value)
    assert not re.search(r"(https?:)?//[a-z]", page.replace("http://www.w3.org/2000/svg", ""), re.I)
    assert "@import" not in page and "url(" not in page
    style = text_of(tree.find("head/style"))
    policy = next(m.get("content") for m in tree.iter("meta") if m.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    targets = {e.get("href")[1:] for e in tree.iter("a") if (e.get("href") or "").startswith("#")}
    assert targets <= set(ids)  # every internal link lands somewhere


def test_every_proposed_heading_is_drawn_before_its_block(mission):
    outline, page = mission
    tree = html5(page)
    proposals = [e for e in tree.iter() if "proposal" in classes(e)]
    inserted = [(n, b) for n, b in enumerate(outline.blocks, 1) if b.insert and b.subheading]
    assert 3 <= len(outline.blocks) <= 5 and len(inserted) >= 2
    assert len(proposals) == len(inserted)
    sections = {e.get("id"): e for e in tree.iter("section") if "oblk" in classes(e)}
    assert list(sections) == [f"bloc-{n}" for n in range(1, len(outline.blocks) + 1)]
    for (number, block), heading in zip(inserted, proposals):
        assert local(heading.tag) == f"h{block.level}" and heading.get("id") == f"h-{number}"
        assert text_of(heading).endswith(block.subheading)
        assert "proposé" in text_of(heading)
        section = sections[f"bloc-{number}"]
        assert heading in list(section)  # inside its block, before the block's paragraphs
        for alternative in block.alternatives:
            assert alternative in [text_of(q) for q in section.iter("q")]
    for number, block in enumerate(outline.blocks, 1):
        info = text_of(next(e for e in sections[f"bloc-{number}"] if "binfo" in classes(e)))
        assert f"Bloc {number}" in info and f"lignes {block.start_line}–{block.end_line}" in info
        assert f"{block.words} mots" in info
        assert all(keyword in info for keyword in block.keywords)


def test_the_article_text_is_all_there_in_its_blocks(mission, mission_text):
    outline, page = mission
    tree = html5(page)
    shown = {}
    for element in tree.iter():
        if (element.get("id") or "").startswith("b-"):
            gutter = next((c for c in element if "ln" in classes(c)), None)
            shown[element.get("id")] = text_of(element)[len(text_of(gutter)) if gutter is not None else 0:]
    paragraphs = [p for p in mission_text.split("\n\n")[1:] if p.strip()]  # the first line is the title
    assert [re.sub(r"\s+", " ", p).strip() for p in shown.values()] == \
        [re.sub(r"\s+", " ", p).strip() for p in paragraphs]
    for number, block in enumerate(outline.blocks, 1):
        section = next(e for e in tree.iter("section") if e.get("id") == f"bloc-{number}")
        inside = [e.get("id") for e in section.iter() if (e.get("id") or "").startswith("b-")]
        assert inside == [f"b-{i}" for i in range(block.segment.first, block.segment.last + 1)]
        first = section.find(f".//*[@id='b-{block.segment.first}']")
        assert text_of(first).startswith(f"l.\u00a0{block.start_line}")


def test_meta_proposals_with_lengths_and_a_serp_preview(mission):
    outline, page = mission
    tree = html5(page)
    title = next(e for e in tree.iter("dd") if e.get("id") == "meta-title")
    assert text_of(title).startswith(outline.meta_title)
    assert f"{len(outline.meta_title)} car." in text_of(title)
    assert f"{round(pixel_width(outline.meta_title, 20.0))} px" in text_of(title)
    description = next(e for e in tree.iter("dd") if e.get("id") == "meta-description")
    assert text_of(description).startswith(outline.meta_description)
    assert f"{len(outline.meta_description)} car." in text_of(description)
    alternatives = [text_of(e) for e in tree.iter("dd") if "alt" in classes(e)]
    for alternative in outline.meta_title_alternatives + outline.meta_description_alternatives:
        assert any(alternative in text for text in alternatives)
    serp_title = next(e for e in tree.iter("p") if "st" in classes(e))
    assert pixel_width(text_of(serp_title), 20.0) <= 600


def test_serp_cut_keeps_what_fits():
    assert outline_html.cut_at_pixels("Un titre court", 600, 20.0) == "Un titre court"
    long = "Mmmm " * 40
    cut = outline_html.cut_at_pixels(long, 600, 20.0)
    assert cut.endswith(" …") and pixel_width(cut, 20.0) <= 600 and long.startswith(cut[:-2])
    assert pixel_width(outline_html.cut_at_pixels("W" * 80, 600, 20.0), 20.0) <= 600


def test_markdown_author_headings_are_kept_not_proposed():
    outline, page = outline_and_page(read_fixture("2017-05-03-mes-aides-datascience-public.md"), "markdown")
    tree = html5(page)
    parse(page)
    authors = [e for e in tree.iter() if any("author" in classes(c) for c in e)]
    assert authors and all(local(e.tag) in ("h1", "h2", "h3", "h4", "h5", "h6") for e in authors)
    assert len([e for e in tree.iter() if "proposal" in classes(e)]) == \
        sum(1 for b in outline.blocks if b.insert and b.subheading)


HOSTILE = ("Titre <script>alert(1)</script> \" onmouseover=\"alert(2)\n\n"
           + "Un paragraphe <script>alert(3)</script> avec \" onmouseover=\"alert(4)\" et </textarea> et "
             "<a href=\"javascript:alert(5)\">lien</a> sur la sécurité des pages web et des éditeurs. " * 12
           + "\n\nUn autre paragraphe sur les navigateurs, les scripts <img src=x onerror=alert(6)> et les "
             "politiques de sécurité du contenu, qui bloquent le code injecté dans une page. " * 12)


def test_hostile_draft_renders_as_text(tmp_path, capsys):
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    target = tmp_path / "plan.html"
    assert main(["outline", str(source), "--format", "html", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    parse(page)
    assert_inert(page, ["Titre <script>alert(1)</script> \" onmouseover=\"alert(2)",
                        "<script>alert(3)</script> avec \" onmouseover=\"alert(4)\" et </textarea>",
                        "<img src=x onerror=alert(6)>"])
    assert "<script>alert(" not in page and "<img src=x" not in page
    assert capsys.readouterr().out == ""


def test_output_is_deterministic(mission, mission_text):
    _, page = mission
    assert outline_and_page(mission_text)[1] == page


def test_cli_writes_the_page_atomically_or_to_stdout(tmp_path, capsys):
    target = tmp_path / "plan.html"
    target.write_text("ancien", encoding="utf-8")
    assert main(["outline", MISSION, "--format", "html", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "biden-canal-retour-russie.txt" in page
    assert capsys.readouterr().out == ""
    assert [p.name for p in tmp_path.iterdir()] == ["plan.html"]  # no temporary file left
    assert main(["outline", MISSION, "--format", "html"]) == 0
    assert capsys.readouterr().out == page
    assert main(["outline", MISSION, "--emit", "markdown", "-o", str(target)]) == 2
    assert "--write" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == page




@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_outline_page_in_headless_chromium_has_no_console_error_nor_request(tmp_path, mission):
    """Debian's chromium opens the pages: no console message (a CSP violation would log
    one), no request to the draft's hosts, and a screenshot."""
    (tmp_path / "plan.html").write_text(mission[1], encoding="utf-8")
    draft = tmp_path / "externe.md"
    draft.write_text(TRACKED_ARTICLE, encoding="utf-8")
    assert main(["outline", str(draft), "--format", "html", "-o", str(tmp_path / "externe.html")]) == 0
    for name in ("plan", "externe"):
        open_in_chromium(tmp_path / f"{name}.html", height=1800)
