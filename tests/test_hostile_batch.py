"""Hostile inputs in a batch, each with a defined outcome (issue 8, continued from
test_hostile_inputs.py): symbolic-link loops, files that vanish or become unreadable
while the batch runs, articles that are not French, mixed line endings and a BOM."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ENGLISH, MIXED

import seo_audit.readers as readers
from seo_audit.audit import Options, evaluate
from seo_audit.cli import main
from seo_audit.nlp import annotate
from seo_audit.engine.paths import discover
from seo_audit.readers import parse
from seo_audit.ruleset import load_ruleset

FRENCH = ("Le gouvernement a présenté mardi un projet de loi sur l’eau. Les députés en débattront "
          "en juin, et les maires attendent des précisions sur le financement des réseaux.\n")

#: Rules that only make sense in French: skipped when LNG001 says the article is not French.
FRENCH_ONLY = {"RDB001", "RDB002", "RDB003", "RDB004", "RDB005", "KW001", "KW002", "KW003", "KW004",
               "KW005", "KW006", "KW007", "TTL004", "TTL005", "MET003", "IMG003", "LNG002",
               "TYP001", "TYP002", "TYP003", "TYP004", "TYP005"}

ARABIC = ("قال الرئيس يوم الاثنين إن المحادثات مع روسيا ستستمر، وإنه واثق من إمكانية التوصل إلى "
          "اتفاق قبل نهاية العام.\n\nليس من الواضح ما الذي سيفعله البيت الأبيض بعد ذلك، وقد رفض "
          "المسؤولون التعليق على الخطة.")
CODE = """def annotate_many(articles, batch_size=16):
    for article in articles:
        blocks = list(article.blocks)
        yield blocks

class Context:
    def measure(self, function):
        if function not in self.memo:
            self.memo[function] = function(self.annotated)
        return self.memo[function]
"""


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


# -- symbolic links -----------------------------------------------------------------------

@pytest.fixture
def looped(tmp_path: Path) -> Path:
    """content/ with a.md, sub/b.md, two folder loops, a file loop and a dangling link."""
    content = tmp_path / "content"
    (content / "sub").mkdir(parents=True)
    (content / "a.md").write_text(FRENCH, encoding="utf-8")
    (content / "sub" / "b.md").write_text(FRENCH, encoding="utf-8")
    (content / "sub" / "haut").symlink_to("..")
    (content / "ici").symlink_to(".")
    (content / "boucle.md").symlink_to("boucle.md")
    (content / "casse.md").symlink_to("nulle-part.md")
    return content


def test_folder_with_symlink_loops_lists_each_file_once(looped, monkeypatch):
    monkeypatch.chdir(looped.parent)
    files, warnings = discover(["content"])
    assert files == ["content/a.md", "content/boucle.md", "content/casse.md", "content/sub/b.md"]
    assert warnings == []


def test_recursive_glob_does_not_follow_symlink_loops(looped):
    """`glob.glob('**')` follows links to folders: with two loops it runs for ever."""
    script = ("import json; from seo_audit.engine.paths import discover; "
              "print(json.dumps(discover(['content/**/*.md'])[0]))")
    done = subprocess.run([sys.executable, "-c", script], cwd=looped.parent, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["content/a.md", "content/boucle.md", "content/casse.md",
                                       "content/sub/b.md"]


def test_symlink_loop_and_dangling_link_are_input_errors_and_the_batch_goes_on(looped, monkeypatch, capsys):
    monkeypatch.chdir(looped.parent)
    code = main(["check", "content", "--format", "json", "--no-cache", "--jobs", "1"])
    out = capsys.readouterr()
    assert code == 2
    files = {f["path"]: f for f in json.loads(out.out)["files"]}
    assert list(files) == ["content/a.md", "content/boucle.md", "content/casse.md", "content/sub/b.md"]
    assert "boucle de liens symboliques" in files["content/boucle.md"]["error"]
    assert "lien symbolique cassé" in files["content/casse.md"]["error"]
    assert files["content/a.md"]["error"] is None and files["content/sub/b.md"]["metrics"]["words"] > 20
    assert out.err.count("\n") == 2 and "Traceback" not in out.err


# -- files that change while the batch runs ------------------------------------------------

@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "cache"])
def test_files_vanishing_or_becoming_unreadable_during_the_batch(tmp_path, monkeypatch, capsys, cache):
    """Files are listed, then while the batch reads them one disappears between `stat`
    and `open`, one is deleted, one becomes unreadable, one is replaced by a folder."""
    names = ["a.md", "disparu.md", "efface.md", "verrouille.md", "dossier.md", "z.md"]
    for name in names:
        (tmp_path / name).write_text(FRENCH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    real_open = builtins.open

    def hostile_open(path, *args, **kwargs):
        name = os.path.basename(str(path))
        if name == "a.md":  # reading the first file: the others change under our feet
            if os.path.exists("efface.md"):
                os.remove("efface.md")
            if os.path.isfile("dossier.md"):
                os.remove("dossier.md")
                os.mkdir("dossier.md")
        if name == "disparu.md":
            os.remove(path)  # after its stat, before its open
        if name == "verrouille.md":
            raise PermissionError(13, "Permission denied", path)  # root reads mode 000 files
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", hostile_open, raising=False)
    args = ["check", *names, "--format", "json", "--jobs", "1"]
    args += ["--cache-dir", str(tmp_path / "cache")] if cache else ["--no-cache"]
    code = main(args)
    out = capsys.readouterr()
    assert code == 2
    files = {f["path"]: f for f in json.loads(out.out)["files"]}
    assert list(files) == names
    assert files["disparu.md"]["error"] == "disparu.md : fichier disparu pendant la lecture."
    assert files["efface.md"]["error"] == "efface.md : fichier introuvable."
    assert files["verrouille.md"]["error"] == "verrouille.md : lecture refusée (permissions)."
    assert files["dossier.md"]["error"] == "dossier.md : c’est un dossier, pas un fichier."
    for name in ("a.md", "z.md"):
        assert files[name]["error"] is None and files[name]["metrics"]["words"] > 20
    assert len(out.err.splitlines()) == 4 and "Traceback" not in out.err


# -- not French ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [ENGLISH, ARABIC, CODE], ids=["english", "arabic", "code"])
def test_text_that_is_not_french_fails_lng001_and_skips_french_measures(text):
    annotated = annotate(parse(text, "article.txt", "text"))
    report = evaluate(annotated, Options(ruleset=load_ruleset("typographie")))
    assert report.outcomes["LNG001"] == "fail"
    assert {code for code, outcome in report.outcomes.items() if outcome == "skip"} >= FRENCH_ONLY
    assert not any(f.code in FRENCH_ONLY for f in report.findings)
    assert report.scores["readability"] is None  # every RDB rule skipped: no score, not 0
    assert report.keyphrase is None and not report.keyphrase_suggested
    assert not any(f.message.startswith("Erreur interne") for f in report.findings)


def test_french_text_is_still_judged():
    report = evaluate(annotate(parse(FRENCH, "article.txt", "text")),
                      Options(ruleset=load_ruleset("default")))
    assert report.outcomes["LNG001"] == "pass"
    assert report.outcomes["RDB001"] in ("pass", "fail") and report.outcomes["KW001"] == "fail"


# -- line endings and BOM: the lines of findings, through the command line -------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_mixed_line_endings_and_bom_keep_finding_lines_right(tmp_path, monkeypatch, capsys, encoding):
    data = MIXED.encode("utf-8") if encoding == "utf-8" else MIXED[1:].encode("utf-16")
    (tmp_path / "melange.md").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    main(["check", "melange.md", "--format", "json", "--no-cache", "--rules", "typographie", "-j", "1"])
    found = {(f["code"], f["line"], f["column"], f["end_line"], f["end_column"])
             for f in _json(capsys)["files"][0]["findings"]}
    assert ("STR004", 8, 6, 8, 18) in found          # « Niveau sauté » after « #### »
    assert ("TYP004", 10, 6, 10, 8) in found         # the first double space
    assert ("TYP004", 10, 23, 10, 25) in found
    assert ("STR003", 12, 3, 12, 15) in found        # « Second titre »
    assert ("RDB002", 14, 1, 14, 157) in found       # a sentence-located finding
    assert ("RDB003", 14, 4, 14, 16) in found        # « a été décidé », the passive verb group
    main(["check", "melange.md", "--format", "sarif", "--no-cache", "--rules", "typographie", "-j", "1"])
    regions = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["locations"][0]["physicalLocation"]["region"].get("startColumn"))
               for r in _json(capsys)["runs"][0]["results"]}
    assert ("STR004", 8, 6) in regions and ("STR003", 12, 3) in regions


def test_article_longer_than_spacys_own_limit_is_parsed_when_max_bytes_allows_it(monkeypatch):
    """spaCy refuses texts over `nlp.max_length` (1 000 000 characters) with a ValueError
    that used to escape as a traceback once --max-bytes was raised; the byte limit is the
    guard, so the pipeline's limit follows it. (Shown with a small limit: a real 1 MB
    parse takes minutes.)"""
    from seo_audit.nlp import load

    nlp = load()
    monkeypatch.setattr(nlp, "max_length", 100)
    annotated = annotate(parse(FRENCH * 3, "long.txt", "text"))
    assert len(annotated.doc.text) > 100 and nlp.max_length == len(annotated.doc.text)


def test_outline_refuses_files_it_cannot_read_without_loading_the_model(tmp_path, monkeypatch, capsys):
    """Every input refused on reading (too big, empty): the one-sentence message and exit 2
    come at once, not after the French model's load (about 5 s)."""
    import seo_audit.nlp as nlp

    def no_model(*_args, **_kwargs):
        raise AssertionError("the model was loaded for nothing")

    monkeypatch.setattr(nlp, "load", no_model)
    big, empty = tmp_path / "gros.md", tmp_path / "vide.md"
    big.write_text(FRENCH * 20, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    assert main(["outline", str(big), str(empty), "--max-bytes", "1000", "--no-config"]) == 2
    err = capsys.readouterr().err
    assert f"{big} : fichier trop gros (plus de 1\u202f000 octets)" in err and f"{empty} :" in err
    assert list(nlp.annotate_many([])) == []
