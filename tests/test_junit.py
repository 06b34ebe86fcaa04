"""JUnit XML: one test suite per file, one test case per rule family, failures for findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from seo_audit.render import junit
from seo_audit.report import FileReport, Finding


def reports() -> list[FileReport]:
    return [
        FileReport(path="blog/a.md", findings=[
            Finding("LEN001", "error", "L’article compte 12 mots.", "Développez."),
            Finding("STR005", "warning", "Paragraphe de 180 mots.", "Coupez.", 12, 3, 12, 40),
            Finding("STR002", "warning", "Section trop longue.", "Ajoutez un sous-titre.", 10, 1, 10, 8),
        ], outcomes={"LEN001": "fail", "STR002": "fail", "STR005": "fail", "STR001": "pass",
                     "TTL001": "pass", "MET002": "skip"}),
        FileReport(path="blog/b.md", outcomes={"LEN001": "pass", "TTL001": "pass"}),
        FileReport(path="absent.md", error="absent.md : fichier introuvable."),
    ]


def test_documented_shape_and_counts():
    text = junit.render(reports())
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    root = ET.fromstring(text.split("\n", 1)[1])
    assert root.tag == "testsuites" and root.get("name") == "seo-audit"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["blog/a.md", "blog/b.md", "absent.md"]
    a = suites[0]
    assert [c.get("name") for c in a.findall("testcase")] == ["LEN Longueur", "TTL Titre", "MET Meta description",
                                                               "STR Structure"]
    assert all(c.get("classname") == "blog/a.md" for c in a.findall("testcase"))
    assert (a.get("tests"), a.get("failures"), a.get("errors"), a.get("skipped")) == ("4", "1", "0", "0")
    (failure,) = a.findall(".//failure")
    assert failure.get("type") == "error" and "LEN001" in failure.get("message")
    assert "LEN001 error - L’article compte 12 mots." in failure.text
    structure = a.find("testcase[@name='STR Structure']")
    assert structure.find("failure") is None          # warnings are below --fail-on error
    assert "STR002 warning 10:1" in structure.find("system-out").text
    assert suites[1].get("failures") == "0" and len(suites[1].findall("testcase")) == 2
    error = suites[2].find("testcase/error")
    assert suites[2].find("testcase").get("name") == "lecture" and "introuvable" in error.get("message")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("7", "1", "1")


def test_fail_on_warning_makes_warnings_failures():
    root = ET.fromstring(junit.render(reports(), fail_on="warning").split("\n", 1)[1])
    structure = root.find("testsuite/testcase[@name='STR Structure']")
    failure = structure.find("failure")
    assert failure.get("message") == "2 constats : STR002, STR005" and failure.get("type") == "warning"
    assert root.get("failures") == "2"


def test_control_characters_are_removed_and_output_is_deterministic():
    report = FileReport(path="a.md", findings=[Finding("LEN001", "error", "Bip\x07 <&>", "Ok.")],
                        outcomes={"LEN001": "fail"})
    text = junit.render([report])
    assert "\x07" not in text and "&lt;&amp;&gt;" in text
    ET.fromstring(text.split("\n", 1)[1])
    assert text == junit.render([report])
