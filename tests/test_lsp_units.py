"""The language server's parts in-process: positions, hover figures, failures as one
diagnostic, the same findings as `check`."""

from __future__ import annotations

import dataclasses
import json

import pytest
from lsprotocol import types

from seo_audit.checks import REGISTRY
from seo_audit.cli import main
from seo_audit.lsp.analysis import ConfigCache, analyse, format_for
from seo_audit.lsp.diagnostics import diagnostics, hover_text, measured, number
from seo_audit.lsp.positions import LineIndex

from conftest import read_fixture


def test_positions_count_utf16_units_and_only_protocol_line_breaks():
    text = "Un 😀 café\r\nÉté\u2028suite\rfin"
    index = LineIndex(text)
    assert index.line_count == 3  # \u2028 is not a line break for the protocol
    assert index.position(1, 6) == types.Position(0, 6)  # the emoji is two UTF-16 units
    assert index.position_at(text.index("café")) == types.Position(0, 6)
    assert index.offset(types.Position(0, 6)) == text.index("café")
    assert index.position(2, 5) == types.Position(1, 4)
    assert index.position_at(text.index("fin")) == types.Position(2, 0)
    assert LineIndex(text, types.PositionEncodingKind.Utf8).position(1, 6) == types.Position(0, 8)
    assert LineIndex(text, types.PositionEncodingKind.Utf32).position(1, 6) == types.Position(0, 5)
    assert index.line_range(0).end == types.Position(0, 10)


def test_measured_value_against_its_threshold_in_french():
    rdb002 = {"max_words": 20, "max_share": 25.0, "max_listed": 5}
    assert measured(46, 20, rdb002) == "46 mots, maximum 20"
    assert measured(64.3, 25.0, rdb002) == "64,3\u00a0%, maximum 25\u00a0%"
    assert measured(110, 60, {"min_chars": 30, "max_chars": 60}) == "110 caractères, maximum 60"
    assert measured(0.55, 0.5, {"max_position": 0.5}) == "55\u00a0%, maximum 50\u00a0%"
    assert measured(53.4, 60.0, {"min_score": 60.0}) == "53,4, minimum 60"
    assert measured("anglais", None, {}) is None
    assert number(3000) == "3\u202f000"


def test_a_share_is_read_from_the_rules_declaration_not_guessed():
    """RDB003 counts passive sentences in percent: with `max_share = 1` (1 %), 0,8 % of
    passive sentences read « 80 %, maximum 100 % », the value taken for a fraction."""
    from seo_audit.checks import all_rules

    rdb003, kw004 = all_rules()["RDB003"].specs, all_rules()["KW004"].specs
    assert measured(0.8, 1.0, {"max_share": 1.0}, rdb003) == "0,8\u00a0%, maximum 1\u00a0%"
    assert measured(0.25, 0.3, {"min_share": 0.3, "max_share": 0.75}, kw004) == "25\u00a0%, minimum 30\u00a0%"


def test_format_follows_the_extension_then_the_language():
    assert format_for("/a/b.html", "markdown") == "html"
    assert format_for("/a/b", "plaintext") == "text"
    assert format_for("/a/b.mdx", None) == "markdown"


@pytest.mark.parametrize("keyphrase", [None, "Mes Aides"])
def test_same_findings_as_check(tmp_path, capsys, keyphrase):
    text = read_fixture("2017-05-03-mes-aides-datascience-public.md")
    if keyphrase:  # declared: the server parses without the named entities (needs.py)
        text = text.replace("authors:", f"keyphrase: {keyphrase}\nauthors:", 1)
    path = tmp_path / "2017-05-03-mes-aides-datascience-public.md"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "seo-audit.toml").write_text('ignore = ["TTL"]\n[rules.STR005]\nmax_words = 60\n', encoding="utf-8")
    analysis = analyse(text, str(path), "markdown", configs=ConfigCache())
    assert analysis.failure is None
    main(["check", str(path), "--format", "json", "--no-cache", "--jobs", "1"])
    checked = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert [(f.code, f.line, f.column, f.message) for f in analysis.report.findings] == \
        [(f["code"], f["line"], f["column"], f["message"]) for f in checked]
    assert not any(f.code.startswith("TTL") for f in analysis.report.findings)
    assert any(f.code == "STR005" for f in analysis.report.findings)


def test_a_bidi_control_is_a_diagnostic_on_the_character_as_check_reports_it(tmp_path, capsys):
    """« Trojan Source »: the editor shows the document, where an override is invisible and
    reorders the line; the other outputs showed it as ⟨U+202E⟩, the editor showed nothing."""
    text = ("---\ntitle: Le conseil municipal vote le budget de la ville\n---\n\n"
            "Le maire a dit \u2067non\u2069 puis \u202eecnarf\u202c au conseil municipal.\n")
    path = tmp_path / "conseil.md"
    path.write_text(text, encoding="utf-8")
    analysis = analyse(text, str(path), "markdown", configs=ConfigCache())
    index = LineIndex(text)
    shown = [d for d in diagnostics(analysis, index) if d.code == "TYP005"]
    assert [(d.range.start, d.range.end) for d in shown] == [
        (index.position_at(text.index(c)), index.position_at(text.index(c) + 1)) for c in "\u2067\u202e"]
    assert "contrôle bidirectionnel invisible U+202E" in shown[1].message
    main(["check", str(path), "--format", "json", "--no-cache", "--jobs", "1"])
    checked = [f for f in json.loads(capsys.readouterr().out)["files"][0]["findings"] if f["code"] == "TYP005"]
    assert [(f.line, f.column, f.message) for f in analysis.report.findings if f.code == "TYP005"] == \
        [(f["line"], f["column"], f["message"]) for f in checked]


def test_a_quoted_control_is_shown_in_a_diagnostic_not_obeyed():
    """A message quoting the article (a title, a link's text) is shown as every text output
    shows it: the override does not turn the problems list around."""
    from seo_audit.lsp.diagnostics import to_diagnostic
    from seo_audit.report import Finding

    text = "Un titre\n\nLe conseil vote.\n"
    finding = Finding("LNK004", "warning", "Texte de lien vide : « \u202eici ».", "Décrivez la cible.", 3, 1, 3, 5)
    diagnostic = to_diagnostic(finding, LineIndex(text))
    assert diagnostic.message == "Texte de lien vide : « ⟨U+202E⟩ici »."
    assert "\u202e" not in hover_text(finding, None)


def test_a_crashing_rule_is_one_diagnostic_and_nothing_else(monkeypatch, tmp_path):
    def boom(context, params):
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setitem(REGISTRY, "LEN001", dataclasses.replace(REGISTRY["LEN001"], check=boom))
    text = read_fixture("wikinews-44046.txt")
    analysis = analyse(text, str(tmp_path / "a.txt"), "text", configs=ConfigCache())
    shown = diagnostics(analysis, LineIndex(text))
    assert len(shown) == 1
    assert "erreur interne" in shown[0].message and "AttributeError" in shown[0].message
    assert shown[0].range.start.line == 0


def test_an_empty_or_huge_document_is_one_diagnostic(tmp_path):
    empty = analyse("  \n", str(tmp_path / "a.md"), "markdown")
    assert empty.failure is not None and "vide" in empty.failure.message
    huge = analyse("mot " * 300, str(tmp_path / "a.md"), "markdown", max_bytes=1000)
    assert huge.failure is not None and "trop gros" in huge.failure.message


def test_excluded_file_shows_nothing(tmp_path):
    (tmp_path / "seo-audit.toml").write_text('exclude = ["brouillons/"]\n', encoding="utf-8")
    folder = tmp_path / "brouillons"
    folder.mkdir()
    analysis = analyse("Un texte.\n", str(folder / "a.md"), "markdown", configs=ConfigCache())
    assert analysis.excluded and diagnostics(analysis, LineIndex("Un texte.\n")) == []


def _front_matter(text: str, key: str, value: str, keys: tuple[str, ...]) -> str | None:
    from seo_audit.lsp.actions import Builder
    from seo_audit.lsp.analysis import Analysis

    builder = Builder(Analysis("file:///a.md", 1, text, "/a.md", "markdown"), LineIndex(text), True)
    edit = builder.front_matter_edit(key, value, keys)
    if edit is None:
        return None
    for item in sorted(edit, key=lambda i: i.offset, reverse=True):
        text = text[:item.offset] + item.text + text[item.end:]
    return text


def test_front_matter_edits_touch_one_key_and_keep_line_endings():
    body = "Un paragraphe.\n"
    assert _front_matter(body, "keyphrase", "canal de retour", ("keyphrase",)) == \
        "---\nkeyphrase: canal de retour\n---\n" + body
    with_front = "---\ntitle: Titre\n---\n" + body
    assert _front_matter(with_front, "description", "Une phrase : avec deux-points.", ("description",)) == \
        "---\ntitle: Titre\ndescription: 'Une phrase : avec deux-points.'\n---\n" + body
    crlf = "---\r\ntitle: Titre\r\ndescription: Trop court.\r\n---\r\n" + body.replace("\n", "\r\n")
    assert _front_matter(crlf, "description", "Une autre phrase.", ("description",)) == \
        crlf.replace("description: Trop court.", "description: Une autre phrase.")
    folded = "---\ndescription: >\n  Deux lignes\n  pliées.\n---\n" + body
    assert _front_matter(folded, "description", "Une phrase.", ("description",)) is None


def test_one_disable_action_per_rule_and_place(tmp_path):
    """Two passive sentences in one paragraph gave « Désactiver RDB003 pour ce bloc » twice,
    and every file-wide finding its own « … pour tout le fichier »: one action per rule and
    place, holding the diagnostics of all its findings there."""
    from seo_audit.lsp.actions import Builder

    text = ("# Le budget de la commune\n\n"
            "Le budget a été voté par le conseil. La piscine sera rénovée par la ville. Les habitants "
            "ont applaudi.\n")
    analysis = analyse(text, str(tmp_path / "budget.md"), "markdown", configs=ConfigCache())
    passive = [f for f in analysis.report.findings if f.code == "RDB003" and f.line == 3]
    assert len(passive) == 2
    cursor = types.Range(types.Position(2, 0), types.Position(2, 0))
    actions = Builder(analysis, LineIndex(text), True).actions(cursor)
    titles = [a.title for a in actions]
    assert len(titles) == len(set(titles)), titles
    (block,) = [a for a in actions if a.title == "Désactiver RDB003 pour ce bloc"]
    assert len(block.diagnostics) == 2
    on_the_file = [a for a in Builder(analysis, LineIndex(text), True).actions(
        types.Range(types.Position(0, 0), types.Position(0, 0))) if a.title.endswith("pour tout le fichier")]
    assert len(on_the_file) == len({a.title for a in on_the_file}) > 0


def test_proposals_are_made_ahead_only_for_a_current_markdown_text_that_needs_them(tmp_path):
    """For a client that cannot resolve code actions, the server makes the proposals once the
    user pauses (`server.make_outline`), so the quick-fix list does not wait for them."""
    from seo_audit.lsp.server import make_outline

    text = read_fixture("biden-canal-retour-russie.txt")
    as_markdown = analyse(text, str(tmp_path / "a.md"), "markdown")
    assert {"STR001", "MET001"} <= {f.code for f in as_markdown.report.findings}
    assert as_markdown.wants_outline
    assert not make_outline(as_markdown, lambda: False) and not as_markdown.has_outline  # typed on since
    assert make_outline(as_markdown, lambda: True) and as_markdown.has_outline
    assert as_markdown.outline().blocks  # the same object the code actions read
    # a plain text gets no Markdown fix: nothing to prepare
    assert not analyse(text, str(tmp_path / "a.txt"), "text").wants_outline


def test_a_bold_line_made_the_heading_is_replaced_not_repeated(tmp_path):
    # the structurer's heading for the block is its opening bold line (« **Les problématiques
    # actuelles** », fixtures/heads/cas-par-4.md): the quick fix turns that line into the
    # heading, as `--emit markdown` does, instead of inserting the same words above it
    from seo_audit.lsp.actions import Builder

    text = read_fixture("heads/cas-par-4.md")
    analysis = analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
    builder = Builder(analysis, LineIndex(text), True)
    proposals = builder.subheading_inserts()
    promoted = [edit for edit, heading, *_ in proposals if heading == "Les problématiques actuelles"]
    assert len(promoted) == 1 and promoted[0].end > promoted[0].offset
    assert text[promoted[0].offset:promoted[0].end] == "**Les problématiques actuelles**"
    assert promoted[0].text == "## Les problématiques actuelles"
    assert any(edit.end == edit.offset for edit, *_ in proposals)  # the others are inserted
