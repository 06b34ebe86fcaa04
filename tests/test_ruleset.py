"""Rule sets: the shipped default configures every rule; mistakes name the file and the key."""

from __future__ import annotations

import pytest

from seo_audit.checks import all_rules
from seo_audit.errors import ConfigError
from seo_audit.ruleset import load_ruleset


def test_default_configures_every_registered_rule_with_its_parameters():
    ruleset = load_ruleset("default")
    rules = all_rules()
    assert set(ruleset.settings) == set(rules)
    for code, setting in ruleset.settings.items():
        assert set(setting.params) == set(rules[code].params), code
        assert setting.severity in ("error", "warning", "info", "off")


def test_every_rule_is_documented():
    for code, rule in all_rules().items():
        assert rule.check.__doc__ and len(rule.doc) > 40, code
        assert rule.name and rule.summary


def test_brief_thresholds_in_default():
    settings = load_ruleset("default").settings
    assert settings["LEN001"].params["min_words"] == 700
    assert settings["LEN001"].severity == "error"
    assert settings["STR001"].severity == "error"


def write(tmp_path, text: str):
    path = tmp_path / "mes-regles.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_extends_overrides_only_what_it_says(tmp_path):
    ruleset = load_ruleset(write(tmp_path, 'extends = "default"\n[rules.LEN001]\nmin_words = 400\n'))
    assert ruleset.settings["LEN001"].params["min_words"] == 400
    assert ruleset.settings["LEN001"].severity == "error"
    assert ruleset.settings["STR005"] == load_ruleset("default").settings["STR005"]
    assert ruleset.sources == ["rules/default.toml", str(tmp_path / "mes-regles.toml")]


def test_severity_off_disables(tmp_path):
    ruleset = load_ruleset(write(tmp_path, 'extends = "default"\n[rules.MET001]\nseverity = "off"\n'))
    assert "MET001" not in ruleset.active()


def test_int_is_accepted_for_a_float_parameter(tmp_path):
    ruleset = load_ruleset(write(tmp_path, 'extends = "default"\n[rules.TTL003]\nfont_px = 18\n'))
    assert ruleset.settings["TTL003"].params["font_px"] == 18.0


@pytest.mark.parametrize("text, message", [
    ('extends = "default"\n[rules.XYZ999]\nseverity = "error"\n', "règle inconnue « rules.XYZ999 »"),
    ('extends = "default"\n[rules.LEN001]\nmin_mots = 3\n', "paramètre inconnu « rules.LEN001.min_mots »"),
    ('extends = "default"\n[rules.LEN001]\nmin_words = "700"\n', "« rules.LEN001.min_words » doit être un entier"),
    ('extends = "default"\n[rules.LEN001]\nmin_words = true\n', "doit être un entier"),
    ('extends = "default"\n[rules.LEN001]\nseverity = "fatal"\n', "« rules.LEN001.severity »"),
    ('extends = "default"\nrulez = 1\n', "clé inconnue « rulez »"),
    ('extends = "introuvable"\n', "jeu de règles introuvable"),
    ('[rules.LEN001]\nseverity = "error"\nmin_words = 3\n', "n’est pas configurée"),
    ('extends = "default"\n[rules.LEN001\n', "TOML invalide"),
])
def test_bad_rule_sets_name_the_file_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_ruleset(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(path) or "introuvable" in message


def test_extends_loop(tmp_path):
    (tmp_path / "a.toml").write_text('extends = "b.toml"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('extends = "a.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="boucle"):
        load_ruleset(str(tmp_path / "a.toml"))


def test_a_crashing_rule_is_reported_and_the_others_still_run(monkeypatch):
    from conftest import report_for

    from dataclasses import replace

    from seo_audit.checks import REGISTRY

    def broken(ctx, p):
        raise RecursionError("boom")

    monkeypatch.setitem(REGISTRY, "STR004", replace(REGISTRY["STR004"], check=broken))
    report = report_for("Un titre\n\nUn paragraphe court.")
    crash = [f for f in report.findings if f.code == "STR004"]
    assert len(crash) == 1 and "Erreur interne de la règle STR004" in crash[0].message
    assert report.outcomes["STR005"] == "pass"


def test_every_package_of_the_source_tree_is_declared_in_setup_cfg():
    """A package missing from setup.cfg works in an editable install and breaks a real one."""
    import configparser
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    config = configparser.ConfigParser()
    config.read(root / "setup.cfg", encoding="utf-8")
    declared = set(config["options"]["packages"].split())
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "seo_audit").rglob("__init__.py")}
    assert found <= declared, sorted(found - declared)
    assert "seo_audit.rules" in declared


def test_every_data_file_of_the_source_tree_is_declared_in_package_data():
    """A stylesheet or rule set missing from package_data is absent from a real install."""
    import configparser
    import fnmatch
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    config = configparser.ConfigParser()
    config.read(root / "setup.cfg", encoding="utf-8")
    patterns = {package.strip(): [p.strip() for p in value.split(",")]
                for package, value in config["options.package_data"].items()}
    source = root / "seo_audit"
    data = [p for p in source.rglob("*") if p.is_file() and p.suffix in (".css", ".js", ".toml", ".json")]
    assert any(p.suffix == ".css" for p in data)
    for path in data:
        package = ".".join(path.parent.relative_to(root).parts)
        assert any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns.get(package, [])), path
