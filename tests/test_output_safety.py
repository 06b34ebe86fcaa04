"""Issue #15, items 10 and 11: what an article (or its file name) contains is shown, never
emitted — no control character reaches the terminal or a CI log, every XML/JSON output is
well-formed and encodable, whatever the text holds."""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from seo_audit.cli import main
from seo_audit.render import concise, github, junit, sarif, terminal
from seo_audit.render import html as html_render
from seo_audit.render import json as json_render
from seo_audit.render.safe import visible
from seo_audit.report import FileReport, Finding
from seo_audit.ruleset import load_ruleset

from conftest import FIXTURES

#: Controls a terminal acts on (OSC title, clear screen, CSI in 8 bits, BEL, DEL, CR).
HOSTILE = "\x1b]0;pwned\x07 \x1b[2J \x9b31m \x7f \r \x08 \ufffe \uffff \ud800"
#: A byte that is not UTF-8, as os.fsdecode gives it back for a file name.
BAD_NAME = os.fsdecode(b"article-\xff.md")
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def hostile_report(path: str = "a.md") -> FileReport:
    finding = Finding(code="STR005", severity="warning", message=f"Paragraphe {HOSTILE}",
                      advice=f"Coupez {HOSTILE}", line=3, column=1, end_line=3, end_column=9,
                      excerpt=f"avant {HOSTILE} après", value=f"v{HOSTILE}", threshold=150,
                      highlight=(6, 12))
    return FileReport(path=path, findings=[finding], outcomes={"STR005": "fail", "LEN001": "pass"},
                      metrics={"words": 10, "note": HOSTILE}, keyphrase=f"clé {HOSTILE}",
                      title=f"Titre {HOSTILE}", keyphrase_alternatives=[HOSTILE],
                      keywords=[{"rank": 1, "text": HOSTILE, "score": 0.1, "count": 1}])


def rendered(fmt: str, reports: list[FileReport]) -> str:
    from io import StringIO

    from rich.console import Console

    ruleset = load_ruleset("default")
    if fmt in ("rich", "quiet"):
        buffer = StringIO()
        console = Console(file=buffer, force_terminal=False, no_color=True, color_system=None, width=100)
        (concise if fmt == "quiet" else terminal).render(reports, console)
        return buffer.getvalue()
    if fmt == "json":
        return json_render.render(reports, ruleset, "t")
    if fmt == "sarif":
        return sarif.render(reports, ruleset, "t")
    if fmt == "github":
        return github.render(reports)
    if fmt == "junit":
        return junit.render(reports)
    return html_render.render(reports, ruleset, "t")


def test_visible_names_every_control_and_keeps_tab_and_newline():
    assert visible("a\x1b[2Jb") == "a⟨U+001B⟩[2Jb"
    assert visible("\x9b\x7f\x07") == "⟨U+009B⟩⟨U+007F⟩⟨U+0007⟩"
    assert visible("\uffff\ufffe") == "⟨U+FFFF⟩⟨U+FFFE⟩"
    assert visible("nom-\udcff.md") == "nom-\ufffd.md"
    assert visible("ligne\tà\nligne « é »") == "ligne\tà\nligne « é »"


@pytest.mark.parametrize("fmt", ["rich", "quiet", "json", "sarif", "github", "junit", "html"])
@pytest.mark.parametrize("path", ["a.md", BAD_NAME])
def test_no_control_character_nor_lone_surrogate_in_any_format(fmt, path):
    reports = [hostile_report(path), FileReport(path=f"b{HOSTILE}.md", error=f"b.md : illisible {HOSTILE}")]
    text = rendered(fmt, reports)
    if fmt == "rich":
        text = text.replace("\n", "")  # rich's own line breaks
    found = UNSAFE.findall(text.replace("\n", "").replace("\t", ""))
    assert not found, (fmt, found[:5])
    text.encode("utf-8")  # strict: no lone surrogate left to become a raw byte
    assert "⟨U+001B⟩" in text
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "junit":
        ET.fromstring(text.encode("utf-8"))  # well-formed XML


def test_terminal_highlight_follows_the_longer_excerpt():
    from seo_audit.render.safe import clean_report

    report = FileReport(path="a.md", findings=[Finding("STR005", "warning", "m", "a", 1, 1, excerpt="\x1bab",
                                                       highlight=(1, 3))])
    finding = clean_report(report).findings[0]
    start, end = finding.highlight
    assert finding.excerpt[start:end] == "ab"


@pytest.fixture
def hostile_article(tmp_path: Path) -> Path:
    text = (FIXTURES / "biden-canal-retour-russie.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[0] = f"Titre \x1b]0;titre-volé\x07 piégé \x1b[2J"
    lines.insert(2, f"Un paragraphe piégé \x1b[31m rouge \x9b2J \x07 fin.")
    path = tmp_path / "piege.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("args", [["--color", "never"], ["-q", "--color", "never"], ["-f", "github"],
                                  ["-f", "junit"], ["-q", "--color", "always"]])
def test_article_escapes_never_reach_the_terminal(hostile_article, capsys, args):
    code = main(["check", str(hostile_article), "--no-cache", "-j", "1", *args])
    out, err = capsys.readouterr()
    assert code in (0, 1)
    if "always" in args:  # colour codes of our own are fine; the article's are not
        out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert not UNSAFE.findall(out.replace("\n", "")), UNSAFE.findall(out)[:5]
    assert not UNSAFE.findall(err.replace("\n", ""))


def test_non_utf8_file_name_in_every_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = os.fsencode(BAD_NAME)
    shutil.copy(FIXTURES / "biden-canal-retour-russie.txt", os.fsdecode(b"ok.txt"))
    os.rename(b"ok.txt", name.replace(b".md", b".txt"))
    bad = os.fsdecode(name.replace(b".md", b".txt"))
    for fmt in ("json", "sarif", "junit", "github"):
        out = tmp_path / f"r.{fmt}"
        assert main(["check", bad, "--no-cache", "-j", "1", "-f", fmt, "-o", str(out)]) in (0, 1)
        text = out.read_bytes().decode("utf-8")  # strict UTF-8: no raw 0xFF
        assert ("article-%EF%BF%BD.txt" if fmt == "sarif" else "article-\ufffd.txt") in text
    pages = tmp_path / "pages"
    assert main(["check", bad, "ok-pas-la.md", "--no-cache", "-j", "1", "-f", "html", "-o", f"{pages}/"]) == 2
    assert (pages / "index.html").read_bytes().decode("utf-8")
    capsys.readouterr()
    assert main(["check", bad, "--no-cache", "-j", "1", "-f", "json"]) in (0, 1)
    assert "article-\ufffd.txt" in capsys.readouterr().out


def test_junit_is_well_formed_with_non_characters_in_the_front_matter(tmp_path, capsys):
    article = tmp_path / "a.md"
    article.write_text('---\ntitle: "Un titre \\uffff et \\ufffe"\nkeyphrase: "a\\uffff"\n---\n\n'
                       "Un paragraphe en français avec des mots et une phrase simple.\n", encoding="utf-8")
    assert main(["check", str(article), "--no-cache", "-j", "1", "-f", "junit"]) in (0, 1)
    ET.fromstring(capsys.readouterr().out.encode("utf-8"))


@pytest.mark.parametrize("args", [[], ["-f", "json"], ["-f", "html"]])
def test_outline_shows_the_article_escapes_never_emits_them(hostile_article, capsys, args):
    """`outline`'s own renderers: the title, the subheadings, keywords and meta proposals
    come from the article's words, escapes included."""
    code = main(["outline", str(hostile_article), "--no-config", *args])
    out, err = capsys.readouterr()
    assert code == 0
    assert not UNSAFE.findall(out.replace("\n", "")), UNSAFE.findall(out)[:5]
    assert "⟨U+001B⟩" in (json.loads(out)["title"] if "json" in args else out)
    assert not UNSAFE.findall(err.replace("\n", ""))


@pytest.mark.parametrize("colour", ["never", "always"])
def test_outline_takes_check_s_color_option(hostile_article, capsys, colour):
    """`outline --color` means what it means for `check`: never, no escape at all; always,
    the terminal's colour codes and nothing of the article's."""
    assert main(["outline", str(hostile_article), "--no-config", "--color", colour]) == 0
    out = capsys.readouterr().out
    colour_codes = re.findall(r"\x1b\[[0-9;]*m", out)
    assert bool(colour_codes) == (colour == "always")
    out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert not UNSAFE.findall(out.replace("\n", "")), UNSAFE.findall(out)[:5]


def test_outline_emit_adds_no_control_of_its_own(hostile_article, capsys):
    """`--emit markdown` is the article itself plus lines: the article's own characters stay
    as written (its words are never changed), and every added line is clean."""
    source = hostile_article.read_text(encoding="utf-8")
    assert main(["outline", str(hostile_article), "--no-config", "--emit", "markdown"]) == 0
    out = capsys.readouterr().out
    added = [line for line in out.split("\n") if line not in source.split("\n")]
    assert added and any("Titre" in line for line in added)
    assert not UNSAFE.findall("".join(added)), added


def test_outline_messages_show_a_hostile_file_name(tmp_path, capsys):
    hostile = tmp_path / "piège\x1b]0;x\x07.txt"
    hostile.write_text("Un texte court.\n", encoding="utf-8")
    os.chmod(hostile, 0)
    main(["outline", str(hostile), str(tmp_path / "absent\x1b[2J.txt"), "--no-config", "-f", "json"])
    out, err = capsys.readouterr()
    assert "absent⟨U+001B⟩[2J.txt" in err and not UNSAFE.findall(err.replace("\n", ""))
    assert not UNSAFE.findall(out.replace("\n", ""))


# -- bidirectional controls (« Trojan Source »): shown, never obeyed ----------------------

#: A file name and a sentence that read in another order than they are, through an
#: override (RLO … PDF) and an isolate (RLI … PDI).
TROJAN_NAME = "facture-\u202egpj.md"
TROJAN = "Le maire a dit \u2067non\u2069 puis \u202eecnarf\u202c au conseil."
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def trojan_report() -> FileReport:
    finding = Finding(code="STR005", severity="warning", message=f"Paragraphe {TROJAN}", advice="Coupez.",
                      line=3, column=1, end_line=3, end_column=9, excerpt=f"avant {TROJAN}", highlight=(6, 12))
    return FileReport(path=TROJAN_NAME, findings=[finding], title=TROJAN, keyphrase="maire",
                      outcomes={"STR005": "fail"})


@pytest.mark.parametrize("fmt", ["rich", "quiet", "github", "junit", "html", "json", "sarif"])
def test_bidi_controls_are_shown_in_text_formats_and_escaped_in_json(fmt):
    text = rendered(fmt, [trojan_report()])
    assert not BIDI.findall(text), (fmt, BIDI.findall(text)[:5])
    if fmt in ("json", "sarif"):  # the exact text, for programs: the JSON escape
        assert "\\u202e" in text and "\\u2067" in text
        data = json.loads(text)
        shown = json.dumps(data, ensure_ascii=False)
        assert TROJAN in shown and (TROJAN_NAME in shown or fmt == "sarif")  # SARIF: a percent-encoded URI
    else:
        assert "⟨U+202E⟩" in text and "⟨U+2067⟩" in text and "⟨U+2069⟩" in text


def test_bidi_marks_of_a_right_to_left_quotation_are_kept():
    """LRM/RLM reorder nothing beyond the neutral characters next to them."""
    assert visible("« \u200fمرحبا\u200f », dit-il.") == "« \u200fمرحبا\u200f », dit-il."


def test_bidi_controls_in_an_article_and_its_name(tmp_path, capsys):
    article = tmp_path / TROJAN_NAME
    article.write_text("Réunion \u202epublique\u202c\n\n" + (FIXTURES / "quartier-passifs-phrases-longues.txt")
                       .read_text(encoding="utf-8").split("\n", 2)[2], encoding="utf-8")
    for args in (["check", "-q", "--no-cache", "-j", "1", "--color", "never"], ["check", "-f", "github", "--no-cache"],
                 ["outline", "--no-config"], ["outline", "--no-config", "-f", "json"]):
        main([*args, str(article)])
        out, err = capsys.readouterr()
        assert not BIDI.findall(out + err), (args, (out + err)[:300])
        assert ("\\u202e" if "json" in args else "⟨U+202E⟩") in out, args
