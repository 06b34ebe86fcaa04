"""Issue #15, items 12–20: crashes become one French sentence and exit 2 with the batch going
on; standard input, configuration files and regular expressions are bounded."""

from __future__ import annotations

import importlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seo_audit.cli import main
from seo_audit.errors import ConfigError
from seo_audit.engine.paths import discover, glob_match

from conftest import FIXTURES

TEXT = (FIXTURES / "biden-canal-retour-russie.txt").read_text(encoding="utf-8")


def _one_sentence(err: str) -> None:
    assert "Traceback" not in err and "Error" not in err, err[-2000:]


# -- 12. numbers longer than Python's int-string limit --------------------------------------

def test_huge_numbers_in_the_body_and_the_front_matter(tmp_path, capsys):
    body = tmp_path / "corps.md"
    body.write_text("# Des chiffres\n\nLe code vaut " + "7" * 5000 + " et le prix " + "3" * 4400 + ",5 euros. "
                    + "Le " + "1" * 4500 + "e rang est loin.\n", encoding="utf-8")
    front = tmp_path / "front.md"
    front.write_text("---\ntitle: " + "9" * 5000 + "\n---\n\nUn paragraphe.\n", encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.write_text(TEXT, encoding="utf-8")
    code = main(["check", str(body), str(front), str(ok), "--no-cache", "-j", "1", "-q"])
    out, err = capsys.readouterr()
    assert code == 2
    _one_sentence(err)
    assert "nombre trop long" in err and err.count("\n") == 1  # the front matter; the body is audited
    assert "ok.txt:" in out and "corps.md:" in out


# -- 13. globs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["[", "[]", "[!]", "[z-a]", "a[b", "[\\", "(", "[[:alpha:]]", "[!]x]"])
def test_any_exclusion_pattern_is_valid(tmp_path, pattern, capsys):
    (tmp_path / "a.md").write_text("# A\n\nTexte.\n", encoding="utf-8")
    discover([str(tmp_path)], [])
    assert main(["config", str(tmp_path), "--no-config", "--exclude", pattern]) == 0
    (tmp_path / "seo-audit.toml").write_text(f'exclude = ["{pattern.replace(chr(92), chr(92) * 2)}"]\n'
                                             f'[[overrides]]\npaths = ["{pattern.replace(chr(92), chr(92) * 2)}"]\n'
                                             'ignore = ["LEN"]\n', encoding="utf-8")
    assert main(["config", str(tmp_path)]) == 0
    _one_sentence(capsys.readouterr().err)


def test_gitignore_brackets():
    assert glob_match("[!]x]", "a") and not glob_match("[!]x]", "]") and not glob_match("[!]x]", "x")
    assert glob_match("[]x]", "]") and glob_match("*.[mt][dx]*", "a.md") and glob_match("*.[mt][dx]*", "b.txt")
    assert not glob_match("[z-a]", "m")


# -- 14. deeply nested TOML ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seo-audit.toml", "pyproject.toml", "regles.toml"])
def test_deeply_nested_toml(tmp_path, name, capsys):
    nested = "x = " + "[" * 5000 + "]" * 5000 + "\n"
    (tmp_path / name).write_text(nested, encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nUn texte.\n", encoding="utf-8")
    args = ["config", str(tmp_path)] if name != "regles.toml" else ["config", str(tmp_path), "--rules",
                                                                      str(tmp_path / name)]
    code = main(args)
    err = capsys.readouterr().err
    _one_sentence(err)
    if name == "pyproject.toml":  # not ours ([tool.seo-audit] absent): ignored
        assert code == 0
    else:
        assert code == 2 and "trop imbriqué" in err


# -- 15. absurd numbers on the command line -------------------------------------------------

@pytest.mark.parametrize("option", [["--max-bytes", "99999999999999999999"], ["--timeout-per-file", "1e300"],
                                    ["--max-bytes", "0"], ["--timeout-per-file", "nan"]])
def test_absurd_limits_are_usage_errors(tmp_path, option, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(tmp_path / "a.txt"), "--no-cache", *option])
    assert exit_.value.code == 2
    _one_sentence(capsys.readouterr().err)


def test_a_large_but_valid_max_bytes_allocates_nothing_up_front(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--no-cache", "-j", "1", "-q", "--max-bytes",
                 "1000000000000"]) in (0, 1)


# -- 16. paths -----------------------------------------------------------------------------

def test_a_folder_too_deep_to_list_is_named(tmp_path, capsys):
    """A path longer than PATH_MAX (4 096) cannot be listed: said, not skipped silently."""
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(25):  # 25 × 201 characters
        os.mkdir("d" * 200, dir_fd=fd)
        inner = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)
    (tmp_path / "a.md").write_text("# A\n\nUn texte.\n", encoding="utf-8")
    files, warnings = discover([str(tmp_path)])
    assert files == [str(tmp_path / "a.md")]
    assert any("dossier illisible" in w for w in warnings), warnings
    assert main(["check", str(tmp_path), "-q", "--no-cache", "-j", "1"]) == 2  # said even with -q
    err = capsys.readouterr().err
    assert "dossier illisible" in err and "chemin trop long pour le système" in err and "too long" not in err


def test_a_file_whose_own_path_is_beyond_path_max_is_named_in_french(tmp_path, capsys):
    """The folder can be listed, but its file's full path is longer than PATH_MAX: the file
    is named with the reason in French (not the C library's English), and the batch goes on."""
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(19):  # 19 × 201 characters: the folder itself stays under 4 096
        os.mkdir("d" * 200, dir_fd=fd)
        inner = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    with os.fdopen(os.open("r" * 240 + ".md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as stream:
        stream.write(TEXT)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["check", str(tmp_path), "-q", "--no-cache", "-j", "1", "-f", "json"]) == 2
    captured = capsys.readouterr()
    reports = json.loads(captured.out)["files"]
    assert [r["path"].endswith("a.txt") for r in reports] == [True, False]
    assert reports[1]["path"].endswith("r" * 240 + ".md") and "chemin trop long pour le système" in reports[1]["error"]
    assert "too long" not in captured.err


def test_a_self_extends_through_dot_dot_is_a_loop(tmp_path, capsys):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.toml").write_text('extends = "../d/a.toml"\n', encoding="utf-8")
    (tmp_path / "x.md").write_text("# A\n\nUn texte.\n", encoding="utf-8")
    assert main(["config", str(tmp_path), "--no-config", "--rules", str(folder / "a.toml")]) == 2
    err = capsys.readouterr().err
    assert "boucle" in err and "too long" not in err.lower()


def test_a_newline_in_a_file_name_stays_on_its_quiet_line(tmp_path, capsys):
    odd = tmp_path / "deux\nlignes.txt"
    odd.write_text(TEXT, encoding="utf-8")
    main(["check", str(odd), "--no-cache", "-j", "1", "-q"])
    out = capsys.readouterr().out
    for line in out.splitlines()[:-1]:
        assert line.startswith(str(tmp_path)), line


# -- 18, 19. standard input and configuration files are bounded -----------------------------

def test_standard_input_is_read_up_to_the_limit_then_refused(monkeypatch, capsys):
    class Endless(io.RawIOBase):
        read_bytes = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"a" * len(buffer)
            Endless.read_bytes += len(buffer)
            return len(buffer)

    stream = Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stream)))
    assert main(["check", "-", "--no-cache", "-q", "--max-bytes", "50000"]) == 2
    assert "entrée standard trop grosse" in capsys.readouterr().err
    assert Endless.read_bytes < 2_000_000


def test_outline_reads_standard_input_with_checks_bound_and_option(monkeypatch, capsys):
    """`outline` read standard input with its own copy of the size check, under a fixed bound
    and a message of its own, and had no --max-bytes for the files it refused by naming it."""
    data = TEXT.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["outline", "-", "--max-bytes", "500", "-f", "json"]) == 2
    err = capsys.readouterr().err
    assert err == ("seo-audit : <stdin> : entrée standard trop grosse (plus de 500 octets) ; "
                   "augmentez --max-bytes si c’est vraiment un article.\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["outline", "-", "--max-bytes", str(len(data)), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["meta_title"]


def test_a_file_name_on_stderr_stays_on_one_line(tmp_path, capsys):
    """A newline in a file name printed raw would forge a second line (in a CI log, a
    workflow command): every command's stderr shows it as ⟨U+000A⟩, as `outline` did."""
    name = str(tmp_path / "brouillon\n::error file=x.md::piège.md")
    assert main(["check", "--no-cache", "-q", name]) == 2
    err = capsys.readouterr().err
    assert "brouillon⟨U+000A⟩::error file=x.md::piège.md : fichier introuvable." in err
    assert not any(line.startswith("::error") for line in err.splitlines())


def test_standard_input_has_the_time_bound(monkeypatch, capsys):
    audit_module = importlib.import_module("seo_audit.audit")

    def slow(annotated, options):  # stuck computing: the bound counts CPU time, not waiting
        start = time.process_time()
        while time.process_time() - start < 30:
            pass

    monkeypatch.setattr(audit_module, "evaluate", slow)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    assert main(["check", "-", "--no-cache", "-q", "--timeout-per-file", "1"]) == 2
    assert "délai dépassé" in capsys.readouterr().err


@pytest.mark.parametrize("key", ["ruleset", "config"])
def test_configuration_files_are_bounded(tmp_path, key, capsys):
    (tmp_path / "a.md").write_text("# A\n\nUn texte.\n", encoding="utf-8")
    big = tmp_path / "gros.toml"
    big.write_text("# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    if key == "ruleset":
        for target in ("/dev/zero", str(big)):
            (tmp_path / "seo-audit.toml").write_text(f'ruleset = "{target}"\n', encoding="utf-8")
            assert main(["config", str(tmp_path)]) == 2
    else:
        for target in ("/dev/zero", str(big)):
            assert main(["config", str(tmp_path), "--config", target]) == 2
    err = capsys.readouterr().err
    _one_sentence(err)
    assert "octets" in err and ("fichier ordinaire" in err or key == "config")  # --config /dev/zero: not a file


# -- 20. regular expressions that see article text are linear --------------------------------

@pytest.mark.parametrize("text", ["<!-- seo-audit: " + "a" * 200_000 + " -->",
                                  "<!-- seo-audit: " + "disable=A " * 20_000 + "-->"], ids=["letters", "pairs"])
def test_directive_parser_is_linear(text):
    from seo_audit.directives import DirectiveError, parse_comment

    started = time.process_time()
    try:
        parse_comment(text, 1)
    except DirectiveError:
        pass
    assert time.process_time() - started < 5  # quadratic: minutes


@pytest.mark.parametrize("text", ["a." * 100_000, "a-" * 100_000, "a" * 200_000, "a@" * 100_000,
                                  "x" * 100 + "@" + "b." * 100_000], ids=["dots", "dashes", "word", "ats", "mail"])
def test_address_patterns_are_linear(text):
    from seo_audit.measures import language, typography
    from seo_audit.measures.syllables import syllables

    started = time.process_time()
    typography._masked(text)
    language.cues(text)
    syllables(text)
    assert time.process_time() - started < 5  # quadratic: minutes


def test_a_lone_surrogate_from_a_yaml_escape_is_replaced(tmp_path, capsys):
    """`"\\uD800"` in the front matter made a string no encoder takes (spaCy crashed)."""
    article = tmp_path / "s.md"
    article.write_text('---\ntitle: "Réunion \\uD800 du quartier"\n---\n\nLe quartier change vite.\n',
                       encoding="utf-8")
    assert main(["check", str(article), "--no-cache", "-j", "1", "-f", "json"]) in (0, 1)
    assert "Réunion \ufffd du quartier" in capsys.readouterr().out
