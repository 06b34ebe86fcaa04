"""`--emit markdown`: inserted lines only, byte-for-byte round trip, atomic write, CLI."""

from __future__ import annotations

import json
import os


from seo_audit.cli import main
from seo_audit.outline import propose
from seo_audit.outline.emit import emit_markdown, heading_edit, strip_inserted
from seo_audit.outline.limits import default_limits
from seo_audit.render.outline_json import outline_data
from seo_audit.readers import parse

from conftest import annotated_from


def _strip_by_lines(emitted: str, original_has_front_matter: bool) -> str:
    """Remove what the emitter adds, without its help: the front matter (its `title` put
    back as the first line, as a .txt has it) and the heading lines (each followed by an
    empty line)."""
    import yaml

    lines = emitted.splitlines(keepends=True)
    head = ""
    if not original_has_front_matter:
        assert lines[0].strip() == "---"
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        title = yaml.safe_load("".join(lines[1:end])).get("title")
        head = f"{title}\n\n" if title else ""
        lines = lines[end + 1 :]
    out, skip = [], False
    for line in lines:
        if skip:
            skip = False
            assert line.strip() == ""
            continue
        if line.startswith("## "):
            skip = True
            continue
        out.append(line)
    return head + "".join(out)


def test_round_trip_is_byte_for_byte(mission_text):
    annotated = annotated_from(mission_text)
    outline = propose(annotated)
    emitted, inserted = emit_markdown(annotated.article, outline)
    assert emitted != mission_text
    assert strip_inserted(emitted, inserted) == mission_text
    assert _strip_by_lines(emitted, False) == mission_text
    # the .txt title line moved into the front matter: the title appears once, no slug
    title = mission_text.split("\n", 1)[0]
    assert emitted.count(title) == 1 and "\ntitle: " in emitted and "slug:" not in emitted
    body = emitted.split("\n---\n", 1)[1]
    assert title not in body


def test_slug_only_when_asked(mission_text):
    annotated = annotated_from(mission_text)
    outline = propose(annotated)
    emitted, inserted = emit_markdown(annotated.article, outline, slug=True)
    assert "\nslug: le-canal-de-retour" in emitted
    assert strip_inserted(emitted, inserted) == mission_text


def test_round_trip_keeps_crlf_line_endings(mission_text):
    crlf = mission_text.replace("\n", "\r\n")
    annotated = annotated_from(crlf)
    emitted, inserted = emit_markdown(annotated.article, propose(annotated))
    assert "\r\n## " in emitted
    assert strip_inserted(emitted, inserted) == crlf


def test_emitted_markdown_reads_back_with_headings_and_front_matter(mission_text):
    annotated = annotated_from(mission_text)
    outline = propose(annotated)
    emitted, _ = emit_markdown(annotated.article, outline)
    article = parse(emitted, "x.md", "markdown")
    assert article.title.text == outline.meta_title
    assert article.front_matter["title"] == annotated.article.title.text
    assert not any(b.text == annotated.article.title.text for b in article.blocks)
    assert article.description.text == outline.meta_description
    assert article.keyphrase == outline.keyphrase
    assert [h.text for h in article.headings] == [b.subheading for b in outline.blocks if b.insert]


def test_a_bold_line_chosen_as_heading_is_promoted_not_repeated():
    # « **Les problématiques actuelles** » then « **Informations :** » (a beta.gouv.fr page,
    # fixtures/heads/cas-par-4.md): the section's label is the block's heading; emitted, its
    # line becomes « ## Les problématiques actuelles », and the bold line is not left under it
    from conftest import BEFORE_LAYOUT, FIXTURES

    source = (FIXTURES / "heads" / "cas-par-4.md").read_text(encoding="utf-8")
    annotated = annotated_from(source, "markdown")
    # the blocks as cut before the segmentation weighed the layout, at 60 words: one opens on
    # « **Communication** » with its trailing space (the layout now keeps it with the other
    # problems, under « Les problématiques actuelles »)
    outline = propose(annotated, settings=BEFORE_LAYOUT)
    promoted = [b for b in outline.blocks if b.insert and b.promoted]
    assert [b.subheading for b in promoted] == ["Les problématiques actuelles", "Communication"]
    emitted, inserted = emit_markdown(annotated.article, outline)
    assert "\n## Les problématiques actuelles\n\n**Informations" in emitted
    assert "**Les problématiques actuelles**" not in emitted and "\n## Communication \n" not in emitted
    assert "\n## Communication\n\n* Pour chaque" in emitted  # « **Communication** » (a trailing space) promoted
    assert strip_inserted(emitted, inserted) == source
    # the JSON says which headings are the author's bold lines (and only those)
    blocks = outline_data(outline, "0")["blocks"]
    assert [b["subheading"] for b in blocks if b["promoted"]] == ["Les problématiques actuelles", "Communication"]
    assert any(b["insert"] and not b["promoted"] for b in blocks)
    # what the emitter rewrites is the two bold lines, counted in the fixture by hand, and nothing else
    lines_of_source = source.splitlines()
    rewritten = sorted(lines_of_source[b.start_line - 1] for b in outline.blocks
                       if b.insert and heading_edit(annotated.article, b, "\n").removed)
    assert rewritten == ["**Communication**\xa0", "**Les problématiques actuelles**"], rewritten
    # by lines, without the emitter's help: `## X` of a promoted line is the bold line `**X**`,
    # the other inserted headings go with their empty line, the front matter's added keys go
    lines, out, skip = emitted.splitlines(keepends=True), [], False
    bold = {b.subheading for b in promoted}
    for line in lines:
        if skip:
            skip = False
            continue
        if line.startswith("## "):
            if line[3:].strip() in bold:
                out.append(f"**{line[3:].strip()}**\n")
            else:
                skip = True
            continue
        if line.startswith(("seo_title:", "description:", "keyphrase:")):
            continue
        out.append(line)
    # (a bold line's trailing spaces, which Markdown ignores, are the markup that goes)
    assert [line.rstrip() for line in "".join(out).splitlines()] == [line.rstrip() for line in source.splitlines()]
    # the other blocks still get a heading inserted above their first line
    assert any(b.insert and not b.promoted for b in outline.blocks)


def test_a_numbered_or_plain_label_line_chosen_as_heading_is_promoted_not_repeated():
    """« 4 . Renforcement du suivi » over its items (fixtures/heads/accidents-de-la-route.md):
    the heading takes its line's place, without the list number or the closing colon, and the
    line is not left under a heading that says the same words."""
    from conftest import FIXTURES

    source = (FIXTURES / "heads" / "accidents-de-la-route.md").read_text(encoding="utf-8")
    annotated = annotated_from(source, "markdown")
    outline = propose(annotated)
    promoted = {b.subheading for b in outline.blocks if b.insert and b.promoted}
    assert {"Renforcement du suivi", "Collaboration et adoption de la méthode"} <= promoted
    emitted, inserted = emit_markdown(annotated.article, outline)
    assert "\n### Renforcement du suivi\n" in emitted and "4 . Renforcement du suivi" not in emitted
    assert "\n### Collaboration et adoption de la méthode\n" in emitted
    assert "4 . Collaboration et adoption de la méthode :" not in emitted
    assert strip_inserted(emitted, inserted) == source
    # every way of numbering the line (segment.NUMBERED, as the labels are found) is promoted
    # the same way: « 4° », « d) » and « 4- » left the line under its heading
    for mark in ("4°", "d)", "4-"):   # (« 4) » opens a Markdown list item: no label line)
        variant = source.replace("4 . Renforcement du suivi", f"{mark} Renforcement du suivi")
        annotated = annotated_from(variant, "markdown")
        outline = propose(annotated)
        emitted, inserted = emit_markdown(annotated.article, outline)
        assert emitted.count("Renforcement du suivi") == 1 and "\n### Renforcement du suivi\n" in emitted, mark
        assert strip_inserted(emitted, inserted) == variant


def test_existing_front_matter_only_gains_missing_keys():
    text = ("---\ntitle: Mon titre\nkeyphrase: fusée\n---\n# Mon titre\n\n" +
            "\n\n".join(["La fusée a décollé ce matin de Floride avec sa capsule. " * 3] * 2) + "\n")
    annotated = annotated_from(text, "markdown")
    outline = propose(annotated)
    emitted, inserted = emit_markdown(annotated.article, outline)
    assert strip_inserted(emitted, inserted) == text
    assert emitted.count("keyphrase:") == 1 and emitted.startswith("---\ntitle: Mon titre\n")


def test_cli_emit_then_check_passes_structure_rules(tmp_path, mission_text, capsys):
    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    assert main(["outline", str(draft), "--emit", "markdown"]) == 0
    emitted = capsys.readouterr().out
    target = tmp_path / "brouillon.md"
    target.write_text(emitted, encoding="utf-8")
    main(["check", str(target), "--format", "json", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)["files"][0]
    structure = {c: o for c, o in report["outcomes"].items() if c.startswith("STR")}
    assert structure and all(o in ("pass", "skip") for o in structure.values()), structure


def test_cli_json_schema(tmp_path, mission_text, capsys):
    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    assert main(["outline", str(draft), "--format", "json"]) == 0
    first = capsys.readouterr().out
    data = json.loads(first)
    assert data["schema_version"] == "1.3"
    assert {"start_line", "end_line", "words", "keywords", "subheading", "alternatives"} <= set(data["blocks"][0])
    limits = default_limits()
    assert data["meta_title"]["chars"] <= limits.title_max_chars
    assert limits.description_min_chars <= data["meta_description"]["chars"] <= limits.description_max_chars
    assert main(["outline", str(draft), "--format", "json"]) == 0
    assert capsys.readouterr().out == first  # deterministic


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path, mission_text, monkeypatch, capsys):
    draft = tmp_path / "brouillon.md"
    draft.write_text(mission_text, encoding="utf-8")
    before = draft.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disque plein")

    monkeypatch.setattr(os, "replace", broken_replace)
    assert main(["outline", str(draft), "--emit", "markdown", "--write"]) == 2  # no traceback
    assert "écriture impossible (disque plein)" in capsys.readouterr().err
    assert draft.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brouillon.md"]
    monkeypatch.undo()

    assert main(["outline", str(draft), "--emit", "markdown", "--write"]) == 0
    written = draft.read_text(encoding="utf-8")
    assert written.startswith("---\n") and "\n## " in written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brouillon.md"]
    assert "brouillon.md écrit (" in capsys.readouterr().err


def test_write_next_to_a_text_file(tmp_path, mission_text, capsys):
    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    assert main(["outline", str(draft), "--emit", "markdown", "--write"]) == 0
    assert draft.read_text(encoding="utf-8") == mission_text
    assert (tmp_path / "brouillon.md").exists()
    said = capsys.readouterr().err
    assert "brouillon.md créé à partir de" in said and "brouillon.txt" in said  # a new file, said as such


def test_write_without_emit_is_a_usage_error(tmp_path, capsys):
    draft = tmp_path / "a.txt"
    draft.write_text("Titre\n\nUn paragraphe.\n", encoding="utf-8")
    assert main(["outline", str(draft), "--write"]) == 2
    assert "--emit" in capsys.readouterr().err


def test_missing_file_is_exit_2(tmp_path, capsys):
    assert main(["outline", str(tmp_path / "absent.txt")]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_project_configuration_reaches_outline_and_its_html_page(tmp_path, mission_text, capsys):
    """seo-audit.toml's thresholds change what outline proposes and what its page shows."""
    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    assert main(["outline", str(draft), "--format", "json"]) == 0
    default = json.loads(capsys.readouterr().out)
    (tmp_path / "seo-audit.toml").write_text(
        "[rules.TTL002]\nmin_chars = 20\nmax_chars = 45\n"
        "[rules.MET002]\nmin_chars = 60\nmax_chars = 100\n"
        "[rules.STR002]\nmax_words = 150\n", encoding="utf-8")
    assert main(["outline", str(draft), "--format", "json"]) == 0
    configured = json.loads(capsys.readouterr().out)
    assert default["meta_title"]["chars"] > 45 >= configured["meta_title"]["chars"]
    assert configured["meta_title"]["text"] == "Le canal de retour de Biden vers la Russie"
    assert 60 <= configured["meta_description"]["chars"] <= 100 < default["meta_description"]["chars"]
    assert max(b["words"] for b in default["blocks"]) > 150
    assert len(configured["blocks"]) > len(default["blocks"])
    page = tmp_path / "plan.html"
    assert main(["outline", str(draft), "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "(≤ 45)" in html and "(60–100)" in html and "limite 150" in html
    assert "(≤ 60)" not in html and "limite 300" not in html


def test_outline_measures_the_title_at_the_configured_font(tmp_path, mission_text, capsys):
    """TTL003's font size reaches outline's JSON and page too: the proposed title's width
    is measured, and its search-result preview drawn, at the configured size."""
    from seo_audit.measures.serp import pixel_width

    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    (tmp_path / "seo-audit.toml").write_text("[rules.TTL003]\nfont_px = 40\nmax_pixels = 1200\n",
                                             encoding="utf-8")
    assert main(["outline", str(draft), "--format", "json"]) == 0
    title = json.loads(capsys.readouterr().out)["meta_title"]
    assert title["pixels"] == round(pixel_width(title["text"], 40.0)) > 1.9 * pixel_width(title["text"], 20.0)
    page = tmp_path / "plan.html"
    assert main(["outline", str(draft), "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert ".serp .st{margin:.15rem 0 .2rem;font-size:40px;" in html and "(Arial 40 px)" in html


def test_outline_on_many_files_one_entry_each(tmp_path, mission_text, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "un.txt").write_text(mission_text, encoding="utf-8")
    (tmp_path / "a" / "deux.md").write_text(
        "---\ntitle: Le jardin partagé du quartier ouvre\n---\n\n" +
        "Le jardin partagé du quartier ouvre ses portes samedi à tous les habitants. " * 3 + "\n",
        encoding="utf-8")
    assert main(["outline", str(tmp_path / "a"), str(tmp_path / "absent.txt"), "--format", "json"]) == 2
    data = json.loads(capsys.readouterr().out)
    paths = [f["path"] for f in data["files"]]
    assert len(paths) == 3 and paths[-1].endswith("absent.txt") and "error" in data["files"][-1]
    assert {p.rsplit("/", 1)[-1] for p in paths[:2]} == {"un.txt", "deux.md"}
    assert all(f["meta_description"] for f in data["files"][:2])
    # an unreadable file keeps its place in the order the files were named
    assert main(["outline", str(tmp_path / "absent.txt"), str(tmp_path / "a" / "deux.md"), "--format", "json"]) == 2
    files = json.loads(capsys.readouterr().out)["files"]
    assert "error" in files[0] and files[0]["path"].endswith("absent.txt") and files[1]["path"].endswith("deux.md")
    assert main(["outline", str(tmp_path / "a"), "--format", "html"]) == 2  # a folder needs -o DIR
    assert "-o DOSSIER" in capsys.readouterr().err
    assert main(["outline", str(tmp_path / "a" / "*.txt"), "--format", "json"]) == 0  # a glob
    assert json.loads(capsys.readouterr().out)["path"].endswith("un.txt")
    out = tmp_path / "plans"
    assert main(["outline", str(tmp_path / "a"), "--format", "html", "-o", str(out)]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.name for p in out.iterdir() if p.name != "index.html")
    assert len(pages) == 2 and all(f'href="{p}"' in index for p in pages)


def test_write_on_a_folder_skips_a_note_too_short_to_be_an_article(tmp_path, mission_text, capsys):
    """`--write` on a folder: the 2-word « notes perso » gets no notes.md, one sentence names it,
    and the article beside it is written; the run ends with 0, as nothing failed."""
    (tmp_path / "brouillon.txt").write_text(mission_text, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("notes perso\n", encoding="utf-8")
    assert main(["outline", str(tmp_path), "--emit", "markdown", "--write"]) == 0
    err = capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brouillon.md", "brouillon.txt", "notes.txt"]
    assert f"{tmp_path / 'notes.txt'} : 2 mots, trop court pour un article (au moins 60 mots) ; " \
           "aucun fichier écrit." in err
    # without --write the user asked for the Markdown on the standard output: it is given
    assert main(["outline", str(tmp_path / "notes.txt"), "--emit", "markdown"]) == 0
    assert "notes perso" in capsys.readouterr().out


def test_the_write_minimum_is_the_smallest_block_and_the_help_says_it():
    """`--write`'s minimum is the segmenter's smallest block, written as a literal in
    commands/outline.py so that cli.py, which imports that module for every command, does not
    load the outline package: this keeps the two equal, and the epilog shows that number."""
    from seo_audit.commands.outline import EPILOG, MIN_WRITTEN_WORDS
    from seo_audit.outline.segment import Settings

    assert MIN_WRITTEN_WORDS == Settings.min_words
    assert f"un texte de moins de {Settings.min_words} mots" in EPILOG


def test_starting_the_command_line_loads_no_outline_module():
    """Every command (`check` too) imports commands.outline for its epilog: that must not load
    the outline package (a fresh interpreter, as sys.modules here holds it already)."""
    import subprocess
    import sys

    code = ("import sys, seo_audit.cli, seo_audit.commands.outline; "
            "print(sorted(m for m in sys.modules if m.startswith('seo_audit.outline')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
