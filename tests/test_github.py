"""GitHub Actions workflow commands: shape, levels, escaping."""

from __future__ import annotations

import re

from seo_audit.render import github
from seo_audit.report import FileReport, Finding

# ::error file=…,line=…[,col=…][,endLine=…][,endColumn=…],title=…::message — one per line.
SHAPE = re.compile(r"^::(error|warning|notice) (?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*::[^\r\n]*$")


def test_one_command_per_finding_with_the_documented_shape(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    reports = [FileReport(path=str(tmp_path / "content" / "a.md"), findings=[
        Finding("LEN001", "error", "L’article compte 12 mots.", "Développez."),
        Finding("STR005", "warning", "Paragraphe de 180 mots.", "Coupez.", 12, 3, 12, 40),
        Finding("TTL002", "info", "Titre court.", "Précisez.", 2, 8, 3, 4),
    ])]
    lines = github.render(reports).splitlines()
    assert all(SHAPE.match(line) for line in lines), lines
    assert lines == [
        "::error file=content/a.md,title=LEN001::L’article compte 12 mots. Développez.",  # the file, no line
        "::warning file=content/a.md,line=12,col=3,endColumn=40,title=STR005::Paragraphe de 180 mots. Coupez.",
        "::notice file=content/a.md,line=2,endLine=3,title=TTL002::Titre court. Précisez.",
    ]


def test_escaping_of_messages_and_properties():
    assert github.escape_data("50 % sur\r\ndeux lignes") == "50 %25 sur%0D%0Adeux lignes"
    assert github.escape_property("a,b:c%d\n") == "a%2Cb%3Ac%25d%0A"
    report = FileReport(path="dossier,1/a:b.md", findings=[
        Finding("STR005", "warning", "Deux\nlignes : 100 %", "Coupez.", 3, 1, 3, 5)])
    (line,) = github.render([report]).splitlines()
    assert line == "::warning file=dossier%2C1/a%3Ab.md,line=3,col=1,endColumn=5,title=STR005::Deux%0Alignes : 100 %25 Coupez."
    assert SHAPE.match(line)


def test_unreadable_file_is_an_error_annotation():
    report = FileReport(path="absent.md", error="absent.md : fichier introuvable.")
    assert github.render([report]) == "::error file=absent.md,title=seo-audit::absent.md : fichier introuvable.\n"


def test_one_line_formats_carry_the_excerpt_a_message_announces(capsys):
    """RDB001 ends on « Phrase la plus difficile (37 mots) : » and the terminal shows the
    sentence below it; a one-line format has no below, so the sentence follows the colon."""
    from rich.console import Console

    from seo_audit.render import concise, junit

    hardest = "La fragilité du régime de Poutine amène certains responsables à envisager la suite."
    finding = Finding("RDB001", "warning", "Indice de lisibilité de Flesch : 53 (minimum 60). "
                      "Phrase la plus difficile (14 mots) :", "Raccourcissez.", 31, 1, excerpt=hardest)
    plain = Finding("STR005", "warning", "Paragraphe de 180 mots.", "Coupez.", 12, 1, excerpt="Un texte.")
    reports = [FileReport(path="a.md", findings=[finding, plain])]
    annotations = github.render(reports).splitlines()
    assert annotations[0].endswith(f"(14 mots) : « {hardest} » Raccourcissez.")
    assert annotations[1].endswith("::Paragraphe de 180 mots. Coupez.")  # no colon, no excerpt added
    console = Console(force_terminal=False, no_color=True, width=100)
    concise.render(reports, console)
    out = capsys.readouterr().out
    assert f"(14 mots) : « {hardest} »" in out and "Un texte" not in out
    assert f"(14 mots) : « {hardest} » → Raccourcissez." in junit.render(reports, "warning")
    # an excerpt's own line break never splits the one line
    broken = Finding("RDB001", "warning", "Phrase la plus difficile (3 mots) :", "", 2, 1, excerpt="Un\ntexte dur.")
    concise.render([FileReport(path="b.md", findings=[broken])], console)
    assert "b.md:2:1: RDB001 [avertissement] Phrase la plus difficile (3 mots) : « Un texte dur. »\n" in capsys.readouterr().out
