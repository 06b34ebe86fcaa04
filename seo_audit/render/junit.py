"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure…).

    <testsuites name="seo-audit" tests="…" failures="…" errors="…">
      <testsuite name="content/a.md" tests="5" failures="1" errors="0" skipped="0">
        <testcase classname="content/a.md" name="STR Structure">
          <failure type="warning" message="1 constat : STR005">STR005 warning 12:1 Paragraphe de 180 mots… → Coupez…</failure>
        </testcase>
        …

One test suite per file, one test case per rule family that ran on it. A family fails
when it has a finding at or above the `--fail-on` level (so the JUnit report and the exit
code agree); findings below that level are listed in the test case's `<system-out>`.
An unreadable file is a test case named « lecture » with an `<error>`. No timestamps nor
durations, so the output is deterministic.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..report import SEVERITIES, FileReport, Finding, FAMILY_NAMES, family_of, severity_rank
from .safe import clean_reports



def _line(finding: Finding) -> str:
    where = f"{finding.line}:{finding.column or 1}" if finding.line else "-"
    return f"{finding.code} {finding.severity} {where} {finding.one_line_message()} → {finding.advice}"


def _failing(finding: Finding, fail_on: str) -> bool:
    return fail_on != "never" and severity_rank(finding.severity) >= severity_rank(fail_on)


def _clean(text: str) -> str:
    """XML 1.0 forbids most control characters, even escaped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def suites_element(reports: Sequence[FileReport], fail_on: str = "error") -> ET.Element:
    root = ET.Element("testsuites", name="seo-audit")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for report in clean_reports(reports):  # well-formed XML whatever the text
        suite = ET.SubElement(root, "testsuite", name=_clean(report.path))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if report.error:
            case = ET.SubElement(suite, "testcase", classname=_clean(report.path), name="lecture")
            error = ET.SubElement(case, "error", type="input-error", message=_clean(report.error))
            error.text = _clean(report.error)
            counts["tests"] += 1
            counts["errors"] += 1
        else:
            families = sorted({family_of(code) for code in report.outcomes}
                              | {family_of(f.code) for f in report.findings},
                              key=lambda f: (list(FAMILY_NAMES).index(f) if f in FAMILY_NAMES else 99, f))
            for family in families:
                name = f"{family} {FAMILY_NAMES[family]}" if family in FAMILY_NAMES else family
                case = ET.SubElement(suite, "testcase", classname=_clean(report.path), name=name)
                counts["tests"] += 1
                findings = [f for f in report.findings if family_of(f.code) == family]
                failing = [f for f in findings if _failing(f, fail_on)]
                others = [f for f in findings if not _failing(f, fail_on)]
                if failing:
                    codes = sorted({f.code for f in failing})
                    worst = max((f.severity for f in failing), key=SEVERITIES.index)
                    label = "constat" if len(failing) == 1 else "constats"
                    failure = ET.SubElement(case, "failure", type=worst,
                                            message=f"{len(failing)} {label} : {', '.join(codes)}")
                    failure.text = _clean("\n".join(_line(f) for f in failing))
                    counts["failures"] += 1
                if others:
                    out = ET.SubElement(case, "system-out")
                    out.text = _clean("\n".join(_line(f) for f in others))
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", str(counts["errors"]))
        suite.set("skipped", "0")
        for key in totals:
            totals[key] += counts[key]
    for key, value in totals.items():
        root.set(key, str(value))
    return root


def render(reports: Sequence[FileReport], fail_on: str = "error") -> str:
    tree = suites_element(reports, fail_on)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode") + "\n"
