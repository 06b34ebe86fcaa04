"""`--emit markdown`: inserted lines only, byte-for-byte round trip, atomic write, CLI."""

from __future__ import annotations

import json
import os


from seo_audit.cli import main
from seo_audit.outline import propose
from seo_audit.outline.emit import emit_markdown, strip_inserted
from seo_audit.readers import parse

from conftest import annotated_from


def _strip_by_lines(emitted: str, original_has_front_matter: bool) -> str:
    """Remove what the emitter adds, without its help: the front matter and the
    heading lines (each followed by an empty line)."""
    lines = emitted.splitlines(keepends=True)
    if not original_has_front_matter:
        assert lines[0].strip() == "---"
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
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
    return "".join(out)


def test_round_trip_is_byte_for_byte(mission_text):
    annotated = annotated_from(mission_text)
    outline = propose(annotated)
    emitted, inserted = emit_markdown(annotated.article, outline)
    assert emitted != mission_text
    assert strip_inserted(emitted, inserted) == mission_text
    assert _strip_by_lines(emitted, False) == mission_text


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
    assert article.description.text == outline.meta_description
    assert article.keyphrase == outline.keyphrase
    assert [h.text for h in article.headings] == [b.subheading for b in outline.blocks if b.insert]


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
    assert data["schema_version"] == "1.0"
    assert {"start_line", "end_line", "words", "keywords", "subheading", "alternatives"} <= set(data["blocks"][0])
    assert data["meta_title"]["chars"] <= 60 and 120 <= data["meta_description"]["chars"] <= 156
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


def test_write_next_to_a_text_file(tmp_path, mission_text, capsys):
    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    assert main(["outline", str(draft), "--emit", "markdown", "--write"]) == 0
    assert draft.read_text(encoding="utf-8") == mission_text
    assert (tmp_path / "brouillon.md").exists()


def test_write_without_emit_is_a_usage_error(tmp_path, capsys):
    draft = tmp_path / "a.txt"
    draft.write_text("Titre\n\nUn paragraphe.\n", encoding="utf-8")
    assert main(["outline", str(draft), "--write"]) == 2
    assert "--emit" in capsys.readouterr().err


def test_missing_file_is_exit_2(tmp_path, capsys):
    assert main(["outline", str(tmp_path / "absent.txt")]) == 2
    assert "introuvable" in capsys.readouterr().err
