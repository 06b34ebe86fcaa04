"""--jobs N gives the same output byte for byte as --jobs 1; the progress bar's conditions."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from seo_audit.audit import Options
from seo_audit.cli import main
from seo_audit.nlp import annotate_many
from seo_audit.engine.parallel import audit_paths
from seo_audit.engine.progress import wanted
from seo_audit.readers import read_path

from conftest import FIXTURES

NAMES = ["biden-canal-retour-russie.txt", "2017-05-03-mes-aides-datascience-public.md",
         "wikinews-44046.txt", "wikinews-44269.html"]


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for copy in range(2):
        for name in NAMES:
            target = tmp_path / f"{copy}-{name}"
            shutil.copy(FIXTURES / name, target)
            paths.append(str(target))
    paths.insert(3, str(tmp_path / "absent.md"))  # an unreadable file keeps its place
    return paths


def _run(args: list[str], capsys) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().out


def test_jobs_2_is_byte_identical_to_jobs_1(articles, capsys):
    one = _run(["check", "--format", "json", "--no-cache", "--jobs", "1", *articles], capsys)
    two = _run(["check", "--format", "json", "--no-cache", "--jobs", "2", *articles], capsys)
    assert two == one
    assert '"error": null' in one[1]


def test_workers_keep_order_and_errors(articles):
    reports = list(audit_paths(articles, Options(), jobs=2))
    assert [r.path for r in reports] == articles
    assert [bool(r.error) for r in reports] == [p.endswith("absent.md") for p in articles]


def test_annotations_do_not_depend_on_batching():
    """Why --jobs cannot change the output: spaCy gives the same annotations whatever the
    batch an article is parsed in (workers batch differently from one process)."""
    articles = [read_path(str(FIXTURES / name)) for name in NAMES]

    def signature(batch_size: int, order: list[int]):
        found = {}
        chosen = [articles[i] for i in order]
        for index, annotated in zip(order, annotate_many(chosen, batch_size)):
            found[index] = [(t.text, t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_type_,
                             t.is_sent_start) for t in annotated.doc]
        return found

    assert signature(16, [0, 1, 2, 3]) == signature(1, [3, 2, 1, 0])


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_only_for_a_person(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wanted(50, stream=_Stream(True))
    assert not wanted(50, quiet=True, stream=_Stream(True))
    assert not wanted(50, stream=_Stream(False))
    assert not wanted(2, stream=_Stream(True))
    monkeypatch.setenv("CI", "true")
    assert not wanted(50, stream=_Stream(True))


def test_only_needed_components():
    from seo_audit.nlp.needs import excluded

    assert excluded(Options()) == ()
    assert excluded(Options(keyphrase="canal de retour")) == ("ner",)


def test_without_ner_the_report_is_the_same():
    """With a keyphrase, entities are never read: skipping `ner` changes nothing."""
    from seo_audit.audit import audit_articles, evaluate
    from seo_audit.render import json as json_render
    from seo_audit.ruleset import load_ruleset

    options = Options(keyphrase="Russie")
    articles = [read_path(str(FIXTURES / name)) for name in NAMES]
    full = [evaluate(a, options) for a in annotate_many(articles)]
    lean = list(audit_articles(articles, options))
    render = lambda reports: json_render.render(reports, load_ruleset("default"), "t")  # noqa: E731
    assert render(lean) == render(full)


def test_batches_are_bounded_by_documents_and_characters():
    from seo_audit.nlp import _batches

    items = [("a" * n, i) for i, n in enumerate([10, 10, 10, 50, 5, 100, 1])]
    chunks = list(_batches(iter(items), max_docs=2, max_chars=30))
    assert [[i for _, i in c] for c in chunks] == [[0, 1], [2], [3], [4], [5], [6]]
    # an item larger than the budget still goes, alone
    assert [[i for _, i in c] for c in _batches(iter(items), 16, 60)] == [[0, 1, 2], [3, 4], [5], [6]]
