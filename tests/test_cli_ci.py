"""The CI gate end to end: a content repository with a seo-audit.toml, run in-process."""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from seo_audit.checks import all_rules
from seo_audit.cli import main
from conftest import problems

SENTENCES = [
    "Le tri des déchets au bureau commence par des poubelles bien placées.",
    "Chaque service choisit un référent qui rappelle les consignes aux nouveaux arrivants.",
    "Le papier part au recyclage, les gobelets jetables disparaissent peu à peu.",
    "Les imprimantes passent en recto verso par défaut, ce qui divise la consommation.",
    "Une fois par mois, l’équipe mesure le volume de la poubelle commune.",
]
DESCRIPTION = ("Trier, réutiliser, réparer : les gestes simples qui réduisent les déchets d’une équipe, "
               "de la poubelle commune aux imprimantes du bureau.")


def article(words: int, title: str = "Réduire ses déchets au bureau en cinq gestes", extra: str = "") -> str:
    sentences, count, i = [], 0, 0
    while count < words:
        sentence = SENTENCES[i % len(SENTENCES)]
        sentences.append(sentence)
        count += len(sentence.split())
        i += 1
    body = "\n\n".join(" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3))
    return f"---\ntitle: {title}\ndescription: \"{DESCRIPTION}\"\n---\n\n{extra}## Trier\n\n{body}\n"


CONFIG = """\
# explicit codes, so that rules added later to these families do not change the test
select = ["LEN001", "TTL001", "TTL002", "MET001", "MET002", "STR001", "STR003", "STR004", "STR005"]
ignore = ["STR004"]
fail-on = "error"
exclude = ["brouillons"]

[rules.LEN001]
min_words = 120

[[overrides]]
paths = ["news/**"]
[overrides.rules.LEN001]
min_words = 40
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    files = {
        "seo-audit.toml": CONFIG,
        "blog/long.md": article(130),
        "blog/court.md": article(50),                                   # LEN001 error (needs 120)
        "news/breve.md": article(50),                                   # news/** needs 40 only
        "blog/saut.md": article(130).replace("## Trier", "## Trier\n\n#### Détail"),  # STR004 ignored
        "blog/exception.md": article(50, extra="<!-- seo-audit: disable=LEN001 -->\n\n"),
        "blog/brouillons/draft.md": article(10),                        # excluded by the file
        "node_modules/pkg/README.md": article(10),                      # vendored: skipped
        ".github/modele.md": article(10),                               # hidden: skipped
        "blog/image.png": "pas un article",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def codes(data: dict) -> dict[str, list[str]]:
    return {f["path"]: sorted({x["code"] for x in f["findings"]}) for f in data["files"]}


def test_content_repository_resolved_findings_and_exit_code(repo, capsys):
    code, out, err = run(capsys, "check", ".", "--format", "json")
    assert err == ""
    data = json.loads(out)
    found = codes(data)
    assert list(found) == ["blog/court.md", "blog/exception.md", "blog/long.md", "blog/saut.md",
                           "news/breve.md"]
    assert found["blog/court.md"] == ["LEN001"]          # 50 words, 120 required
    assert found["news/breve.md"] == []                  # per-path override: 40 required
    assert found["blog/exception.md"] == []              # inline disable
    assert found["blog/saut.md"] == []                   # STR004 ignored in the file
    assert found["blog/long.md"] == []
    outcomes = data["files"][0]["outcomes"]
    assert set(outcomes) == {"LEN001", "TTL001", "TTL002", "MET001", "MET002", "STR001", "STR003", "STR005"}
    assert code == 1                                     # LEN001 is an error

    code, out, _ = run(capsys, "check", ".", "--format", "json", "--exclude", "court.md")
    assert code == 0 and "blog/court.md" not in codes(json.loads(out))
    code, _, _ = run(capsys, "check", ".", "--fail-on", "never")
    assert code == 0
    code, out, _ = run(capsys, "check", "blog/saut.md", "--format", "json", "--select", "STR004")
    assert code == 0 and codes(json.loads(out)) == {"blog/saut.md": ["STR004"]}
    code, out, _ = run(capsys, "check", "blog/saut.md", "--format", "json", "--no-config", "--select", "STR004",
                       "--fail-on", "warning")
    assert code == 1


def test_sarif_github_junit_and_quiet_on_the_repository(repo, capsys):
    from helpers import validate

    code, out, _ = run(capsys, "check", ".", "--format", "sarif")
    document = json.loads(out)
    validate(document)
    (result,) = document["runs"][0]["results"]
    assert result["ruleId"] == "LEN001"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "blog/court.md"
    assert code == 1

    _, out, _ = run(capsys, "check", ".", "--format", "github")
    assert out.startswith("::error file=blog/court.md,title=LEN001::L’article compte")

    _, out, _ = run(capsys, "check", ".", "--format", "junit")
    root = ET.fromstring(out.split("\n", 1)[1])
    assert len(root.findall("testsuite")) == 5 and root.get("failures") == "1"

    code, out, err = run(capsys, "check", "blog", "news", "--quiet")
    lines = out.splitlines()
    assert re.match(r"^blog/court\.md:1:1: LEN001 \[erreur\] L’article compte \d+ mots", lines[0])
    assert lines[-1] == "5 fichiers : 1 erreur, 0 avertissement, 0 info" and len(lines) == 2
    assert "\x1b[" not in out and code == 1 and err == ""


def test_output_file_and_no_colour(repo, capsys, monkeypatch):
    code, out, _ = run(capsys, "check", ".", "--format", "sarif", "--output", "seo.sarif")
    assert out == "" and code == 1
    assert json.loads((repo / "seo.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    _, out, _ = run(capsys, "check", "blog/court.md", "--color", "always")
    assert "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "check", "blog/court.md")
    assert "\x1b[" not in out


def test_pyproject_table_is_used(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.seo-audit]\nselect = ["LEN"]\n'
                                             '[tool.seo-audit.rules.LEN001]\nmin_words = 5\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(article(20), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", "a.md", "--format", "json")
    assert code == 0 and codes(json.loads(out)) == {"a.md": []}


@pytest.mark.parametrize("config, key", [
    ('[rules.ZZZ001]\nseverity = "error"\n', "rules.ZZZ001"),
    ("[rules.LEN001]\nmots = 3\n", "rules.LEN001.mots"),
    ('[rules.LEN001]\nmin_words = "beaucoup"\n', "rules.LEN001.min_words"),
    ('select = ["QQ"]\n', "select"),
])
def test_bad_configuration_is_one_sentence_and_exit_2(repo, capsys, config, key):
    (repo / "seo-audit.toml").write_text(config, encoding="utf-8")
    code, out, err = run(capsys, "check", ".")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "seo-audit.toml" in lines[0] and key in lines[0]
    assert "Traceback" not in err


def test_missing_config_flag_file_and_unknown_select_flag_exit_2(repo, capsys):
    code, _, err = run(capsys, "check", ".", "--config", "absent.toml")
    assert code == 2 and "absent.toml" in err
    code, _, err = run(capsys, "check", ".", "--select", "NOPE1")
    assert code == 2 and "NOPE1" in err


def test_config_command_prints_the_resolved_configuration(repo, capsys):
    code, out, _ = run(capsys, "config")
    data = tomllib.loads(out)
    assert code == 0 and str(repo / "seo-audit.toml") in out
    assert data["fail-on"] == "error" and data["rules"]["LEN001"]["min_words"] == 120
    assert data["rules"]["STR004"]["severity"] == "off"
    _, out, _ = run(capsys, "config", "news/breve.md", "--fail-on", "warning")
    data = tomllib.loads(out)
    assert data["rules"]["LEN001"]["min_words"] == 40 and data["fail-on"] == "warning"


def test_rule_documentation_has_every_part(capsys):
    code, out, _ = run(capsys, "rule", "str005")
    assert code == 0
    for part in ("STR005 — paragraphe-trop-long", "Ce que la règle vérifie", "Pourquoi",
                 "Valeurs par défaut", "max_words = 150", "Configurer", "[rules.STR005]",
                 "disable-next=STR005", "Exemple qui la déclenche", "Source des seuils",
                 "max_words : Yoast SEO, longueur des paragraphes"):
        assert part in out, part
    _, out, _ = run(capsys, "rules")
    assert re.search(r"^LEN001\s+erreur\s+texte-trop-court", out, re.MULTILINE)


RUNNABLE_EXAMPLES = ["LEN001", "TTL001", "TTL002", "TTL003", "MET001", "MET002", "STR003", "STR004"]


@pytest.mark.parametrize("code", RUNNABLE_EXAMPLES)
def test_rule_examples_trigger_their_rule(code):
    example = all_rules()[code].example
    assert example and problems(code, example, "markdown")


def test_pre_commit_hooks_file():
    import yaml

    hooks = yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {hook["id"]: hook for hook in hooks}
    assert "seo-audit" in ids
    hook = ids["seo-audit"]
    assert hook["entry"].startswith("seo-audit check") and hook["language"] == "python"
    assert re.search(hook["files"], "content/a.md") and not re.search(hook["files"], "a.py")
