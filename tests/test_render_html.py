"""The annotated HTML report: self-contained, escaped, marks well nested and linked both
ways, deterministic; a batch writes one page per article plus index.html."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from dataclasses import replace

import pytest
from conftest import FIXTURES, TRACKED_ARTICLE, annotated_from, html5, open_in_chromium, read_fixture, report_for
from helpers import assert_inert, local, parse

from seo_audit.cli import main
from seo_audit.render import html
from seo_audit.report import Finding

MISSION = str(FIXTURES / "biden-canal-retour-russie.txt")
MD = str(FIXTURES / "2017-05-03-mes-aides-datascience-public.md")


def text_without_refs(element) -> str:
    """The text of `element` as the reader sees it, less the finding numbers (a.ref)."""
    out = [element.text or ""]
    for child in element:
        if not (local(child.tag) == "a" and "ref" in (child.get("class") or "").split()):
            out.append(text_without_refs(child))
        out.append(child.tail or "")
    return "".join(out)


def html5_marks(tree) -> dict[str, str]:
    """data-f → the text of its mark fragments, in document order, from the HTML5 tree."""
    texts: dict[str, str] = {}
    for element in tree.iter("mark"):
        number = element.get("data-f")
        if number:
            texts[number] = texts.get(number, "") + text_without_refs(element)
    return texts


@pytest.fixture(scope="module")
def mission_report(mission_text):
    return report_for(mission_text)


@pytest.fixture(scope="module")
def mission_page(mission_report):
    return html.render_page(mission_report, version="test")


def spanned(report):
    """(number, finding, hits) of each finding whose span falls on the document's text."""
    out = []
    for number, finding in enumerate(report.findings, 1):
        if finding.line:
            hits = report.text_view.text_range(finding.line, finding.column or 1, finding.end_line, finding.end_column)
            if hits:
                out.append((number, finding, hits))
    return out


def test_page_has_no_external_resource(mission_page):
    page = parse(mission_page)
    for tag, attributes in page.tags:
        for name in ("src", "href", "action", "srcset", "data", "xlink:href"):
            value = attributes.get(name)
            if value is not None:
                assert not re.match(r"\s*(https?:|//|javascript:|data:)", value, re.I), (tag, name, value)
                assert value.startswith("#") or value.endswith(".html"), (tag, name, value)
    assert "@import" not in mission_page and "url(" not in mission_page
    assert not any(tag in ("script", "link", "img", "iframe", "object", "embed") for tag, _ in page.tags)
    tree = html5(mission_page)  # as a browser builds it
    assert [local(e.tag) for e in tree] == ["head", "body"]
    for element in tree.iter():
        assert local(element.tag) not in ("script", "link", "img", "iframe", "object", "embed", "base")
        for name, value in element.attrib.items():
            if local(name) in ("src", "href", "action", "srcset", "data", "poster"):
                assert value.startswith("#"), (element.tag, name, value)


def test_content_security_policy_allows_only_the_inline_style(mission_page):
    page = parse(mission_page)
    policy = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "script-src 'none'" in policy


def test_every_finding_with_a_span_has_one_mark_linked_both_ways(mission_report, mission_page):
    page = parse(mission_page)
    found = spanned(mission_report)
    assert len(found) >= 5  # title, long and passive sentences, an English passage…
    ids = [a.get("id") for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))
    for number, finding, hits in found:
        firsts = [a for t, a in page.tags if t == "mark" and a.get("data-f") == str(number)
                  and "cont" not in a["class"].split()]
        assert len(firsts) == 1 and firsts[0]["id"] == f"m-{number}"
        assert f"r-{finding.code}" in firsts[0]["class"]
        assert any(t == "a" and a.get("href") == f"#f-{number}" for t, a in page.tags)  # mark → finding
        assert any(t == "li" and a.get("id") == f"f-{number}" for t, a in page.tags)
        assert any(t == "a" and a.get("href") == f"#m-{number}" for t, a in page.tags)  # finding → mark
        # on the same characters: a .txt block's text is its source
        block, start, end = hits[0]
        assert page.mark_text.get(str(number), "") == mission_report.text_view.blocks[block].text[start:end]
    tree_marks = html5_marks(html5(mission_page))  # the same, read from the HTML5 tree
    assert tree_marks == page.mark_text
    for number, finding, hits in found:
        block, start, end = hits[0]
        assert tree_marks.get(str(number), "") == mission_report.text_view.blocks[block].text[start:end]


def test_marked_characters_are_the_source_characters(mission_report, mission_text, mission_page):
    page = parse(mission_page)
    starts = mission_report.text_view.line_starts
    for number, finding, hits in spanned(mission_report):
        if len(hits) == 1 and finding.end_line:
            source = mission_text[starts[finding.line - 1] + finding.column - 1:
                                  starts[finding.end_line - 1] + finding.end_column - 1]
            assert page.mark_text[str(number)] == re.sub("[\u00a0\u202f]", " ", source)  # readers fold no-break spaces


def test_crossing_and_nested_spans_are_split_into_well_nested_marks(mission_text):
    report = report_for(mission_text)
    line = next(i for i, text in enumerate(mission_text.splitlines(), 1) if len(text) > 200)
    extra = [Finding("TYP001", "info", "a", "b", line, 5, line, 40),      # crosses the next one
             Finding("KW002", "warning", "c", "d", line, 20, line, 60),
             Finding("LNG002", "warning", "e", "f", line, 25, line, 30),  # inside both
             Finding("ZZZ999", "error", "g", "h", line, 30, line, 30)]    # zero width, unknown code
    report.findings = sorted(report.findings + extra, key=Finding.sort_key)
    page_text = html.render_page(report)
    page = parse(page_text)
    tree_marks = html5_marks(html5(page_text))
    text = mission_text.splitlines()[line - 1]
    for finding in extra[:3]:
        number = report.findings.index(finding) + 1
        assert page.mark_text[str(number)] == text[finding.column - 1:finding.end_column - 1]
        assert tree_marks[str(number)] == text[finding.column - 1:finding.end_column - 1]
        assert sum(1 for t, a in page.tags if t == "mark" and a.get("id") == f"m-{number}") == 1
    crossing = report.findings.index(extra[1]) + 1
    assert any(t == "mark" and a.get("data-f") == str(crossing) and "cont" in a["class"] for t, a in page.tags)
    point = report.findings.index(extra[3]) + 1
    assert any(t == "mark" and a.get("id") == f"m-{point}" for t, a in page.tags)


def test_marked_text_nests_by_hand():
    marks = [html.Mark(1, Finding("A1", "error", "", ""), 0, 0, 6),
             html.Mark(2, Finding("B2", "info", "", ""), 0, 3, 9)]
    out = html.marked_text("abcdefghij<", marks)
    assert parse(out).mark_text == {"1": "abcdef", "2": "defghi"}
    assert out.endswith("j&lt;")


HOSTILE = """---
title: "<script>alert('titre')</script> \\" onmouseover=\\"alert(1)"
description: "</textarea><img src=x onerror=alert(2)>"
keyphrase: "<b>clé</b>"
---

# Un <script>alert(3)</script> titre

Un paragraphe " onmouseover="alert(4)" avec </textarea> et un [lien](javascript:alert(5)) et <img src=x onerror=alert(6)>.

![<svg onload=alert(7)>](javascript:alert(8))
"""


def test_hostile_article_renders_as_text(tmp_path):
    source = tmp_path / "hostile.md"
    source.write_text(HOSTILE, encoding="utf-8")
    target = tmp_path / "rapport.html"
    assert main(["check", str(source), "--format", "html", "-o", str(target), "--fail-on", "never"]) == 0
    page_text = target.read_text(encoding="utf-8")
    page = parse(page_text)
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "textarea", "iframe", "foreignobject"}
    assert "&lt;b&gt;clé&lt;/b&gt;" in page_text  # the keyphrase, as text
    for _, attributes in page.tags:
        assert not any(name.startswith("on") for name in attributes)
        assert not any("javascript:" in (value or "") for value in attributes.values())
    assert "&lt;script&gt;alert(&#x27;titre&#x27;)&lt;/script&gt; &quot; onmouseover=" in page_text
    assert "&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt;" in page_text
    assert "<script>alert(" not in page_text
    assert_inert(page_text, ["<script>alert('titre')</script> \" onmouseover=\"alert(1)",
                             "</textarea><img src=x onerror=alert(2)>", "<b>clé</b>"])


def test_hostile_plain_text_is_escaped_in_the_marked_text(tmp_path):
    body = ("Titre <script>alert(1)</script>\n\n" + "Un paragraphe <script>alert(2)</script> avec "
            "\" onmouseover=\"alert(3)\" et </textarea> et <a href=\"javascript:alert(4)\">lien</a>. " * 30)
    source = tmp_path / "hostile.txt"
    source.write_text(body, encoding="utf-8")
    target = tmp_path / "rapport.html"
    main(["check", str(source), "--format", "html", "-o", str(target)])
    page_text = target.read_text(encoding="utf-8")
    page = parse(page_text)
    assert not {t for t, _ in page.tags} & {"script", "textarea"}
    assert all(not (a.get("href") or "").startswith("javascript") for _, a in page.tags)
    assert page_text.count("&lt;script&gt;alert(2)&lt;/script&gt;") >= 30
    assert_inert(page_text, ["Titre <script>alert(1)</script>", "<script>alert(2)</script> avec \" onmouseover="])


def test_output_is_deterministic(mission_text, mission_page):
    again = html.render_page(report_for(mission_text), version="test")
    assert again == mission_page


def test_single_file_writes_one_page(tmp_path, capsys):
    target = tmp_path / "rapport.html"
    assert main(["check", MISSION, "--format", "html", "-o", str(target)]) == 1
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "biden-canal-retour-russie.txt" in page
    assert "Longueur" in page and "Lisibilité" in page and "774" in page
    assert capsys.readouterr().out == ""


def test_batch_writes_index_and_one_page_per_file(tmp_path, capsys):
    folder = tmp_path / "articles"
    (folder / "sous").mkdir(parents=True)
    shutil.copy(MISSION, folder / "mission.txt")
    shutil.copy(MD, folder / "sous" / "beta.md")
    (folder / "vide.md").write_bytes(b"\xff\xfe\x00bad")
    out = tmp_path / "rapports"
    code = main(["check", str(folder), "--format", "html", "-o", str(out)])
    assert code in (1, 2)
    names = sorted(p.name for p in out.iterdir())
    assert "index.html" in names and len(names) == 4
    index = (out / "index.html").read_text(encoding="utf-8")
    parsed = parse(index)
    links = [a["href"] for t, a in parsed.tags if t == "a" and "href" in a]
    # each page once in the table (the site view below links to them again)
    assert sorted(set(links)) == sorted(n for n in names if n != "index.html")
    for name in links:
        page = parse((out / name).read_text(encoding="utf-8"))
        assert any(t == "a" and a.get("href") == "index.html" for t, a in page.tags)
    # the index's sorting script is allowed by its hash, nothing else
    script = re.search(r"<script>(.*?)</script>", index, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in index


def test_batch_without_output_folder_is_a_usage_error(tmp_path, capsys):
    shutil.copy(MISSION, tmp_path / "a.txt")
    shutil.copy(MISSION, tmp_path / "b.txt")
    assert main(["check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "html"]) == 2
    assert "-o" in capsys.readouterr().err


def test_page_names_are_distinct_and_stable():
    from seo_audit.report import FileReport

    reports = [FileReport(path=p) for p in ("a/x.md", "b/x.md", "a/x.md", "index")]
    names = html.page_names(reports)
    assert len(set(names)) == 4 and "index.html" not in names
    assert names == html.page_names(reports)


def test_finding_without_document_or_span_is_listed_not_marked(mission_report):
    report = replace(mission_report, text_view=None)
    page = parse(html.render_page(report))
    assert not any(t == "mark" and a.get("id") for t, a in page.tags)
    assert sum(1 for t, a in page.tags if t == "li" and (a.get("id") or "").startswith("f-")) == len(report.findings)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_page_in_headless_chromium_has_no_console_error_nor_request(tmp_path, mission_page):
    """Opens the pages in Debian's chromium: no console message (a CSP violation or a script
    error would log one), no request to the article's hosts, and a screenshot."""
    article = tmp_path / "externe.md"
    article.write_text(TRACKED_ARTICLE, encoding="utf-8")
    main(["check", str(article), "--format", "html", "-o", str(tmp_path / "externe.html")])
    (tmp_path / "rapport.html").write_text(mission_page, encoding="utf-8")
    main(["check", MISSION, MD, "--format", "html", "-o", str(tmp_path / "lot")])
    for name in ("rapport.html", "externe.html", "lot/index.html"):
        open_in_chromium(tmp_path / name)


# --- one rule's marks at a time, what the report was judged by ----------------------------

VIEW_SCRIPT = """
function state() {
  var out = {};
  document.querySelectorAll("mark.m[id]").forEach(function (m) {
    var code = (m.className.match(/\\br-(\\S+)/) || [])[1];
    var on = getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)";
    out[code] = out[code] || [0, 0];
    out[code][on ? 0 : 1] += 1;
  });
  return out;
}
var result = {initial: state()};
document.querySelector('label.eye[for="oeil-r-LNG002"]').click(); result.rule = state();
document.querySelector('label[for="oeil-f-RDB"]').click(); result.family = state();
document.querySelector('label[for="oeil-tout"]').click(); result.all = state();
document.querySelector('label[for="oeil-aucune"]').click(); result.none = state();
var pre = document.createElement("pre"); pre.id = "resultat";
pre.textContent = JSON.stringify(result); document.body.appendChild(pre);
"""


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_marks_show_one_rule_at_a_time_in_chromium(tmp_path, mission_page):
    """In a real browser: at first only the worst rule's marks show; an eye shows that
    rule's alone; a family, all, none. (A test copy of the page carries a probe script,
    allowed by its hash; the page itself allows no script, see the CSP test.)"""
    import json
    import subprocess

    digest = base64.b64encode(hashlib.sha256(VIEW_SCRIPT.encode()).digest()).decode()
    probe = (mission_page.replace("script-src 'none'", f"script-src 'sha256-{digest}'")
             .replace("</body>", f"<script>{VIEW_SCRIPT}</script></body>"))
    (tmp_path / "vue.html").write_text(probe, encoding="utf-8")
    result = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profil'}", "--virtual-time-budget=3000", "--dump-dom",
         (tmp_path / "vue.html").as_uri()], timeout=120, capture_output=True, text=True)
    found = re.search(r'<pre id="resultat">(.*?)</pre>', result.stdout)
    assert found, result.stderr[-2000:]
    views = json.loads(html_unescape(found.group(1)))
    shown = {name: {code for code, (on, _) in view.items() if on} for name, view in views.items()}
    hidden = {name: {code for code, (_, off) in view.items() if off} for name, view in views.items()}
    codes = set(views["all"])
    assert {"TTL002", "RDB002", "RDB003", "LNG002"} <= codes
    assert shown["initial"] == {"TTL002"} and hidden["initial"] == codes - {"TTL002"}
    assert shown["rule"] == {"LNG002"} and hidden["rule"] == codes - {"LNG002"}
    assert shown["family"] == {c for c in codes if c.startswith("RDB")}
    assert shown["all"] == codes and not hidden["all"]
    assert not shown["none"]


def html_unescape(text: str) -> str:
    from html import unescape

    return unescape(text)


def test_every_occurrence_is_marked_and_passives_on_their_verb_group(mission_report, mission_page):
    tree = html5(mission_page)
    marks = html5_marks(tree)
    numbers = {str(n): f for n, f in enumerate(mission_report.findings, 1)}
    passive = {n: f for n, f in numbers.items() if f.code == "RDB003" and f.line}
    long = {n: f for n, f in numbers.items() if f.code == "RDB002" and f.line}
    assert len(passive) == 7 and len(long) == 18  # every one, not five
    assert set(passive) <= set(marks) and set(long) <= set(marks)
    assert {marks[n] for n in passive} >= {"a été prise", "sont régulièrement utilisés"}


def test_score_rings_are_not_green_when_the_checklist_has_errors(mission_report, mission_page):
    assert mission_report.scores["seo"] >= 70  # high enough to have been green by value alone
    assert mission_report.grades["seo"] == "bad"  # MET001, STR001: errors
    gauges = mission_page.split('<div class="gauges">')[1].split("</div>")[0]
    assert 'class="gauge g-bad"' in gauges and "#c62828" in gauges and "#2e7d32" not in gauges


def test_a_project_configuration_changes_the_limit_the_page_draws(tmp_path):
    article = tmp_path / "article.txt"
    shutil.copy(MISSION, article)
    main(["check", str(article), "--format", "html", "-o", str(tmp_path / "defaut.html"), "--no-cache"])
    assert "limite 300" in (tmp_path / "defaut.html").read_text(encoding="utf-8")
    (tmp_path / "seo-audit.toml").write_text("[rules.STR002]\nmax_words = 120\n", encoding="utf-8")
    main(["check", str(article), "--format", "html", "-o", str(tmp_path / "projet.html"), "--no-cache"])
    page = (tmp_path / "projet.html").read_text(encoding="utf-8")
    assert "limite 120" in page and ">120 mots</text>" in page and "limite 300" not in page
    assert "Aucune section ne dépasse 120 mots" in page  # the checklist line too


def test_section_words_come_from_the_report_not_a_recount():
    from seo_audit.measures.structure import sections

    annotated = annotated_from(read_fixture("2017-05-03-mes-aides-datascience-public.md"), "markdown")
    from seo_audit.textview import text_view_of

    view = text_view_of(annotated.article)
    assert [words for _, words in view.sections] == [s.words for s in sections(annotated)]
    assert all(view.blocks[first].kind == "heading" for first, _ in view.sections[1:])


def test_a_share_is_shown_as_the_percentage_the_message_says():
    """KW004 judges a share of the subheadings: the page showed « mesuré : 0,25 · seuil : 0,3 »
    under « 1 sous-titre H2/H3 sur 4 (25 %) »; it shows the percentages, with the bound."""
    text = ("# Le compost en ville\n\n"
            "## Pourquoi faire du compost\n\nLe compost réduit les déchets de la cuisine.\n\n"
            "## Les bacs partagés\n\nLa mairie installe des bacs dans les jardins.\n\n"
            "## Ce que l’on y met\n\nÉpluchures, marc de café et feuilles mortes.\n\n"
            "## Le calendrier\n\nLa collecte a lieu chaque samedi matin.\n")
    report = report_for(text, "markdown", keyphrase="compost")
    (finding,) = [f for f in report.findings if f.code == "KW004"]
    assert (finding.value, finding.threshold) == (0.25, 0.3)
    page = html.render_page(report)
    assert "mesuré : <b>25\u00a0%, minimum 30\u00a0%</b>" in page and "seuil : <b>0,3" not in page
    assert "L’expression clé figure dans 30 % à 75 % des sous-titres H2/H3." in page.replace("&#x27;", "'")
