"""JSON output: one documented, versioned schema, byte-identical for identical input.

Schema (version 1.2)::

    {
      "schema_version": "1.2",
      "tool": {"name": "seo-audit", "version": "0.1.0"},
      "ruleset": {"name": "default", "sources": ["rules/default.toml"]},
      "summary": {"files": 1, "input_errors": 0,
                  "findings": {"error": 2, "warning": 36, "info": 2},
                  "problems": {"error": 2, "warning": 11, "info": 2}},
      "files": [
        {"path": "article.md", "error": null,
         "title": "…", "keyphrase": "Poutine", "keyphrase_suggested": true,
         "keyphrase_alternatives": ["Russie", "responsables américains", …],
         "keywords": [{"rank": 1, "text": "Poutine", "score": 0.0136, "count": 12}, …],
         "scores": {"seo": 70, "readability": null},
         "metrics": {"words": 774, "sentences": 28, …},
         "outcomes": {"LEN001": "pass", "MET002": "skip", …},
         "limits": {"RDB002": {"max_words": 20, "max_share": 25.0}, …},
         "findings": [
           {"code": "TTL002", "name": "longueur-titre", "family": "TTL",
            "severity": "warning", "message": "…", "advice": "…",
            "line": 1, "column": 1, "end_line": 1, "end_column": 111,
            "excerpt": "…", "value": 110, "threshold": 60}
         ]}
      ]
    }

Files keep the order of the command line; findings are sorted by line, column and code;
`line` and the other positions are null for findings about the whole file. A file that
could not be read has `error` set and no metrics. Positions are 1-based; columns count
Unicode code points. `keyphrase` is the one given, or else the one suggested from the
text (`keyphrase_suggested` true); `keyphrase_alternatives` (four at most) and
`keywords` (cleaned YAKE keywords: rank from 1, score lower is better, occurrences) are
filled only for a suggested keyphrase, and are empty lists otherwise.

Every occurrence is a finding: a rule about a share of the text (RDB002 long sentences,
RDB003 passive voice) gives one finding for the whole file (positions null, `value` the
share, `threshold` the limit) and one finding per occurrence (each long sentence, each
passive sentence located on its verb group); LNG002 gives one per foreign passage.
`limits` holds the parameters each rule that ran was judged by.

`summary.findings` counts every finding of `files[].findings` (and SARIF's results);
`summary.problems` counts as the terminal's last line does (`report.problems`): a share
is one problem, the occurrences it lists being its evidence; a rule without a share
counts each occurrence.

Changes: 1.2 (from 1.1) — `summary.problems` added; nothing else changes.
1.1 (from 1.0) — every occurrence is reported (1.0 listed at most five, with
the share attached to the first); the share is a file-level finding of its own; RDB003
is located on the passive verb group and RDB005 on the repeated opening, not the whole
sentence; `limits` added.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..checks import all_rules
from ..report import FileReport, family_of, problems, severity_counts
from ..ruleset import RuleSet
from .safe import clean_reports, json_text

SCHEMA_VERSION = "1.2"


def file_dict(report: FileReport) -> dict[str, Any]:
    rules = all_rules()
    return {
        "path": report.path,
        "error": report.error,
        "title": report.title,
        "keyphrase": report.keyphrase,
        "keyphrase_suggested": report.keyphrase_suggested,
        "keyphrase_alternatives": report.keyphrase_alternatives,
        "keywords": report.keywords,
        "scores": report.scores if report.error is None else None,
        "metrics": report.metrics,
        "outcomes": dict(sorted(report.outcomes.items())),
        "limits": report.limits,
        "findings": [
            {
                "code": f.code,
                "name": rules[f.code].name if f.code in rules else None,
                "family": family_of(f.code),
                "severity": f.severity,
                "message": f.message,
                "advice": f.advice,
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "excerpt": f.excerpt,
                "value": f.value,
                "threshold": f.threshold,
            }
            for f in report.findings
        ],
    }


def report_data(reports: Sequence[FileReport], ruleset: RuleSet, version: str) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "seo-audit", "version": version},
        "ruleset": {"name": ruleset.name, "sources": ruleset.sources},
        "summary": {"files": len(reports), "input_errors": sum(1 for r in reports if r.error),
                    "findings": severity_counts(f for r in reports for f in r.findings),
                    "problems": severity_counts(f for r in reports for f in problems(r.findings))},
        "files": [file_dict(r) for r in clean_reports(reports, bidi=False)],
    }


def render(reports: Sequence[FileReport], ruleset: RuleSet, version: str) -> str:
    return json_text(json.dumps(report_data(reports, ruleset, version), ensure_ascii=False, indent=2)) + "\n"
