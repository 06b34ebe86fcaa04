"""`seo-audit outline` is judged by `check`'s thresholds, says which, and refuses the
options that only `check` uses."""

from __future__ import annotations

import json

import pytest

from seo_audit.cli import main

DRAFT = ("Le jardin partagé de la Croix-Rousse ouvre ses portes\n\n"
         "La mairie de Lyon ouvre samedi un jardin partagé de quarante parcelles à la Croix-Rousse, "
         "réservé aux habitants du quartier qui en font la demande.\n\n"
         "Les parcelles sont attribuées par tirage au sort. Chaque habitant peut planter des légumes.\n")


def _json(capsys, *args: str) -> dict:
    assert main(["outline", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_json_carries_the_limits_of_the_configuration(tmp_path, capsys):
    draft = tmp_path / "brouillon.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    data = _json(capsys, str(draft), "--no-config")
    assert data["schema_version"] == "1.3"
    assert data["limits"] == {"MET002": {"min_chars": 120, "max_chars": 156}, "STR002": {"max_words": 300},
                              "TTL002": {"min_chars": 30, "max_chars": 60},
                              "TTL003": {"max_pixels": 600, "font_px": 20.0}}
    (tmp_path / "seo-audit.toml").write_text("[rules.TTL002]\nmax_chars = 70\n[rules.STR002]\nmax_words = 200\n",
                                             encoding="utf-8")
    limits = _json(capsys, str(draft))["limits"]
    assert limits["TTL002"]["max_chars"] == 70 and limits["STR002"]["max_words"] == 200


def test_a_cornerstone_article_is_outlined_against_the_cornerstone_thresholds(tmp_path, capsys):
    draft = tmp_path / "pilier.md"
    draft.write_text("---\ntitle: Le jardin partagé de la Croix-Rousse ouvre\ncornerstone: true\n---\n\n"
                     + DRAFT.split("\n\n", 1)[1], encoding="utf-8")
    assert _json(capsys, str(draft), "--no-config")["limits"]["STR002"] == {"max_words": 250}


@pytest.mark.parametrize("flag", ["--select=KW", "--ignore=RDB", "--fail-on=warning"])
def test_options_that_only_check_uses_are_refused_with_a_reason(tmp_path, capsys, flag):
    draft = tmp_path / "brouillon.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["outline", str(draft), flag, "--no-config"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert flag.split("=")[0] in captured.err and "« check »" in captured.err


def test_outline_help_does_not_offer_them(capsys):
    with pytest.raises(SystemExit):
        main(["outline", "--help"])
    shown = capsys.readouterr().out
    assert "--rules" in shown and "--select" not in shown and "--fail-on" not in shown
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--select" in capsys.readouterr().out


def test_the_terminal_header_counts_in_french(tmp_path, capsys):
    """« 1 bloc », « 0 sous-titre proposé »: in French the plural starts at 2 (was « 1 blocs »)."""
    note = tmp_path / "note.txt"
    note.write_text("Le conseil municipal a voté mardi le budget de la piscine, rénovée l’an prochain.\n",
                    encoding="utf-8")
    assert main(["outline", str(note), "--no-config", "--color", "never"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "14 mots · 1 bloc · 0 sous-titre proposé" in shown


def test_the_terminal_says_which_author_line_a_heading_replaces():
    """« 4 . Renforcement du suivi » becomes « ### Renforcement du suivi » with --emit: the
    table says so, so the editor does not look for the line under the new heading."""
    import io

    from rich.console import Console

    from conftest import BEFORE_LAYOUT, FIXTURES, annotated_from
    from seo_audit.outline import propose
    from seo_audit.render import outline_terminal

    source = (FIXTURES / "heads" / "accidents-de-la-route.md").read_text(encoding="utf-8")
    console = Console(file=io.StringIO(), width=240, no_color=True)
    # the blocks as cut before the segmentation weighed the layout: some of them get an
    # inserted heading, where the layout now opens
    # every block of this page on the author's label line
    outline = propose(annotated_from(source, "markdown"), settings=BEFORE_LAYOUT)
    outline_terminal.render(outline, console)
    rows = [" ".join(line.split()) for line in console.file.getvalue().splitlines()]
    line = source.splitlines().index("4 . Renforcement du suivi") + 1
    at = next(i for i, row in enumerate(rows) if "### Renforcement du suivi" in row)
    assert f"remplace la ligne {line}" in rows[at + 1], rows[at : at + 2]
    # a heading inserted above its block, not on an author's line, says nothing of the kind
    inserted = [b.subheading for b in outline.blocks if b.insert and not b.promoted]
    assert inserted, [(b.subheading, b.insert, b.label) for b in outline.blocks]
    at = next(i for i, row in enumerate(rows) if f"### {inserted[0]}" in row)
    assert "remplace la ligne" not in rows[at + 1]


def test_only_the_first_block_is_called_the_introduction():
    """A short block in mid-article that needs no heading of its own was called
    « introduction » (blog post « Ce qui se passe dans la tête d'un développeur », block 4)."""
    import io

    from rich.console import Console

    from conftest import annotated_from
    from seo_audit.outline import propose
    from seo_audit.render import outline_terminal

    outline = propose(annotated_from(DRAFT, "text"))
    outline.blocks[:] = [outline.blocks[0], outline.blocks[0]]   # two blocks without a heading
    console = Console(file=io.StringIO(), width=200, no_color=True)
    outline_terminal.render(outline, console)
    shown = console.file.getvalue()
    assert shown.count("introduction (sans sous-titre)") == 1
    assert shown.count("suite de la partie précédente (sans sous-titre)") == 1


def test_the_last_line_offers_to_insert_headings_only_when_there_are_some():
    """An article whose blocks all have the author's headings (data.etat) was told
    « --emit markdown insère ces sous-titres » under « 0 sous-titre proposé »."""
    import io

    from rich.console import Console

    from conftest import FIXTURES, annotated_from
    from seo_audit.outline import propose
    from seo_audit.render import outline_terminal

    def shown(outline) -> str:
        console = Console(file=io.StringIO(), width=200, no_color=True)
        outline_terminal.render(outline, console)
        return " ".join(console.file.getvalue().split())

    source = (FIXTURES / "biden-canal-retour-russie.txt").read_text(encoding="utf-8")
    outline = propose(annotated_from(source, "text"))
    assert sum(block.insert for block in outline.blocks) == 4   # the four headings of the mission article
    assert "« --emit markdown » insère ces sous-titres." in shown(outline)
    outline.blocks[:] = [outline.blocks[0]]   # the introduction alone: nothing to insert
    assert not outline.blocks[0].insert
    text = shown(outline)
    assert "0 sous-titre proposé" in text and "aucun sous-titre à insérer." in text
    assert "insère ces sous-titres" not in text
