"""The site pass (LNK005 and SITE rules) on a small real site: three beta.gouv.fr blog
posts (fixtures/site/blog, see fixtures/README.md), changed where a test says so.

These tests need no spaCy: the site pass reads the articles' summaries, which the readers
make; a suggested keyphrase is given as the per-article audit would report it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES

from seo_audit.audit import Options
from seo_audit.readers import read_path
from seo_audit.report import FileReport
from seo_audit.ruleset import load_ruleset
from seo_audit.site import build_site, site_pass
from seo_audit.site.summary import from_data, summarise, to_data
from seo_audit.site.urls import heading_ids, normalise, url_candidates

BLOG = FIXTURES / "site" / "blog"
FORMER = "2017-02-27-comment-former-des-intrapreneurs.md"
CONDITIONS = "2017-03-06-intrapreneur-les-conditions-du-succes.md"
EQUIPES = "2016-11-28-equipes-autonomes.md"
NAMES = (FORMER, CONDITIONS, EQUIPES)


def make_site(tmp_path: Path, changes: dict[str, tuple[str, str]] | None = None,
              extra: dict[str, str] | None = None, suggested: dict[str, str] | None = None,
              audited: tuple[str, ...] | None = None, options: Options | None = None
              ) -> dict[str, FileReport]:
    """Write the three posts (with `changes`: name → (old, new)) and `extra` files under
    tmp_path/blog, audit `audited` of them (all by default) and run the site pass."""
    folder = tmp_path / "blog"
    folder.mkdir(exist_ok=True)
    texts = {name: (BLOG / name).read_text(encoding="utf-8") for name in NAMES}
    for name, (old, new) in (changes or {}).items():
        assert old in texts[name], old
        texts[name] = texts[name].replace(old, new, 1)
    texts.update(extra or {})
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    reports = []
    for path in paths:
        name = Path(path).name
        if audited is not None and name not in audited:
            continue
        report = FileReport(path=path, site=to_data(summarise(read_path(path))))
        if suggested and name in suggested:
            report.keyphrase, report.keyphrase_suggested = suggested[name], True
        reports.append(report)
    site_pass(reports, paths, options or Options(ruleset=load_ruleset("default")))
    return {Path(r.path).name: r for r in reports}


def codes(report: FileReport, code: str) -> list:
    return [f for f in report.findings if f.code == code]


def front(name: str, line: str) -> tuple[str, str]:
    """Add a front matter line after the title of `name`."""
    title = (BLOG / name).read_text(encoding="utf-8").split("\n")[1]
    return title, f"{title}\n{line}"


# --- URLs and anchors ---------------------------------------------------------------------

def test_urls_jekyll_post_and_hugo_section():
    urls = url_candidates("blog/2017-02-16-intrapreneur-startup-d-etat.md", "intrapreneur-startup-d-etat", {})
    assert "/2017/02/16/intrapreneur-startup-d-etat" in urls  # Jekyll's default post URL
    assert "/blog/intrapreneur-startup-d-etat" in urls        # Hugo: /section/slug/
    assert normalise("/2017/02/16/Intrapreneur-startup-d-etat.html") == "/2017/02/16/intrapreneur-startup-d-etat"
    assert normalise("/blog/mon-article/index.html") == normalise("/blog/mon-article/")
    assert "/startups/aplus" in url_candidates("_startups/aplus.md", "aplus", {})
    assert "/a-propos" in url_candidates("pages/apropos.md", "apropos", {"permalink": "/a-propos/"})


def test_heading_ids_of_a_french_heading():
    ids = heading_ids("Qu'est-ce qu'une équipe autonome ?")
    assert {"quest-ce-quune-équipe-autonome", "quest-ce-quune-quipe-autonome",
            "quest-ce-quune-equipe-autonome"} <= ids
    assert heading_ids("Les renforts {#renforts}") == {"renforts"}


def test_summary_round_trips_through_plain_data():
    summary = summarise(read_path(str(BLOG / CONDITIONS)))
    assert to_data(from_data(to_data(summary))) == to_data(summary)
    assert from_data(to_data(summary)).runs == summary.runs
    assert from_data(to_data(summary)).pairs == summary.pairs and "~intrapreneur ~startup" in summary.pairs
    assert summary.title.text == "Intrapreneur de Startup d'État, les conditions du succès"
    assert summary.title.line == 2
    assert [link.line for link in summary.links] == [7, 7, 53]


# --- LNK005 broken internal links ------------------------------------------------------------

def test_lnk005_link_to_a_post_missing_from_the_site_triggers(tmp_path):
    # both posts link to /2017/02/16/intrapreneur-startup-d-etat.html, not in this site
    reports = make_site(tmp_path)
    found = codes(reports[CONDITIONS], "LNK005")
    assert [(f.line, f.column) for f in found] == [(7, 63)]  # « rôle d’intrapreneur·euse… », the link text
    assert "/2017/02/16/intrapreneur-startup-d-etat.html" in found[0].message
    assert found[0].severity == "error"
    assert [f.line for f in codes(reports[FORMER], "LNK005")] == [7]


def test_lnk005_links_that_resolve_pass(tmp_path):
    # /2017/02/27/comment-former-des-intrapreneurs.html is FORMER's Jekyll URL; the image
    # /img/… lies outside what the site covers (no img/ folder): not judged
    reports = make_site(tmp_path, {
        CONDITIONS: ("/2017/02/16/intrapreneur-startup-d-etat.html", "../blog/2016-11-28-equipes-autonomes.md"),
        FORMER: ("/2017/02/16/intrapreneur-startup-d-etat.html",
                 "/blog/intrapreneur-les-conditions-du-succes/#conclusion")})  # Hugo's URL, « ## Conclusion »
    assert codes(reports[CONDITIONS], "LNK005") == []
    assert codes(reports[FORMER], "LNK005") == []
    assert reports[FORMER].outcomes["LNK005"] == "pass"


def test_lnk005_missing_anchor_on_the_target_triggers(tmp_path):
    reports = make_site(tmp_path, {
        FORMER: ("/2017/02/16/intrapreneur-startup-d-etat.html", "/blog/equipes-autonomes/#la-methode-agile")})
    found = codes(reports[FORMER], "LNK005")
    assert len(found) == 1 and "#la-methode-agile" in found[0].message and EQUIPES in found[0].message


# --- SITE001 declared keyphrase used twice -------------------------------------------------------

def test_site001_same_declared_keyphrase_triggers_on_both(tmp_path):
    reports = make_site(tmp_path, {FORMER: front(FORMER, "keyphrase: intrapreneur de Startup d'État"),
                                   CONDITIONS: front(CONDITIONS, "keyphrase: Intrapreneurs de startup d’Etat")})
    for name, other in ((FORMER, CONDITIONS), (CONDITIONS, FORMER)):
        found = codes(reports[name], "SITE001")
        assert len(found) == 1 and other in found[0].message and found[0].line == 3


def test_site001_different_keyphrases_pass(tmp_path):
    reports = make_site(tmp_path, {FORMER: front(FORMER, "keyphrase: former les intrapreneurs"),
                                   CONDITIONS: front(CONDITIONS, "keyphrase: conditions du succès")})
    assert codes(reports[FORMER], "SITE001") == codes(reports[CONDITIONS], "SITE001") == []
    assert reports[FORMER].outcomes["SITE001"] == "pass"


# --- SITE002 suggested keyphrase used twice ---------------------------------------------------------

def test_site002_same_suggested_keyphrase_is_information(tmp_path):
    reports = make_site(tmp_path, suggested={FORMER: "Startup d'État", CONDITIONS: "Startup d’État",
                                             EQUIPES: "équipe autonome"})
    found = codes(reports[FORMER], "SITE002")
    assert len(found) == 1 and found[0].severity == "info" and CONDITIONS in found[0].message
    assert found[0].line == 2  # the title: a suggestion has no line of its own
    assert codes(reports[EQUIPES], "SITE002") == []


def test_site002_different_suggestions_pass(tmp_path):
    reports = make_site(tmp_path, suggested={FORMER: "coaching", CONDITIONS: "conditions du succès"})
    assert codes(reports[FORMER], "SITE002") == codes(reports[CONDITIONS], "SITE002") == []


def test_site002_one_common_word_suggested_twice_passes(tmp_path):
    # « intrapreneurs » for both: a common word of the two texts, not a rivalry
    reports = make_site(tmp_path, suggested={FORMER: "intrapreneurs", CONDITIONS: "intrapreneur"})
    assert codes(reports[FORMER], "SITE002") == codes(reports[CONDITIONS], "SITE002") == []
    # unless the other article declares it
    reports = make_site(tmp_path, {CONDITIONS: front(CONDITIONS, "keyphrase: intrapreneur")},
                        suggested={FORMER: "intrapreneurs"})
    assert len(codes(reports[FORMER], "SITE002")) == 1


# --- SITE003 / SITE004 duplicate titles and descriptions -----------------------------------------

def test_site003_same_title_triggers(tmp_path):
    reports = make_site(tmp_path, {
        FORMER: ("title: Comment former les intrapreneurs de Startup d'État ?",
                 "title: \"Intrapreneur de Startup d'État : les conditions du succès\"")})
    # « , » and « : » differ: not the same title; make them equal but for case and the final dot
    assert codes(reports[FORMER], "SITE003") == []
    reports = make_site(tmp_path, {
        FORMER: ("title: Comment former les intrapreneurs de Startup d'État ?",
                 "title: intrapreneur de startup d'état, les conditions du succès.")})
    found = codes(reports[FORMER], "SITE003")
    assert len(found) == 1 and CONDITIONS in found[0].message and found[0].line == 2
    assert len(codes(reports[CONDITIONS], "SITE003")) == 1


def test_site003_distinct_titles_pass(tmp_path):
    reports = make_site(tmp_path)
    assert all(codes(r, "SITE003") == [] for r in reports.values())


def test_site004_same_description_triggers_and_distinct_pass(tmp_path):
    text = "description: Les intrapreneurs de Startup d'État se forment par le coaching et les pairs."
    reports = make_site(tmp_path, {FORMER: front(FORMER, text), CONDITIONS: front(CONDITIONS, text)})
    assert [f.line for f in codes(reports[FORMER], "SITE004")] == [3]
    reports = make_site(tmp_path, {FORMER: front(FORMER, text),
                                   CONDITIONS: front(CONDITIONS, "description: Ce qui fait réussir un intrapreneur.")})
    assert codes(reports[FORMER], "SITE004") == []


# --- SITE005 internal-link suggestions ---------------------------------------------------------------

def test_site005_mention_of_another_keyphrase_without_link_triggers(tmp_path):
    reports = make_site(tmp_path, {EQUIPES: front(EQUIPES, "keyphrase: équipe autonome")})
    # CONDITIONS line 53: « … par le numérique et une petite équipe autonome ? »
    found = codes(reports[CONDITIONS], "SITE005")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].line == 53 and EQUIPES in found[0].message
    assert found[0].excerpt and "équipe autonome" in found[0].excerpt
    line = (BLOG / CONDITIONS).read_text(encoding="utf-8").split("\n")[52]
    assert line[found[0].column - 1:].startswith("équipe autonome")


def test_site005_mention_already_linked_passes(tmp_path):
    reports = make_site(tmp_path, {
        EQUIPES: front(EQUIPES, "keyphrase: équipe autonome"),
        CONDITIONS: ("une petite équipe autonome ?", "une petite [équipe autonome](/blog/equipes-autonomes/) ?")})
    assert codes(reports[CONDITIONS], "SITE005") == []


# --- SITE006 orphans ---------------------------------------------------------------------------------

def test_site006_article_no_other_links_to_triggers(tmp_path):
    reports = make_site(tmp_path)
    assert len(codes(reports[EQUIPES], "SITE006")) == 1
    assert len(codes(reports[CONDITIONS], "SITE006")) == 1


def test_site006_article_linked_from_another_passes(tmp_path):
    # CONDITIONS links to /2017/02/27/comment-former-des-intrapreneurs.html
    reports = make_site(tmp_path)
    assert codes(reports[FORMER], "SITE006") == []
    assert reports[FORMER].outcomes["SITE006"] == "pass"


# --- the whole batch, whatever the shard ---------------------------------------------------------

def test_site_findings_do_not_depend_on_which_files_were_audited(tmp_path):
    changes = {EQUIPES: front(EQUIPES, "keyphrase: équipe autonome"),
               FORMER: front(FORMER, "keyphrase: intrapreneur de Startup d'État"),
               CONDITIONS: front(CONDITIONS, "keyphrase: intrapreneur de startup d’État")}
    whole = make_site(tmp_path, changes)
    for name in NAMES:
        alone = make_site(tmp_path, changes, audited=(name,))
        assert alone[name].findings == whole[name].findings, name
        assert alone[name].outcomes == whole[name].outcomes


def test_directives_silence_site_rules(tmp_path):
    reports = make_site(tmp_path, {EQUIPES: front(EQUIPES, "seo-audit: {ignore: [SITE006]}")})
    assert codes(reports[EQUIPES], "SITE006") == []
    assert "SITE006" not in reports[EQUIPES].outcomes


def test_a_damaged_summary_is_rebuilt_from_the_file(tmp_path):
    site, _ = build_site([FileReport(path=str(BLOG / EQUIPES), site={"version": 1, "path": 3})],
                         [str(BLOG / EQUIPES)], Options(ruleset=load_ruleset("default")))
    assert site.summaries[0].title.text == "Qu'est-ce qu'une équipe autonome ?"


# --- documentation -----------------------------------------------------------------------------------

def test_each_link_and_site_rule_documents_the_source_of_its_thresholds():
    from seo_audit.checks import all_rules
    from seo_audit.ruledoc import rule_page, threshold_sources

    found = [code for code, spec in all_rules().items() if spec.family in ("LNK", "SITE")]
    assert len(found) == 12
    default = load_ruleset("default")
    for code in found:
        sources = threshold_sources(all_rules()[code])
        assert set(sources) == {"severity", *default.settings[code].params}, code
        text = rule_page(code)
        assert "Pourquoi" in text and "Source des seuils" in text and sources["severity"] in text


# --- the site view of the HTML index ---------------------------------------------------------------

def test_html_index_shows_the_site_view(tmp_path):
    from conftest import html5

    from seo_audit.render.html import page_names, render_index

    folder = tmp_path / "blog"
    make_site(tmp_path, {FORMER: front(FORMER, "keyphrase: intrapreneur de Startup d'État"),
                         CONDITIONS: front(CONDITIONS, "keyphrase: Intrapreneurs de startup d’Etat")})
    paths = [str(folder / name) for name in NAMES]
    reports = [FileReport(path=p, site=to_data(summarise(read_path(p)))) for p in paths]
    view = site_pass(reports, paths, Options(ruleset=load_ruleset("default")), view=True)
    page = render_index(reports, page_names(reports), "0", view)
    tree = html5(page)
    section = tree.find(".//section")
    text = "".join(section.itertext())
    assert "Expressions clés partagées" in text and "intrapreneur de Startup d'État" in text
    rows = section.findall(".//tbody/tr")
    assert len(rows) == 3
    # FORMER is linked from CONDITIONS; both link to the missing /2017/02/16/… post
    former = next(r for r in rows if FORMER in "".join(r.itertext()))
    cells = ["".join(c.itertext()) for c in former.findall("td")]
    assert cells[2] == "1" and CONDITIONS in cells[3] and cells[6] == "1"
    assert section.find(".//a").get("href").endswith(".html")


def test_site005_column_is_exact_after_characters_that_fold_to_several(tmp_path):
    # « … » folds to « ... » and « œ » to « oe »: the column must still be the source's
    reports = make_site(tmp_path, {EQUIPES: front(EQUIPES, "keyphrase: équipe autonome"),
                                   CONDITIONS: ("Vous êtes agent·e", "Vous êtes… agent·e, cœur vaillant,")})
    found = codes(reports[CONDITIONS], "SITE005")
    line = (tmp_path / "blog" / CONDITIONS).read_text(encoding="utf-8").split("\n")[found[0].line - 1]
    assert line[found[0].column - 1:found[0].end_column - 1] == "équipe autonome"
