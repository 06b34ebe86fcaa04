"""JSON, SARIF, GitHub and JUnit carry every occurrence of a rule about a share of the
text, plus the share itself as a file-level result; checked on an article counted by hand
(fixtures/quartier-passifs-phrases-longues.txt: 15 sentences, 7 passive, 6 long)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from conftest import FIXTURES
from helpers import validate

from seo_audit.cli import main

ARTICLE = str(FIXTURES / "quartier-passifs-phrases-longues.txt")
#: by hand: each passive verb group in reading order, and each long sentence's words
PASSIVES = ["a été prise", "sera publié", "ont été annoncés", "a été construit", "fut votée",
            "sont accompagnés", "a été réduit"]
LONG_WORDS = [24, 23, 22, 23, 23, 24]


def _run(capsys, fmt: str) -> str:
    main(["check", ARTICLE, "--format", fmt, "--no-cache", "-j", "1"])
    return capsys.readouterr().out


def test_json_has_the_share_and_every_passive_and_long_sentence(capsys):
    findings = json.loads(_run(capsys, "json"))["files"][0]["findings"]
    passive = [f for f in findings if f["code"] == "RDB003"]
    long = [f for f in findings if f["code"] == "RDB002"]
    (share,) = [f for f in passive if f["line"] is None]
    assert share["value"] == 46.7 and share["threshold"] == 10.0 and "(7 sur 15" in share["message"]
    located = [f for f in passive if f["line"] is not None]
    assert [f["message"].split("« ")[1].split(" »")[0] for f in located] == PASSIVES
    (share,) = [f for f in long if f["line"] is None]
    assert share["value"] == 40.0 and "(6 sur 15" in share["message"]
    assert [f["value"] for f in long if f["line"] is not None] == LONG_WORDS


def test_sarif_has_every_occurrence_and_stays_valid(capsys):
    document = json.loads(_run(capsys, "sarif"))
    validate(document)
    results = document["runs"][0]["results"]
    passive = [r for r in results if r["ruleId"] == "RDB003"]
    assert len(passive) == 1 + len(PASSIVES)
    snippets = [r["locations"][0]["physicalLocation"]["region"].get("snippet", {}).get("text") for r in passive]
    assert snippets[1:] == PASSIVES  # the region is the verb group itself
    assert len([r for r in results if r["ruleId"] == "RDB002"]) == 1 + len(LONG_WORDS)


def test_github_and_junit_have_every_occurrence(capsys):
    lines = _run(capsys, "github").splitlines()
    assert sum("title=RDB003" in line for line in lines) == 1 + len(PASSIVES)
    assert sum("title=RDB002" in line for line in lines) == 1 + len(LONG_WORDS)
    tree = ET.fromstring(_run(capsys, "junit"))
    lines = [line for out in tree.iter("system-out") for line in (out.text or "").splitlines()]
    assert sum(line.startswith("RDB003 warning") for line in lines) == 1 + len(PASSIVES)
    assert sum(line.startswith("RDB002 warning") for line in lines) == 1 + len(LONG_WORDS)
