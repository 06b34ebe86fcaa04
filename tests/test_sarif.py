"""SARIF 2.1.0 output, validated against the official schema (tests/schemas/)."""

from __future__ import annotations

import pytest
from helpers import validate

from seo_audit.checks import all_rules
from seo_audit.render import sarif
from seo_audit.report import FileReport, Finding
from seo_audit.ruleset import load_ruleset


@pytest.fixture
def reports(tmp_path, monkeypatch) -> list[FileReport]:
    monkeypatch.chdir(tmp_path)
    return [
        FileReport(path=str(tmp_path / "blog" / "été 2024.md"), findings=[
            Finding("LEN001", "error", "L’article compte 12 mots ; il en faut au moins 700.", "Développez.",
                    value=12, threshold=700),
            Finding("STR005", "warning", "Paragraphe de 180 mots (maximum 150).", "Coupez.", 12, 3, 14, 20,
                    excerpt="Le tri des déchets…", value=180, threshold=150),
            Finding("TTL002", "info", "Titre trop court.", "Précisez.", 2, 8, 2, 20),
        ], outcomes={"LEN001": "fail", "STR005": "fail", "TTL002": "fail"}),
        FileReport(path="news/absent.md", error="news/absent.md : fichier introuvable."),
        FileReport(path="<stdin>", findings=[Finding("MET001", "error", "Pas de meta description.", "Ajoutez-en une.")]),
    ]


def test_valid_against_the_official_schema(reports):
    document = sarif.sarif_log(reports, load_ruleset("default"), "0.1.0")
    validate(document)


def test_driver_lists_every_rule_with_its_documentation():
    document = sarif.sarif_log([], load_ruleset("default"), "0.1.0")
    validate(document)
    driver = document["runs"][0]["tool"]["driver"]
    rules = all_rules()
    assert [r["id"] for r in driver["rules"]] == list(rules)
    by_id = {r["id"]: r for r in driver["rules"]}
    str005 = by_id["STR005"]
    assert str005["name"] == "paragraphe-trop-long"
    # the thresholds in force, as a reader reads them, not the parameters' names
    assert str005["shortDescription"]["text"] == "Aucun paragraphe ne dépasse 150 mots."
    assert by_id["KW003"]["shortDescription"]["text"] == "L’expression clé fait entre 0,5 et 3 % des mots."
    assert by_id["KW004"]["help"]["text"].startswith("L’expression clé figure dans 30 % à 75 % des sous-titres")
    assert "Yoast" in str005["fullDescription"]["text"] and "Yoast" in str005["help"]["text"]
    assert str005["defaultConfiguration"]["level"] == "warning"
    assert by_id["LEN001"]["defaultConfiguration"]["level"] == "error"


def test_results_locations_and_levels(reports):
    run = sarif.sarif_log(reports, load_ruleset("default"), "0.1.0")["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["LEN001", "STR005", "TTL002", "MET001"]
    assert [r["level"] for r in results] == ["error", "warning", "note", "error"]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    whole_file = results[0]["locations"][0]["physicalLocation"]
    assert whole_file["artifactLocation"] == {"uri": "blog/%C3%A9t%C3%A9%202024.md", "uriBaseId": "%SRCROOT%"}
    assert whole_file["region"] == {"startLine": 1}
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 12, "startColumn": 3, "endLine": 14, "endColumn": 20,
                      "snippet": {"text": "Le tri des déchets…"}}
    assert results[1]["message"]["text"].startswith("Paragraphe de 180 mots")
    assert results[1]["properties"] == {"value": 180, "threshold": 150}


def test_unreadable_file_is_a_notification(reports):
    invocation = sarif.sarif_log(reports, load_ruleset("default"), "0.1.0")["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "introuvable" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/absent.md"


def test_deterministic(reports):
    ruleset = load_ruleset("default")
    assert sarif.render(reports, ruleset, "0.1.0") == sarif.render(reports, ruleset, "0.1.0")


def test_disabled_rule_is_listed_with_level_none(tmp_path):
    from seo_audit.config import load_config

    path = tmp_path / "seo-audit.toml"
    path.write_text('ignore = ["STR005"]\n', encoding="utf-8")
    ruleset = load_config(path).ruleset_for("-")
    document = sarif.sarif_log([], ruleset, "0.1.0")
    validate(document)
    by_id = {r["id"]: r for r in document["runs"][0]["tool"]["driver"]["rules"]}
    assert by_id["STR005"]["defaultConfiguration"] == {"level": "none", "enabled": False,
                                                         "parameters": {"max_words": 150}}
