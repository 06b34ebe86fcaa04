"""TYP rules on the corpus: findings per 10 000 words, per rule and per slice, to decide
which typography rules are quiet enough on clean human prose to be on by default.

    python benchmarks/typography_alarms.py [CORPUS] [--sample N]

Slices: beta.gouv.fr blog posts and product pages (human, edited), Wikinews (human,
edited), and the mission article (machine-translated, scraped: the traces the rules are
for). On the human slices every finding is a candidate false alarm; `--sample N`
prints N findings per rule and slice to read by hand.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_CORPUS  # noqa: E402

from seo_audit.audit import Options, audit_many  # noqa: E402
from seo_audit.ruleset import RuleSet, load_ruleset  # noqa: E402

CODES = ("TYP001", "TYP002", "TYP003", "TYP004", "TYP005")


def slices(corpus: Path) -> dict[str, list[str]]:
    return {
        "beta blog": sorted(str(p) for p in (corpus / "beta" / "blog").glob("*.md")),
        "beta startups": sorted(str(p) for p in (corpus / "beta" / "startups").glob("*.md")),
        "wikinews": sorted(str(p) for p in (corpus / "wikinews-fr" / "docs").glob("*.txt")),
        "mission": sorted(str(p) for p in (corpus / "mission").glob("biden*.txt")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    full = load_ruleset("typographie")
    kept = {code: s for code, s in full.settings.items() if code.startswith(("TYP", "LEN", "LNG001"))}
    ruleset = RuleSet(full.name, full.sources, kept)
    print(f"{'slice':<15}{'files':>6}{'words':>9}  " + "".join(f"{c:>9}" for c in CODES))
    for name, paths in slices(args.corpus).items():
        counts: Counter[str] = Counter()
        words = 0
        samples: dict[str, list[str]] = {}
        for report in audit_many(paths, Options(ruleset=ruleset)):
            if report.error:
                continue
            words += int(report.metrics.get("words") or 0)
            for f in report.findings:
                if f.code in CODES:
                    counts[f.code] += 1
                    samples.setdefault(f.code, []).append(
                        f"{Path(report.path).name}:{f.line}: {f.message} « {(f.excerpt or '')[:90]} »")
        rates = "".join(f"{10000 * counts[c] / max(words, 1):9.1f}" for c in CODES)
        print(f"{name:<15}{len(paths):>6}{words:>9}  {rates}   (per 10 000 words)")
        print(f"{'':<30}  " + "".join(f"{counts[c]:>9}" for c in CODES) + "   (findings)")
        for code in CODES:
            for line in samples.get(code, [])[: args.sample]:
                print(f"    {code} {line}")


if __name__ == "__main__":
    main()
