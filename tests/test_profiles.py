"""Profiles: cornerstone content (front matter or per-path override) and the news set."""

from __future__ import annotations

from conftest import read_fixture

from seo_audit.audit import Options
from seo_audit.config import load_config
from seo_audit.profiles import ruleset_of
from seo_audit.ruleset import RuleSet, RuleSetting, load_ruleset

EQUIPES = read_fixture("site/blog/2016-11-28-equipes-autonomes.md")  # 691 words


def with_front(text: str, line: str) -> str:
    return text.replace("---\n", f"---\n{line}\n", 1)


def test_cornerstone_front_matter_asks_for_900_words():
    from conftest import annotated_from
    from seo_audit.audit import evaluate

    settings = dict(load_ruleset("default").settings)
    settings["LEN001"] = RuleSetting("error", {"min_words": 600})  # a project's own threshold
    options = Options(ruleset=RuleSet("projet", ["seo-audit.toml"], settings))
    plain = evaluate(annotated_from(EQUIPES, "markdown"), options)
    assert [f for f in plain.findings if f.code == "LEN001"] == []  # 691 words ≥ 600
    cornerstone = evaluate(annotated_from(with_front(EQUIPES, "cornerstone: true"), "markdown"), options)
    found = [f for f in cornerstone.findings if f.code == "LEN001"]
    assert len(found) == 1 and found[0].threshold == 900 and found[0].value == plain.metrics["words"]


def test_cornerstone_profile_keeps_the_project_choices():
    base = load_ruleset("default")
    settings = dict(base.settings)
    settings["LEN001"] = RuleSetting("off", {"min_words": 700})
    settings["STR002"] = RuleSetting("warning", {"max_words": 400})
    project = RuleSet("projet", ["seo-audit.toml"], settings)
    options = Options(ruleset=project)
    applied = ruleset_of(options, "guide.md", cornerstone=True)
    assert applied.settings["LEN001"].severity == "off"          # turned off by the project: stays off
    assert applied.settings["STR002"].params["max_words"] == 250  # Yoast's cornerstone threshold
    assert applied.settings["LNK002"].severity == "error"         # red in Yoast's cornerstone analysis
    assert ruleset_of(options, "guide.md", cornerstone=False) is project


def test_cornerstone_per_path_override(tmp_path):
    (tmp_path / "seo-audit.toml").write_text('[[overrides]]\npaths = ["guides/**"]\ncornerstone = true\n',
                                             encoding="utf-8")
    config = load_config(tmp_path / "seo-audit.toml")
    assert config.ruleset_for(str(tmp_path / "guides" / "a.md")).settings["LEN001"].params["min_words"] == 900
    assert config.ruleset_for(str(tmp_path / "blog" / "a.md")).settings["LEN001"].params["min_words"] == 700


def test_news_profile_is_shorter_and_needs_no_description():
    news, default = load_ruleset("actualite"), load_ruleset("default")
    assert news.settings["LEN001"].params["min_words"] == 200
    assert news.settings["MET001"].severity == "off" and default.settings["MET001"].severity == "error"
    text = read_fixture("wikinews-44046.txt")  # a French Wikinews brief, no meta description
    from conftest import annotated_from
    from seo_audit.audit import evaluate

    annotated = annotated_from(text)
    as_news = evaluate(annotated, Options(ruleset=news))
    as_default = evaluate(annotated, Options(ruleset=default))
    assert {"LEN001", "MET001"} <= {f.code for f in as_default.findings}
    assert not {"LEN001", "MET001"} & {f.code for f in as_news.findings}
