"""Writes are atomic: an interrupted write never leaves a truncated file, and leaves no
temporary file behind when the process survives to clean up (issue 8).

Every writer of the tool (`check --output`, `check --format html -o DOSSIER`, `outline
--emit markdown --write`, the result cache) goes through `files.write_atomic`: a failure
is injected in the middle of its write (half the text written, then « disk full »), and
a child process is killed in the middle of one.
"""

from __future__ import annotations

import errno
import importlib
import os
import re
import signal
import subprocess
import sys
import types
from pathlib import Path

import pytest

from seo_audit.cli import main
from seo_audit.engine.files import write_atomic

files_module = importlib.import_module("seo_audit.engine.files")
PACKAGE = Path(files_module.__file__).resolve().parent.parent  # the seo_audit package

ARTICLE = ("Le conseil municipal a voté le budget mardi soir. Les travaux de l’école commenceront "
           "en juillet, et la cantine rouvrira à la rentrée.\n")
OLD = "ANCIEN CONTENU — ne doit jamais être tronqué\n"


class HalfThenFull:
    """A stream that writes half of what it is given, then fails as a full disk does."""

    def __init__(self, stream):
        self.stream = stream
        self.written = 0

    def write(self, text):
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        self.written += len(text) // 2
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()
        return False


@pytest.fixture
def disk_full(monkeypatch):
    """Every `write_atomic` fails half-way through writing its temporary file."""
    streams: list[HalfThenFull] = []

    def fdopen(*args, **kwargs):
        streams.append(HalfThenFull(os.fdopen(*args, **kwargs)))
        return streams[-1]

    monkeypatch.setattr(files_module, "os", types.SimpleNamespace(**{**vars(os), "fdopen": fdopen}))
    return streams


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture
def article(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path, disk_full):
    target = tmp_path / "rapport.json"
    target.write_text(OLD, encoding="utf-8")
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "x" * 1_000_000)
    assert disk_full[0].written == 500_000  # the failure came in the middle of the write
    assert target.read_text(encoding="utf-8") == OLD
    assert _temporaries(tmp_path) == []


def test_write_atomic_cleans_up_on_interrupt_and_failed_rename(tmp_path, monkeypatch):
    target = tmp_path / "rapport.json"
    target.write_text(OLD, encoding="utf-8")

    def interrupted_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(files_module, "os", types.SimpleNamespace(**{**vars(os), "fsync": interrupted_fsync}))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "nouveau")
    monkeypatch.undo()
    folder = tmp_path / "dossier"
    folder.mkdir()
    with pytest.raises(OSError):
        write_atomic(folder, "un dossier ne se remplace pas par un fichier")
    assert target.read_text(encoding="utf-8") == OLD and folder.is_dir()
    assert _temporaries(tmp_path) == []


def test_check_output_interrupted(article, disk_full, capsys):
    report = article.parent / "rapport.json"
    report.write_text(OLD, encoding="utf-8")
    code = main(["check", "article.txt", "--format", "json", "--no-cache", "-j", "1", "-o", "rapport.json"])
    err = capsys.readouterr().err
    assert code == 2 and disk_full
    assert err.startswith("seo-audit : rapport.json : écriture impossible (disque plein)")
    assert len(err.splitlines()) == 1
    assert report.read_text(encoding="utf-8") == OLD
    assert _temporaries(article.parent) == []


def test_html_batch_interrupted(article, disk_full, capsys):
    (article.parent / "autre.txt").write_text(ARTICLE, encoding="utf-8")
    pages = article.parent / "pages"
    pages.mkdir()
    (pages / "index.html").write_text(OLD, encoding="utf-8")
    code = main(["check", "article.txt", "autre.txt", "--format", "html", "--no-cache", "-j", "1",
                 "-o", "pages"])
    assert code == 2 and "écriture impossible" in capsys.readouterr().err
    assert (pages / "index.html").read_text(encoding="utf-8") == OLD
    assert [p.name for p in pages.iterdir()] == ["index.html"]  # no half page, no temporary


def test_outline_write_interrupted(article, disk_full, capsys):
    draft = article.parent / "brouillon.md"
    draft.write_text(ARTICLE * 8, encoding="utf-8")
    before = draft.read_bytes()
    code = main(["outline", "brouillon.md", "--emit", "markdown", "--write"])
    err = capsys.readouterr().err
    assert code == 2 and "brouillon.md : écriture impossible" in err and "Traceback" not in err
    assert draft.read_bytes() == before
    assert _temporaries(article.parent) == []


def test_cache_write_interrupted_is_a_miss_not_a_broken_entry(article, disk_full, capsys, monkeypatch):
    cache = article.parent / "cache"
    code = main(["check", "article.txt", "--format", "json", "-j", "1", "--cache-dir", str(cache)])
    first = capsys.readouterr().out
    assert code in (0, 1) and disk_full  # a cache that cannot be written only makes runs slower
    assert not list(cache.rglob("*.json")) and _temporaries(article.parent) == []
    monkeypatch.undo()  # the disk has room again
    monkeypatch.chdir(article.parent)
    main(["check", "article.txt", "--format", "json", "-j", "1", "--cache-dir", str(cache)])
    assert capsys.readouterr().out == first
    assert len(list(cache.rglob("*.json"))) == 1


KILLED = """
import os, signal, sys, time, types
# a shell's background job starts with SIGINT ignored, and a child inherits that: Python then
# installs no KeyboardInterrupt handler, and the SIGINT case would wait for the sleep to end
signal.signal(signal.SIGINT, signal.default_int_handler)
from seo_audit.engine import files
import importlib
files = importlib.import_module("seo_audit.engine.files")

class Stalls:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        print("MOITIE", flush=True)
        time.sleep(120)
    def __getattr__(self, name):
        return getattr(self.stream, name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.stream.close()

files.os = types.SimpleNamespace(**{**vars(os), "fdopen": lambda *a, **k: Stalls(os.fdopen(*a, **k))})
files.write_atomic(sys.argv[1], "NOUVEAU " * 200_000)
"""


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_process_killed_in_the_middle_of_a_write(tmp_path, how):
    target = tmp_path / "rapport.json"
    target.write_text(OLD, encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(target)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "MOITIE"
        child.send_signal(how)
        child.wait(timeout=60)
    finally:
        child.kill()
    assert target.read_text(encoding="utf-8") == OLD
    left = _temporaries(tmp_path)
    if how == signal.SIGINT:  # KeyboardInterrupt: write_atomic removes its temporary file
        assert left == []
    else:  # nothing runs after SIGKILL: a hidden temporary file may stay, never a bad target
        assert all(p.name.startswith(".rapport.json.") for p in left)


def test_no_module_writes_files_another_way():
    """Only files.py opens files for writing: everything else calls write_atomic."""
    forbidden = re.compile(r"\.write_text\(|\.write_bytes\(|open\([^)]*['\"][wax]b?\+?['\"]|shutil\.copy")
    offenders = [f"{path.relative_to(PACKAGE)}:{number}"
                 for path in PACKAGE.rglob("*.py") if path.name != "files.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if forbidden.search(line)]
    assert offenders == []
