"""--timeout-per-file: a pathological file is an input error and the batch goes on.

Slowness is injected (a rule, the parse, the reader that compute without end on a marked
article); no test asserts how long real work takes. The bound counts CPU time, so the
injected slowness burns CPU (a sleep costs none and is never stopped). The bound used here
(1.5 s of CPU) only has to exceed what an ordinary short article needs for one step once
the model is loaded (milliseconds).
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import signal
import time
from pathlib import Path

import pytest

import seo_audit.nlp as nlp_module
from seo_audit.audit import Options, audit_many, evaluate
from seo_audit.checks import REGISTRY, all_rules
from seo_audit.cli import main
from seo_audit.nlp import annotate
from seo_audit.readers import parse
from seo_audit.engine.timelimit import FileTimeout, available, time_limit

audit_module = importlib.import_module("seo_audit.audit")  # `seo_audit.audit` is also a function
pytestmark = pytest.mark.skipif(not available(), reason="no CPU-time interval timer here")

BOUND = 1.5
MARK = "LENTEUR"
TEXT = ("Le conseil municipal a voté le budget mardi soir. Les travaux de l’école commenceront "
        "en juillet, et la cantine rouvrira à la rentrée.\n")


def _burn(seconds: float) -> None:
    """Compute for `seconds` of CPU time (a stuck step); only a timer can end it sooner."""
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass


def _stuck_if_marked(text: str) -> None:
    if MARK in text:
        _burn(60)  # far beyond the bound: only the timer can end it


@pytest.fixture
def files(tmp_path: Path, monkeypatch) -> list[str]:
    names = ["a.txt", "b.txt", "lent.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_text(TEXT + (f"\n{MARK} ici.\n" if name == "lent.txt" else ""),
                                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # the model is loaded and the rules' lazy imports done before any bound
    evaluate(annotate(parse(TEXT, "chaud.txt", "text")), Options())
    return names


@pytest.fixture
def slow_rule(monkeypatch):
    all_rules()
    original = REGISTRY["LEN001"]

    def check(ctx, params):
        _stuck_if_marked(ctx.article.source)
        return original.check(ctx, params)

    monkeypatch.setitem(REGISTRY, "LEN001", dataclasses.replace(original, check=check))


def _batch(names: list[str], capsys, *extra: str) -> tuple[int, dict, str]:
    code = main(["check", *names, "--format", "json", "--no-cache", "--timeout-per-file", str(BOUND), *extra])
    out = capsys.readouterr()
    return code, {f["path"]: f for f in json.loads(out.out)["files"]}, out.err


def _assert_only_slow_file_failed(code: int, files: dict, err: str, step: str) -> None:
    assert code == 2
    assert list(files) == ["a.txt", "b.txt", "lent.txt", "c.txt"]
    assert files["lent.txt"]["error"] == (
        f"lent.txt : délai dépassé : plus de {BOUND:g} s de calcul pour {step} ; le fichier est ignoré "
        "(augmentez --timeout-per-file si c’est vraiment un article).")
    for name in ("a.txt", "b.txt", "c.txt"):
        assert files[name]["error"] is None and files[name]["outcomes"]["LEN001"] == "fail"
    assert err.splitlines() == [f"seo-audit : {files['lent.txt']['error']}"]


def test_slow_rule_is_reported_and_the_batch_goes_on(files, slow_rule, capsys):
    code, found, err = _batch(files, capsys, "--jobs", "1")
    _assert_only_slow_file_failed(code, found, err, "appliquer les règles")


def test_slow_rule_in_a_worker_process(files, slow_rule, capsys):
    """With --jobs 2 each worker bounds its own files (the workers are forked, so they
    inherit the injected rule)."""
    code, found, err = _batch(files, capsys, "--jobs", "2")
    _assert_only_slow_file_failed(code, found, err, "appliquer les règles")


@pytest.fixture
def slow_parse(monkeypatch) -> list[int]:
    """The pipeline is stuck on a batch holding a marked article; returns the batch sizes."""
    real_load = nlp_module.load
    piped: list[int] = []

    class SlowPipeline:
        def __init__(self, nlp):
            self.nlp, self.pipe_names, self.max_length = nlp, nlp.pipe_names, nlp.max_length

        def pipe(self, items, **kwargs):
            items = list(items)
            piped.append(len(items))
            for text, _ in items:
                _stuck_if_marked(text)
            return self.nlp.pipe(items, **kwargs)

    monkeypatch.setattr(nlp_module, "load", lambda exclude=(): SlowPipeline(real_load(exclude)))
    return piped


def test_slow_parse_is_retried_alone_and_only_that_file_fails(files, slow_parse, capsys):
    code, found, err = _batch(files, capsys, "--jobs", "1")
    _assert_only_slow_file_failed(code, found, err, "analyser le texte (spaCy)")
    assert slow_parse == [4, 1, 1, 1, 1]  # the batch, then each article again, alone


def test_slow_parse_of_a_single_file_is_not_tried_twice(files, slow_parse, capsys):
    code, found, err = _batch(["lent.txt"], capsys, "--jobs", "1")
    assert code == 2 and "analyser le texte (spaCy)" in found["lent.txt"]["error"]
    assert slow_parse == [1]


def test_slow_read_is_reported(files, monkeypatch, capsys):
    real = audit_module.read_path

    def read_path(path, max_bytes):
        article = real(path, max_bytes)
        _stuck_if_marked(article.source)
        return article

    monkeypatch.setattr(audit_module, "read_path", read_path)
    code, found, err = _batch(files, capsys, "--jobs", "1")
    _assert_only_slow_file_failed(code, found, err, "lire le fichier")


def test_no_bound_by_default_in_the_library(files, slow_rule, monkeypatch):
    """`Options.timeout` is None for library callers: no signal handler is installed."""
    installed = []
    monkeypatch.setattr(signal, "signal", lambda *a: installed.append(a))
    reports = list(audit_many(["a.txt", "c.txt"], Options()))
    assert [r.error for r in reports] == [None, None] and installed == []


def test_zero_disables_the_bound_and_bad_values_are_usage_errors(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["check", "a.txt", "--timeout-per-file", "-1"])
    assert stopped.value.code == 2
    assert "--timeout-per-file" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "a.txt", "--timeout-per-file", "nan"])


# -- the timer itself -------------------------------------------------------------------------

def test_time_limit_interrupts_and_restores_the_previous_handler():
    previous = signal.getsignal(signal.SIGPROF)
    with pytest.raises(FileTimeout):
        with time_limit(0.05):
            _burn(30)
    assert signal.getsignal(signal.SIGPROF) is previous
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_time_limit_counts_cpu_time_not_waiting():
    """On a loaded machine a step waits for a core; the wall-clock bound failed such files.
    A step that waits without computing (here: sleeps five times the bound) is not stopped;
    one that computes as long is."""
    with time_limit(0.1):
        time.sleep(0.5)
    start = time.process_time()
    with pytest.raises(FileTimeout):
        with time_limit(0.1):
            _burn(30)
    assert time.process_time() - start < 5


def test_time_limit_is_raised_even_when_the_code_swallows_it():
    with pytest.raises(FileTimeout):
        with time_limit(0.05):
            try:
                _burn(30)
            except BaseException:  # noqa: BLE001 — what careless code might do
                pass


def test_time_limit_without_bound_and_fast_code():
    with time_limit(None):
        pass
    with time_limit(5):
        value = sum(range(10))
    assert value == 45 and signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_time_limit_rearms_a_callers_timer():
    rang = []
    previous = signal.signal(signal.SIGPROF, lambda *a: rang.append(1))
    try:
        signal.setitimer(signal.ITIMER_PROF, 30)
        with time_limit(5):
            pass
        left, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 20 < left <= 30.1 and not rang  # the CPU clock ticks in milliseconds
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
