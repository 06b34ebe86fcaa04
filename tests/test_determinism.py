"""Determinism: the same input and configuration give byte-identical JSON and SARIF across
runs, `--jobs` values and `PYTHONHASHSEED` values (issue 8).

Runs in this process (whose hash seed is random unless PYTHONHASHSEED is set) with
`--jobs 1` and `--jobs 2` (forked workers) are compared with a fresh interpreter (the
command line's `main`, as `python -m seo_audit` runs it) under another PYTHONHASHSEED.
To keep the cost to one model load, every run but the first audits once: its JSON is
computed afresh into an empty cache, and its SARIF is rendered (in the same interpreter,
under the same seed) from that cache; the first run computes both afresh
(`--no-cache`), so the cache round trip is compared with fresh work too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seo_audit.cli import main

from conftest import FIXTURES
from helpers import ENGLISH, MIXED

NAMES = ["biden-canal-retour-russie.txt", "2017-05-03-mes-aides-datascience-public.md",
         "wikinews-44046.txt", "wikinews-44269.html"]

SCRIPT = """
import sys
from seo_audit.cli import main
jobs, out = sys.argv[1], sys.argv[2]
for fmt in ("json", "sarif"):
    code = main(["check", "--cache-dir", f"{out}-cache", "--rules", "typographie", "--jobs", jobs,
                 "--format", fmt, "-o", f"{out}.{fmt}", *sys.argv[3:]])
    assert code in (0, 1, 2), code
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("determinisme")
    for name in NAMES:
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "anglais.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "melange.md").write_bytes(MIXED.encode("utf-8"))
    return folder, [*NAMES, "anglais.txt", "melange.md", "absent.md"]


def _in_process(folder: Path, names: list[str], jobs: str, out: str, monkeypatch, cache: bool) -> None:
    monkeypatch.chdir(folder)
    for fmt in ("json", "sarif"):
        main(["check", *(["--cache-dir", f"{out}-cache"] if cache else ["--no-cache"]),
              "--rules", "typographie", "--jobs", jobs, "--format", fmt, "-o", f"{out}.{fmt}", *names])


def _fresh_interpreter(folder: Path, names: list[str], seed: str, jobs: str, out: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT, jobs, out, *names], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def test_json_and_sarif_are_byte_identical_across_runs_jobs_and_hash_seeds(corpus, monkeypatch):
    folder, names = corpus
    here = os.environ.get("PYTHONHASHSEED")  # unset: this process's seed is random
    other = "4242" if here == "0" else "0"
    _in_process(folder, names, "1", "ici-jobs-1", monkeypatch, cache=False)
    _in_process(folder, names, "2", "ici-jobs-2", monkeypatch, cache=True)  # forked workers
    _fresh_interpreter(folder, names, other, "1", f"graine-{other}")
    runs = ("ici-jobs-1", "ici-jobs-2", f"graine-{other}")
    for fmt in ("json", "sarif"):
        outputs = {run: (folder / f"{run}.{fmt}").read_bytes() for run in runs}
        reference = outputs["ici-jobs-1"]
        assert b'"absent.md' in reference and len(reference) > 10_000
        for run, data in outputs.items():
            assert data == reference, f"{fmt} de {run} diffère de celui du premier passage"


def test_hash_seed_really_differs_in_a_fresh_interpreter():
    """The comparison above means something: string hashing, hence set order, changes."""
    script = "print(hash('seo-audit'))"
    seeds = {subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                            capture_output=True, text=True).stdout for seed in ("0", "4242")}
    assert len(seeds) == 2
