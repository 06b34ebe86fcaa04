"""Issue #15, items 7–9: the result cache is a hint, never an authority. A tampered, planted
or raced entry never reaches a page live, never suppresses findings, never crashes a run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from seo_audit.engine import cache as cache_module
from seo_audit.audit import Options
from seo_audit.engine.cache import ResultCache
from seo_audit.cli import main
from seo_audit.engine.parallel import audit_paths
from seo_audit.render import html as html_render
from seo_audit.report import FileReport, Finding
from seo_audit.ruleset import load_ruleset

from conftest import FIXTURES, html5

REFRESH = 'x"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:8765/">'


@pytest.fixture
def primed(tmp_path: Path) -> tuple[Path, Path, Path]:
    """An article, its cache folder with one entry for it, and that entry's file."""
    article = tmp_path / "article.txt"
    shutil.copy(FIXTURES / "biden-canal-retour-russie.txt", article)
    store = tmp_path / "cache"
    assert main(["check", str(article), "-j", "1", "-f", "json", "--cache-dir", str(store)]) in (0, 1)
    entry = next(store.rglob("*.json"))
    return article, store, entry


def _entry(path: Path) -> dict:
    return json.loads(path.read_bytes().partition(b"\n")[2])


def _sign(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(cache_module._mac(text).encode() + b"\n" + text)


def _tamper(report: dict, how: str) -> None:
    finding = report["findings"][0]
    if how == "outcome-injection":
        report["outcomes"][next(iter(report["outcomes"]))] = REFRESH
    elif how == "unknown-severity":
        finding["severity"] = "critical"
    elif how == "line-as-text":
        finding["line"] = "3"
    elif how == "other-path":
        report["path"] = "planté-ailleurs.md"
    elif how == "suppressed-findings":
        report["findings"] = []
        report["outcomes"] = {code: "pass" for code in report["outcomes"]}
        report["path"] = report["path"] + " "
    elif how == "unknown-code":
        finding["code"] = "XSS001"
    elif how == "block-kind":
        report["document"]["blocks"][0]["kind"] = REFRESH
    elif how == "metric-object":
        report["metrics"]["words"] = {"a": 1}


@pytest.mark.parametrize("how", ["outcome-injection", "unknown-severity", "line-as-text", "other-path",
                                 "suppressed-findings", "unknown-code", "block-kind", "metric-object"])
@pytest.mark.parametrize("fmt", ["html", "sarif", "github", "json"])
def test_a_tampered_entry_is_a_miss_even_when_signed(primed, how, fmt, tmp_path, capsys):
    article, store, entry = primed
    data = _entry(entry)
    _tamper(data["report"], how)
    _sign(entry, data)  # even an attacker who had the key gets no further than the schema
    out = tmp_path / f"out.{fmt}"
    capsys.readouterr()
    code = main(["check", str(article), "-j", "1", "-f", fmt, "--cache-dir", str(store), "-o", str(out)])
    assert code in (0, 1), capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "127.0.0.1:8765" not in text and "planté-ailleurs" not in text and "XSS001" not in text
    if fmt == "html":
        html5(text)
    assert _entry(entry)["report"] != data["report"]  # rewritten by the fresh audit


def test_an_unsigned_entry_is_a_miss(primed, tmp_path):
    article, store, entry = primed
    data = _entry(entry)
    data["report"]["findings"] = []
    entry.write_bytes(b"0" * 64 + b"\n" + json.dumps(data).encode())
    cache = ResultCache(store)
    reports = list(audit_paths([str(article)], Options(), cache=cache))
    assert cache.hits == 0 and reports[0].findings


def test_entries_planted_in_the_repository_are_not_read_by_default(primed, tmp_path, monkeypatch, capsys):
    """The default cache is in the user's cache folder, not in the audited folder."""
    article, store, entry = primed
    monkeypatch.chdir(tmp_path)
    assert cache_module.default_directory() != Path(".seo-audit-cache").resolve()
    assert not str(cache_module.default_directory()).startswith(str(tmp_path))
    assert main(["check", str(article), "-j", "1", "-f", "json"]) in (0, 1)
    assert (cache_module.default_directory() / "key").stat().st_mode & 0o077 == 0
    assert not (tmp_path / ".seo-audit-cache").exists()


def test_every_value_is_escaped_in_the_page_whatever_its_origin():
    """A report built by a library caller (no cache at all) with hostile values."""
    finding = Finding(code="STR005", severity="warning", message=REFRESH, advice=REFRESH, line=1, column=1, excerpt=REFRESH)
    report = FileReport(path=REFRESH, findings=[finding], outcomes={"STR005": REFRESH, "LEN001": REFRESH},  # type: ignore[dict-item]
                        title=REFRESH, keyphrase=REFRESH)
    for page in (html_render.render([report], load_ruleset("default"), "t"),
                 html_render.render_index([report], ["a.html"], "t")):
        assert "<meta http-equiv=\"refresh\"" not in page
        html5(page)


def test_key_and_audit_come_from_the_same_bytes(tmp_path, monkeypatch):
    """A file changed between the cache lookup and the audit: the report cached under the
    old bytes' key must be the report of those old bytes (item 8)."""
    import seo_audit.engine.parallel as parallel

    article = tmp_path / "a.txt"
    shutil.copy(FIXTURES / "biden-canal-retour-russie.txt", article)
    original = article.read_bytes()
    real_misses = parallel._audit_misses

    def swap_then_audit(*args, **kwargs):
        article.write_text("Texte remplacé pendant le lot, tout autre chose.\n", encoding="utf-8")
        yield from real_misses(*args, **kwargs)

    monkeypatch.setattr(parallel, "_audit_misses", swap_then_audit)
    store = ResultCache(tmp_path / "cache")
    first = list(audit_paths([str(article)], Options(), cache=store))[0]
    monkeypatch.setattr(parallel, "_audit_misses", real_misses)
    article.write_bytes(original)
    again = ResultCache(tmp_path / "cache")
    second = list(audit_paths([str(article)], Options(), cache=again))[0]
    fresh = list(audit_paths([str(article)], Options()))[0]
    assert second == fresh  # whatever was cached under the original bytes' key is their report
    assert first.metrics == fresh.metrics


def test_a_fifo_in_an_audited_folder_is_never_opened_with_the_cache_on(tmp_path):
    """Item 17: the cache lookup used to open every file, a FIFO included, and wait forever."""
    import os
    import subprocess
    import sys

    shutil.copy(FIXTURES / "biden-canal-retour-russie.txt", tmp_path / "a.txt")
    os.mkfifo(tmp_path / "tube.md")
    result = subprocess.run([sys.executable, "-m", "seo_audit", "check", str(tmp_path), "-j", "1", "-q",
                             "--cache-dir", str(tmp_path / "cache")],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 2
    assert "tube.md : ce n’est pas un fichier ordinaire" in result.stderr
    assert "Traceback" not in result.stderr
