"""A block that needs a heading but has no statement to draw one from is left to the editor.

`headings._fallback` used to insert the block's best-weighted noun phrase wherever it sat;
on burned editor panels 5–9 such phrases were usable 3 times in 20. On the ANDi page
(fixtures/beta-startup-andi.md) the last block lists what the service is not, and the
fallback made its first item a heading: « Un organisme de placement de PSH à tout prix »,
the opposite of the page's point.
"""

from __future__ import annotations

import json

from seo_audit.cli import main
from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.emit import emit_markdown
from seo_audit.readers import parse

from conftest import FIXTURES, read_fixture

NOT_US = "Un organisme de placement de PSH à tout prix"


def _andi():
    article = parse(read_fixture("beta-startup-andi.md"), "beta-startup-andi.md", "markdown")
    return article, propose(annotate(article))


def test_a_block_without_a_statement_heading_is_to_write_not_inserted():
    article, outline = _andi()
    last = outline.blocks[-1]
    assert (last.start_line, last.end_line) == (44, 48)
    assert last.to_write and not last.insert
    assert last.subheading == NOT_US  # offered as a lead only
    emitted, _ = emit_markdown(article, outline)
    assert NOT_US not in emitted.replace(f"-\t{NOT_US}", "")  # the list item stays, no heading made of it
    assert f"## {NOT_US}" not in emitted


def test_blocks_with_a_statement_heading_are_still_inserted():
    article, outline = _andi()
    inserted = [b for b in outline.blocks if b.insert]
    assert [b.subheading for b in inserted] == ["Les périodes d’immersion professionnelle", "La préparation à l’embauche"]
    assert not any(b.to_write for b in inserted)
    emitted, _ = emit_markdown(article, outline)
    assert "## Les périodes d’immersion professionnelle" in emitted


def test_json_and_terminal_say_the_heading_is_to_write(capsys):
    path = str(FIXTURES / "beta-startup-andi.md")
    assert main(["outline", path, "--format", "json"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert [b["to_write"] for b in blocks] == [False, False, False, True]
    assert main(["outline", path]) == 0
    out = capsys.readouterr().out
    assert "sous-titre à écrire" in out and "piste : Un organisme de placement" in out  # the cell wraps
    assert "2 sous-titres proposés · 1 sous-titre à écrire" in out


def test_the_html_page_says_which_heading_is_to_write(tmp_path, capsys):
    page = tmp_path / "plan.html"
    assert main(["outline", str(FIXTURES / "beta-startup-andi.md"), "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "<b>1</b> sous-titre à écrire" in html
    assert '<span class="h none">(sous-titre à écrire)</span>' in html  # the plan beside the text
    assert "Sous-titre à écrire" in html and "Piste : <q>Un organisme de placement de PSH à tout prix</q>" in html
    assert 'class="proposal"' not in html.split("Sous-titre à écrire")[1].split("Bloc")[0]  # nothing proposed there
