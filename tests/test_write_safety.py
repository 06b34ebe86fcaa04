"""Issue #15, items 1–6: the tool never destroys what it did not create, never writes over
one of its inputs, never changes a file's form, and leaves nothing half-written."""

from __future__ import annotations

import codecs
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from seo_audit.engine import files
from seo_audit.cli import main
from seo_audit.engine.files import AtomicBatch, Snapshot, WriteRefused, encode_like, write_atomic
from seo_audit.outline.emit import strip_inserted

from conftest import FIXTURES

TEXT = (FIXTURES / "biden-canal-retour-russie.txt").read_text(encoding="utf-8")


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*.tmp")]


# -- 1. never over a file the tool did not create ------------------------------------------

def test_outline_write_never_replaces_an_unrelated_markdown_file(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text(TEXT, encoding="utf-8")
    mine = tmp_path / "notes.md"
    mine.write_text("# Mes notes à moi\n\nNe pas écraser.\n", encoding="utf-8")
    assert main(["outline", str(notes), "--emit", "markdown", "--write"]) == 2
    err = capsys.readouterr().err
    assert "--force" in err and "Traceback" not in err and err.count("\n") == 1
    assert mine.read_text(encoding="utf-8") == "# Mes notes à moi\n\nNe pas écraser.\n"
    assert main(["outline", str(notes), "--emit", "markdown", "--write", "--force"]) == 0
    assert "Ne pas écraser" not in mine.read_text(encoding="utf-8")


# -- 2. never over a source edited meanwhile -------------------------------------------------

def test_write_refuses_when_the_source_changed_during_the_run(tmp_path, capsys, monkeypatch):
    article = tmp_path / "article.md"
    article.write_text(TEXT, encoding="utf-8")
    from seo_audit import outline as outline_package

    real = outline_package.propose

    def edit_meanwhile(*args, **kwargs):
        with open(article, "a", encoding="utf-8") as stream:  # the writer saves in their editor
            stream.write("\nUn paragraphe ajouté pendant l’exécution.\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(outline_package, "propose", edit_meanwhile)
    assert main(["outline", str(article), "--emit", "markdown", "--write"]) == 2
    assert "modifié pendant" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8").endswith("Un paragraphe ajouté pendant l’exécution.\n")
    assert _temporaries(tmp_path) == []


def test_snapshot_sees_a_same_size_edit(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"abc")
    snapshot = Snapshot.of(path, b"abc")
    info = os.stat(path)
    path.write_bytes(b"abd")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # same size, same mtime
    assert not snapshot.unchanged()


# -- 3. never over an input ------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "rich", "html"])
def test_output_naming_an_input_is_refused(tmp_path, capsys, fmt):
    article = tmp_path / "a.md"
    article.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "lien.md"
    os.link(article, link)  # another name of the same file
    for output in (article, link, tmp_path / "." / "a.md"):
        assert main(["check", str(article), "--no-cache", "-j", "1", "-f", fmt, "-o", str(output)]) == 2
        assert "fichiers audités" in capsys.readouterr().err
        assert article.read_text(encoding="utf-8") == TEXT


def test_html_batch_never_overwrites_an_audited_page(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><h1>Accueil</h1><p>Bienvenue sur le site.</p></body></html>",
                                     encoding="utf-8")
    (site / "article.txt").write_text(TEXT, encoding="utf-8")
    before = (site / "index.html").read_bytes()
    assert main(["check", str(site), "--no-cache", "-j", "1", "-f", "html", "-o", f"{site}/"]) == 2
    assert "lus par la commande" in capsys.readouterr().err
    assert (site / "index.html").read_bytes() == before
    assert sorted(p.name for p in site.iterdir()) == ["article.txt", "index.html"]


def test_outline_plan_never_over_its_article(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["outline", str(article), "-f", "json", "-o", str(article)]) == 2
    assert article.read_text(encoding="utf-8") == TEXT


def test_output_ending_with_a_separator_is_a_folder_not_a_file(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["check", str(article), "--no-cache", "-j", "1", "-f", "json", "-o", f"{tmp_path}/nouveau/"]) == 2
    assert "dossier" in capsys.readouterr().err
    assert not (tmp_path / "nouveau").exists()


# -- 4. special files are written into ------------------------------------------------------

def test_a_fifo_output_is_written_into_not_replaced(tmp_path):
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "contenu\n")
    reader.join(timeout=30)
    assert received == [b"contenu\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert _temporaries(tmp_path) == []


def test_a_link_to_a_device_is_written_through(tmp_path):
    link = tmp_path / "sortie"
    link.symlink_to("/dev/null")
    write_atomic(link, "rien\n")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# -- 5. a file keeps its form -----------------------------------------------------------------

def _outline_write(path: Path) -> None:
    assert main(["outline", str(path), "--emit", "markdown", "--write"]) == 0


def test_write_keeps_mode_and_owner(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(TEXT, encoding="utf-8")
    article.chmod(0o664)
    _outline_write(article)
    assert stat.S_IMODE(article.stat().st_mode) == 0o664


def test_write_goes_through_a_symbolic_link(tmp_path):
    real = tmp_path / "vrai.md"
    real.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "lien.md"
    link.symlink_to(real.name)
    _outline_write(link)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") != TEXT and "## " in real.read_text(encoding="utf-8")


def test_write_keeps_hard_links(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(TEXT, encoding="utf-8")
    other = tmp_path / "autre-nom.md"
    os.link(article, other)
    _outline_write(article)
    assert os.path.samefile(article, other)
    assert other.read_text(encoding="utf-8") == article.read_text(encoding="utf-8") != TEXT


@pytest.mark.parametrize("encoding,bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                          ("utf-16-be", codecs.BOM_UTF16_BE)])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_write_keeps_encoding_bom_and_line_endings(tmp_path, encoding, bom, newline):
    source = bom + TEXT.replace("\n", newline).encode(encoding)
    article = tmp_path / "a.md"
    article.write_bytes(source)
    _outline_write(article)
    written = article.read_bytes()
    assert written.startswith(bom)
    text = written[len(bom):].decode(encoding)
    assert "## " in text
    if newline == "\r\n":
        assert text.count("\n") == text.count("\r\n")
    elif newline == "\r":
        assert "\n" not in text and text.startswith("---\r")
    else:
        assert "\r" not in text
    # the round trip: the inserted lines removed, the source's bytes come back
    from seo_audit.outline import propose
    from seo_audit.nlp import annotate
    from seo_audit.outline.emit import emit_markdown
    from seo_audit.readers import read_data

    original = read_data(str(article), source)
    emitted, inserted = emit_markdown(original, propose(annotate(original)))
    assert encode_like(strip_inserted(emitted, inserted), source) == source


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_write_sees_the_front_matter_whatever_the_line_endings(tmp_path, newline):
    """A bare CR ends a line too (old Mac exports): the author's front matter is completed,
    not doubled by a second one put before it."""
    title, body = TEXT.split("\n", 1)
    source = f"---\ntitle: {title}\n---\n{body}".replace("\n", newline)
    article = tmp_path / "a.md"
    article.write_bytes(source.encode("utf-8"))
    _outline_write(article)
    written = article.read_bytes().decode("utf-8")
    assert written.count("---" + newline) == 2 and written.startswith("---" + newline + "title: ")
    assert "description: " in written
    assert written.replace(newline, "").count("\n") == written.replace(newline, "").count("\r") == 0


def test_new_files_follow_the_umask(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    previous = os.umask(0o027)
    try:
        assert main(["check", str(article), "--no-cache", "-j", "1", "-f", "json", "-o", str(tmp_path / "r.json")]) in (0, 1)
        write_atomic(tmp_path / "b.txt", "b")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "r.json").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "b.txt").stat().st_mode) == 0o640


def test_replacing_a_report_keeps_its_mode(tmp_path):
    report = tmp_path / "r.json"
    report.write_text("{}", encoding="utf-8")
    report.chmod(0o664)
    write_atomic(report, "[]")
    assert stat.S_IMODE(report.stat().st_mode) == 0o664 and report.read_text() == "[]"


# -- 6. signals -------------------------------------------------------------------------------

def test_an_interrupted_batch_leaves_no_temporary_file_and_no_page(tmp_path):
    class Stop(BaseException):
        pass

    with pytest.raises(Stop):
        with AtomicBatch() as batch:
            batch.add(tmp_path / "a.html", "a")
            batch.add(tmp_path / "b.html", "b")
            raise Stop()
    assert list(tmp_path.iterdir()) == []


def test_sigterm_during_an_html_batch(tmp_path):
    """A real process killed with SIGTERM while it writes its pages: exit 143, one line,
    no traceback, no temporary file, no page without its index."""
    for name in ("a.txt", "b.txt"):
        shutil.copy(FIXTURES / "biden-canal-retour-russie.txt", tmp_path / name)
    ready = tmp_path / "pret"
    script = f"""
import sys, time
from seo_audit.render.html import index
real = index.render_index
def slow(*args, **kwargs):
    open({str(ready)!r}, "w").close()
    time.sleep(60)
    return real(*args, **kwargs)
index.render_index = slow
from seo_audit.cli import main
sys.exit(main(["check", {str(tmp_path / "a.txt")!r}, {str(tmp_path / "b.txt")!r}, "--no-cache", "-j", "1",
               "-f", "html", "-o", {str(tmp_path / "pages")!r}]))
"""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        for _ in range(1800):
            if ready.exists() or child.poll() is not None:
                break
            threading.Event().wait(0.1)
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 143, err
    assert "Traceback" not in err and err.strip().count("\n") == 0 and "SIGTERM" in err
    assert _temporaries(tmp_path) == []
    assert list((tmp_path / "pages").iterdir()) == []


def test_workers_leave_ctrl_c_to_the_parent():
    from seo_audit.engine import parallel
    from seo_audit.audit import Options

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        parallel._initialise(Options())
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])


def test_refusals_are_sentences(tmp_path):
    target = tmp_path / "x.md"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(WriteRefused, match="--force"):
        write_atomic(target, "y", create_only=True)
    with pytest.raises(WriteRefused, match="lus par la commande"):
        write_atomic(target, "y", inputs=[str(target)])
    assert target.read_text(encoding="utf-8") == "x"
    assert files.is_one_of(tmp_path / "." / "x.md", [str(target)])


def test_a_read_only_file_is_not_rewritten(tmp_path, capsys):
    """chmod 444 says « do not change this »: a rename would replace it all the same (and root
    writes anyway), so --write refuses, says why, and the bytes and mode stay."""
    article = tmp_path / "billet.md"
    article.write_text("---\ntitle: Le jardin partagé\n---\n\n" + TEXT, encoding="utf-8")
    article.chmod(0o444)
    before = article.read_bytes()
    assert main(["outline", str(article), "--emit", "markdown", "--write"]) == 2
    assert "lecture seule" in capsys.readouterr().err
    assert article.read_bytes() == before and stat.S_IMODE(article.stat().st_mode) == 0o444
    assert _temporaries(tmp_path) == []
    with pytest.raises(WriteRefused):
        write_atomic(article, "autre chose")


def test_a_markdown_file_made_from_a_text_file_is_no_more_readable_than_it(tmp_path, capsys):
    """A private draft (600) gave a world-readable FILE.md (644 under the usual umask)."""
    draft = tmp_path / "brouillon.txt"
    draft.write_text(TEXT, encoding="utf-8")
    draft.chmod(0o600)
    previous = os.umask(0o022)
    try:
        assert main(["outline", str(draft), "--emit", "markdown", "--write"]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "brouillon.md").stat().st_mode) == 0o600
