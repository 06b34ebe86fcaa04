"""File discovery: directories, globs, exclusions, hidden and vendored folders, order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from seo_audit.engine.paths import Exclusion, discover, glob_match, report_path, walk


@pytest.mark.parametrize("pattern, path, expected", [
    ("news/**", "news/a.md", True),
    ("news/**", "news/2024/a.md", True),
    ("news/**", "blog/news/a.md", False),      # anchored: it has a slash
    ("news/", "news/a.md", True),
    ("news", "blog/news/a.md", True),          # no slash: a name at any depth
    ("*.txt", "a/b/c.txt", True),
    ("*.txt", "a/b/c.md", False),
    ("brouillon-*", "blog/brouillon-1.md", True),
    ("blog/*.md", "blog/a.md", True),
    ("blog/*.md", "blog/x/a.md", False),        # * does not cross folders
    ("blog/**/*.md", "blog/x/y/a.md", True),
    ("blog/**/*.md", "blog/a.md", True),
    ("a?.md", "ab.md", True),
    ("[ab].md", "b.md", True),
    ("[!ab].md", "c.md", True),
    ("./news/**", "news/a.md", True),
])
def test_glob_match(pattern, path, expected):
    assert glob_match(pattern, path) is expected


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Texte.\n", encoding="utf-8")


def _rel(paths: list[str], root: Path) -> list[str]:
    return [Path(p).relative_to(root).as_posix() for p in paths]


def test_directory_is_walked_recursively_sorted_with_article_extensions(tmp_path):
    _tree(tmp_path, ["b.md", "a.txt", "sous/z.html", "sous/a.htm", "c.markdown", "image.png",
                     "notes.docx", "sous/deeper/x.MD", "a-b.md"])
    found = _rel(list(walk(str(tmp_path))), tmp_path)
    assert found == ["a-b.md", "a.txt", "b.md", "c.markdown", "sous/a.htm", "sous/deeper/x.MD",
                     "sous/z.html"]


def test_hidden_and_vendored_folders_are_skipped(tmp_path):
    _tree(tmp_path, ["ok.md", ".git/x.md", ".github/README.md", "node_modules/pkg/README.md",
                     "vendor/lib/doc.md", "_site/index.html", ".cache.md", "docs/ok.md"])
    assert _rel(list(walk(str(tmp_path))), tmp_path) == ["docs/ok.md", "ok.md"]


def test_exclusions_relative_to_their_folder(tmp_path):
    _tree(tmp_path, ["blog/a.md", "blog/brouillons/b.md", "news/c.md", "news/d.txt"])
    exclusions = [Exclusion("brouillons", tmp_path), Exclusion("news/*.txt", tmp_path)]
    assert _rel(list(walk(str(tmp_path), exclusions)), tmp_path) == ["blog/a.md", "news/c.md"]


def test_discover_files_folders_globs_dedup_and_stdin(tmp_path, monkeypatch):
    _tree(tmp_path, ["content/b.md", "content/a.md", "content/x/c.txt", "extra.md"])
    monkeypatch.chdir(tmp_path)
    files, warnings = discover(["extra.md", "content", "-", "content/a.md", "content/**/*.txt", "-"])
    assert files == ["extra.md", os.path.join("content", "a.md"), os.path.join("content", "b.md"),
                     os.path.join("content", "x", "c.txt"), "-"]
    assert warnings == []


def test_explicit_file_is_kept_even_with_unknown_extension_or_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    files, _ = discover(["absent.md", "notes.docx"])
    assert files == ["absent.md", "notes.docx"]   # the audit reports them as input errors


def test_explicit_file_excluded_by_pattern(tmp_path, monkeypatch):
    _tree(tmp_path, ["brouillon.md", "ok.md"])
    monkeypatch.chdir(tmp_path)
    files, _ = discover(["brouillon.md", "ok.md"], [Exclusion("brouillon.md", tmp_path)])
    assert files == ["ok.md"]


def test_empty_folder_and_glob_without_match_warn(tmp_path, monkeypatch):
    (tmp_path / "vide").mkdir()
    monkeypatch.chdir(tmp_path)
    files, warnings = discover(["vide", "rien/**/*.md"])
    assert files == []
    assert len(warnings) == 2 and "vide" in warnings[0] and "rien/**/*.md" in warnings[1]


def test_report_path_is_relative_to_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert report_path(str(tmp_path / "a" / "b.md")) == "a/b.md"
    assert report_path("./a/b.md") == "a/b.md"
    assert report_path("/elsewhere/c.md") == "/elsewhere/c.md"
    assert report_path("<stdin>") == "<stdin>"
