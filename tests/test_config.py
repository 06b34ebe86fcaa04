"""Project configuration: discovery, select/ignore, per-path overrides, flags, errors."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from seo_audit.config import Selection, describe, enabled, find_config, load_config, resolve
from seo_audit.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def active(ruleset) -> set[str]:
    return {code for code, s in ruleset.settings.items() if s.severity != "off"}


# -- discovery ---------------------------------------------------------------------------

def test_found_by_walking_up(tmp_path):
    config = write(tmp_path / "seo-audit.toml", "")
    (tmp_path / "content" / "news").mkdir(parents=True)
    assert find_config(tmp_path / "content" / "news") == config


def test_pyproject_only_with_its_table_and_seo_audit_toml_first(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.other]\nx = 1\n")
    assert find_config(tmp_path) is None
    write(tmp_path / "pyproject.toml", "[tool.seo-audit]\nfail-on = \"warning\"\n")
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    assert load_config(tmp_path / "pyproject.toml").fail_on == "warning"
    write(tmp_path / "seo-audit.toml", "")
    assert find_config(tmp_path) == tmp_path / "seo-audit.toml"


def test_discovery_starts_from_the_audited_paths(tmp_path):
    write(tmp_path / "site" / "seo-audit.toml", 'fail-on = "info"\n')
    write(tmp_path / "site" / "blog" / "a.md", "x")
    config = resolve([str(tmp_path / "site" / "blog" / "a.md")])
    assert config.fail_on == "info" and config.source == str(tmp_path / "site" / "seo-audit.toml")
    assert resolve([str(tmp_path / "site" / "blog")], no_config=True).fail_on == "error"


# -- selection -----------------------------------------------------------------------------

@pytest.mark.parametrize("layers, code, expected", [
    ([], "STR005", True),
    ([Selection(("STR",), ())], "LEN001", False),
    ([Selection(("STR",), ())], "STR005", True),
    ([Selection(None, ("STR",))], "STR005", False),
    ([Selection(("STR005",), ("STR",))], "STR005", True),    # more specific select wins
    ([Selection(("STR",), ("STR005",))], "STR005", False),   # more specific ignore wins
    ([Selection(("STR005",), ("STR005",))], "STR005", False),  # a tie: ignore wins
    ([Selection(("ALL",), ("LEN",))], "TTL001", True),
    ([Selection(None, ("STR",)), Selection(("STR005",), ())], "STR005", True),  # select starts afresh
    ([Selection(("STR",), ()), Selection(None, ("STR005",))], "STR005", False),  # ignore adds
])
def test_selection_layers(layers, code, expected):
    assert enabled(code, layers) is expected


def test_select_ignore_and_rule_parameters_from_the_file(tmp_path):
    path = write(tmp_path / "seo-audit.toml", """
select = ["LEN", "STR"]
ignore = ["STR005"]
[rules.LEN001]
min_words = 900
severity = "warning"
""")
    config = load_config(path)
    ruleset = config.ruleset_for(str(tmp_path / "a.md"))
    assert active(ruleset) == {"LEN001", "STR001", "STR002", "STR003", "STR004"}
    assert ruleset.settings["LEN001"].params == {"min_words": 900}
    assert ruleset.settings["LEN001"].severity == "warning"


def test_per_path_overrides(tmp_path):
    path = write(tmp_path / "seo-audit.toml", """
[[overrides]]
paths = ["news/**"]
ignore = ["MET"]
[overrides.rules.LEN001]
min_words = 400

[[overrides]]
paths = ["*.txt"]
select = ["LEN"]
""")
    config = load_config(path)
    news = config.ruleset_for(str(tmp_path / "news" / "2024" / "a.md"))
    blog = config.ruleset_for(str(tmp_path / "blog" / "a.md"))
    draft = config.ruleset_for(str(tmp_path / "news" / "b.txt"))
    assert news.settings["LEN001"].params["min_words"] == 400
    assert blog.settings["LEN001"].params["min_words"] == 700
    assert "MET001" not in active(news) and "MET001" in active(blog)
    assert active(draft) == {"LEN001"} and draft.settings["LEN001"].params["min_words"] == 400
    assert config.ruleset_for(str(tmp_path.parent / "elsewhere.md")) is blog  # outside: no override


def test_ruleset_path_is_relative_to_the_config_file(tmp_path):
    write(tmp_path / "regles" / "strict.toml", 'extends = "default"\n[rules.LEN001]\nmin_words = 1200\n')
    path = write(tmp_path / "seo-audit.toml", 'ruleset = "regles/strict.toml"\n')
    assert load_config(path).ruleset.settings["LEN001"].params["min_words"] == 1200


def test_flags_override_the_file(tmp_path):
    write(tmp_path / "seo-audit.toml", """
select = ["STR"]
ignore = ["STR005"]
fail-on = "warning"
exclude = ["brouillons"]
[rules.LEN001]
min_words = 900
""")
    config = resolve([str(tmp_path)], select=["LEN", "STR005"], ignore=["LEN001"], fail_on="never",
                     exclude=["*.txt"])
    assert active(config.ruleset_for(str(tmp_path / "a.md"))) == {"STR005"}
    assert config.fail_on == "never"
    assert [e.pattern for e in config.exclude] == ["brouillons", "*.txt"]
    # --rules names another base set; the file's [rules] stay on top
    other = write(tmp_path / "autre.toml", 'extends = "default"\n[rules.STR005]\nmax_words = 100\n')
    config = resolve([str(tmp_path)], ruleset=str(other))
    settings = config.ruleset_for("-").settings
    assert settings["STR005"].params["max_words"] == 100 and settings["LEN001"].params["min_words"] == 900


@pytest.mark.parametrize("text, key", [
    ('[rules.ZZZ001]\nseverity = "error"\n', "rules.ZZZ001"),
    ("[rules.LEN001]\nmots = 3\n", "rules.LEN001.mots"),
    ('[rules.LEN001]\nmin_words = "beaucoup"\n', "rules.LEN001.min_words"),
    ('[rules.LEN001]\nseverity = "fatal"\n', "rules.LEN001.severity"),
    ('select = ["ZZZ"]\n', "select"),
    ('ignore = "KW003x"\n', "ignore"),
    ('fail-on = "toujours"\n', "fail-on"),
    ('fail_on = "error"\n', "fail_on"),
    ('ruleset = "introuvable"\n', "ruleset"),
    ('[[overrides]]\nignore = ["STR"]\n', "paths"),
    ('[[overrides]]\npaths = ["news/**"]\n[overrides.rules.LEN001]\nmin_words = 1.5\n', "rules.LEN001.min_words"),
    ("select = [1, 2]\n", "select"),
    ("exclude = 3\n", "exclude"),
    ("ruleset = [\n", "TOML invalide"),
])
def test_mistakes_name_the_file_and_the_key(tmp_path, text, key):
    path = write(tmp_path / "seo-audit.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert str(path) in message and key in message
    assert "\n" not in message.strip()


def test_flag_with_unknown_code_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="--select"):
        resolve([str(tmp_path)], no_config=True, select=["NOPE"])


def test_describe_is_valid_toml_and_round_trips(tmp_path):
    path = write(tmp_path / "seo-audit.toml", """
select = ["LEN", "STR"]
fail-on = "warning"
exclude = ["brouillons"]
[rules.LEN001]
min_words = 900
[[overrides]]
paths = ["news/**"]
[overrides.rules.LEN001]
min_words = 400
""")
    config = load_config(path)
    text = describe(config)
    data = tomllib.loads(text)
    assert data["fail-on"] == "warning" and data["rules"]["LEN001"]["min_words"] == 900
    assert data["rules"]["MET001"]["severity"] == "off"          # not selected
    assert data["overrides"][0]["rules"]["LEN001"]["min_words"] == 400
    again = write(tmp_path / "copie" / "seo-audit.toml", text)
    assert active(load_config(again).ruleset_for("-")) == active(config.ruleset_for("-"))
    news = describe(config, str(tmp_path / "news" / "a.md"))
    assert tomllib.loads(news)["rules"]["LEN001"]["min_words"] == 400
