"""The result cache: exact round trip, hits without the parser, invalidation, corrupt entries."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import seo_audit
from seo_audit.engine import cache as cache_module
from seo_audit import nlp
from seo_audit.audit import Options, audit_many
from seo_audit.engine.cache import ResultCache, entry_key, report_from_dict, report_to_dict
from seo_audit.cli import main
from seo_audit.engine.parallel import audit_paths
from seo_audit.render import json as json_render
from seo_audit.ruleset import load_ruleset

from conftest import FIXTURES

NAMES = ["biden-canal-retour-russie.txt", "2017-05-03-mes-aides-datascience-public.md"]


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    for name in NAMES:
        shutil.copy(FIXTURES / name, tmp_path / name)
    return [str(tmp_path / name) for name in NAMES]


def _json(reports) -> str:
    return json_render.render(list(reports), load_ruleset("default"), "test")


def _entry(path: Path) -> dict:
    """An entry's JSON (after its MAC line)."""
    return json.loads(path.read_bytes().partition(b"\n")[2])


def _sign(path: Path, data: dict) -> None:
    """Write `data` as a validly signed entry: what a tampered entry would need to pass the MAC."""
    text = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(cache_module._mac(text).encode() + b"\n" + text)


def _forbid_parser(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the parser was loaded on a cache hit")

    monkeypatch.setattr(nlp, "load", refuse)


def test_report_round_trip_is_exact(articles):
    for report in audit_many(articles, Options()):
        text = json.dumps(report_to_dict(report), ensure_ascii=False)
        again = report_from_dict(json.loads(text))
        assert again == report
        assert again.text_view == report.text_view  # not compared by FileReport's ==
        assert _json([again]) == _json([report])


def test_hit_gives_the_same_report_without_the_parser(articles, tmp_path, monkeypatch):
    store = ResultCache(tmp_path / "cache")
    first = _json(audit_paths(articles, Options(), cache=store))
    assert store.hits == 0
    _forbid_parser(monkeypatch)
    again = ResultCache(tmp_path / "cache")
    assert _json(audit_paths(articles, Options(), cache=again)) == first
    assert again.hits == len(articles)
    assert (tmp_path / "cache" / "CACHEDIR.TAG").is_file()


def test_content_change_invalidates(articles, tmp_path):
    store = ResultCache(tmp_path / "cache")
    list(audit_paths(articles, Options(), cache=store))
    path = Path(articles[0])
    path.write_text(path.read_text(encoding="utf-8") + "\nUne phrase de plus.\n", encoding="utf-8")
    store = ResultCache(tmp_path / "cache")
    reports = list(audit_paths(articles, Options(), cache=store))
    assert (store.hits, store.misses) == (1, 1)
    assert reports == list(audit_many(articles, Options()))


def test_configuration_change_invalidates(articles, tmp_path):
    store = ResultCache(tmp_path / "cache")
    list(audit_paths(articles[:1], Options(), cache=store))
    ruleset = load_ruleset("default")
    setting = ruleset.settings["LEN001"]
    ruleset.settings["LEN001"] = type(setting)(setting.severity, {**setting.params, "min_words": 5000})
    store = ResultCache(tmp_path / "cache")
    changed = list(audit_paths(articles[:1], Options(ruleset=ruleset), cache=store))
    assert store.hits == 0
    assert any(f.code == "LEN001" for f in changed[0].findings)
    store = ResultCache(tmp_path / "cache")
    list(audit_paths(articles[:1], Options(keyphrase="Poutine"), cache=store))
    assert store.hits == 0


def test_key_depends_on_every_input(monkeypatch):
    base = entry_key("a.md", b"texte", "config", "code")
    assert entry_key("a.md", b"texte!", "config", "code") != base
    assert entry_key("b.md", b"texte", "config", "code") != base
    assert entry_key("a.md", b"texte", "config2", "code") != base
    assert entry_key("a.md", b"texte", "config", "code2") != base
    assert entry_key("a.md", b"texte", "config", "code") == base
    before = cache_module.code_fingerprint()
    monkeypatch.setattr(cache_module, "_code_digest", None)
    monkeypatch.setattr(seo_audit, "__version__", "999.0")
    assert cache_module.code_fingerprint() != before


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"\xff\xfe\x00", b"[]", b"{}",
                                     b'{"format": 1, "key": "other", "report": {}}'])
def test_corrupt_or_foreign_entry_is_a_miss(articles, tmp_path, garbage):
    store = ResultCache(tmp_path / "cache")
    expected = _json(audit_paths(articles[:1], Options(), cache=store))
    entries = [p for p in (tmp_path / "cache").rglob("*.json")]
    assert len(entries) == 1
    entries[0].write_bytes(garbage)
    store = ResultCache(tmp_path / "cache")
    assert _json(audit_paths(articles[:1], Options(), cache=store)) == expected
    assert store.hits == 0
    assert _entry(entries[0])["format"] == cache_module.FORMAT


def test_wrong_fields_are_a_miss(articles, tmp_path):
    store = ResultCache(tmp_path / "cache")
    list(audit_paths(articles[:1], Options(), cache=store))
    entry = next((tmp_path / "cache").rglob("*.json"))
    data = _entry(entry)
    data["report"]["findings"] = [{"code": "X"}]
    _sign(entry, data)
    assert ResultCache(tmp_path / "cache").get(data["key"]) is None


def test_unwritable_cache_is_not_fatal(articles, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    store = ResultCache(blocker / "cache")  # a folder under a file: every write fails
    assert len(list(audit_paths(articles[:1], Options(), cache=store))) == 1


def test_input_errors_are_not_cached(tmp_path):
    store = ResultCache(tmp_path / "cache")
    reports = list(audit_paths([str(tmp_path / "absent.md")], Options(), cache=store))
    assert reports[0].error
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_cli_warm_run_never_imports_spacy(articles, tmp_path, capsys):
    cache_dir = str(tmp_path / "cache")
    assert main(["check", "--format", "json", "--jobs", "1", "--cache-dir", cache_dir, *articles]) in (0, 1)
    cold = capsys.readouterr().out
    script = ("import sys\nfrom seo_audit.cli import main\n"
              f"code = main(['check', '--format', 'json', '--cache-dir', {cache_dir!r}, *{articles!r}])\n"
              "assert 'spacy' not in sys.modules, 'spaCy imported on a warm run'\n"
              "sys.exit(code)\n")
    warm = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "CI": "1"})
    assert warm.returncode in (0, 1), warm.stderr
    assert warm.stdout == cold


def test_no_cache_writes_nothing(articles, tmp_path, capsys):
    cache_dir = tmp_path / "cache"
    main(["check", "--format", "json", "--jobs", "1", "--no-cache", "--cache-dir", str(cache_dir), articles[0]])
    assert not cache_dir.exists()


def test_standard_input_takes_the_cached_road(tmp_path, monkeypatch, capsys):
    """`check -` is keyed and cached like a file: the second run parses nothing; another
    --stdin-format reads the bytes differently, so it is another entry."""
    data = (FIXTURES / NAMES[0]).read_bytes()
    cache_dir = tmp_path / "cache"

    def run(*extra: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        code = main(["check", "-", "--format", "json", "--cache-dir", str(cache_dir), *extra])
        return code, capsys.readouterr().out

    cold = run()
    assert json.loads(cold[1])["files"][0]["metrics"]["words"] == 774
    assert len(list(cache_dir.rglob("*.json"))) == 1
    _forbid_parser(monkeypatch)
    assert run() == cold
    monkeypatch.undo()
    run("--stdin-format", "markdown")
    assert len(list(cache_dir.rglob("*.json"))) == 2


def test_text_view_only_when_asked_but_always_in_the_cache(articles, tmp_path):
    """Only the HTML page draws over the text: without `keep_text` no report holds it;
    the cache entry does, so that a later HTML run is served from it."""
    assert next(audit_many(articles[:1], Options(keep_text=False))).text_view is None
    store = ResultCache(tmp_path / "cache")
    plain = list(audit_paths(articles[:1], Options(keep_text=False), cache=store))[0]
    assert plain.text_view is None
    again = ResultCache(tmp_path / "cache")
    drawn = list(audit_paths(articles[:1], Options(), cache=again))[0]
    assert (store.misses, again.hits) == (1, 1)
    assert drawn.text_view is not None and "Biden" in drawn.text_view.blocks[0].text
    assert _json([plain]) == _json([drawn])
