"""`seo-audit lsp` driven as an editor drives it: a real subprocess, JSON-RPC on stdio.

One server for the module (it loads the French model once); each test works on its own
files in its own folder, so that configuration files found from one test's folder never
reach another's.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from seo_audit.lsp.client import Client, apply_edits
from seo_audit.lsp.positions import LineIndex

from conftest import read_fixture

TITLE = ("À l’intérieur du canal de retour dramatique de Biden vers la Russie alors qu’un "
         "quasi-coup d’État se déroulait")


def mission_markdown() -> str:
    """The mission article (plain text, no subheadings) as Markdown: its title line as `#`."""
    text = read_fixture("biden-canal-retour-russie.txt")
    first, rest = text.split("\n", 1)
    assert first == TITLE
    return f"# {first}\n{rest}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("lsp")
    client = Client(cwd=str(root))
    result = client.initialize(root)
    client.initialized_at = time.monotonic()  # type: ignore[attr-defined]
    client.root = root  # type: ignore[attr-defined]
    client.initialize_result = result  # type: ignore[attr-defined]
    yield client
    client.close()


def new_document(server: Client, folder: str, text: str, name: str = "article.md") -> tuple[Path, str]:
    path = Path(server.root) / folder / name  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path, path.resolve().as_uri()


def open_and_wait(server: Client, uri: str, text: str, language: str = "markdown") -> list[dict]:
    mark = len(server.notifications)
    server.open(uri, text, language)
    return server.diagnostics(uri, 1, after=mark)["params"]["diagnostics"]


def change_and_wait(server: Client, uri: str, text: str, version: int) -> list[dict]:
    mark = len(server.notifications)
    server.change(uri, text, version)
    return server.diagnostics(uri, version, after=mark)["params"]["diagnostics"]


def covered(text: str, rng: dict) -> str:
    from lsprotocol import types

    index = LineIndex(text)
    start = index.offset(types.Position(rng["start"]["line"], rng["start"]["character"]))
    end = index.offset(types.Position(rng["end"]["line"], rng["end"]["character"]))
    return text[start:end]


def codes(diagnostics: list[dict]) -> set[str]:
    return {d["code"] for d in diagnostics}


def code_actions(server: Client, uri: str, line: int, character: int = 0) -> list[dict]:
    position = {"line": line, "character": character}
    return server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": position, "end": position},
        "context": {"diagnostics": []}}) or []


def edits_of(action: dict) -> list[dict]:
    change = action["edit"]["documentChanges"]
    assert len(change) == 1
    return change[0]["edits"]


def test_initialize_answers_at_once_and_reports_the_model_load(server):
    capabilities = server.initialize_result["capabilities"]
    assert capabilities["hoverProvider"] is True
    assert capabilities["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
    assert capabilities["textDocumentSync"]["change"] == 1  # full text: no drift between editor and server
    # the progress the server opened for the model load is closed once it is loaded
    end = server.wait_for(lambda m: m.get("method") == "$/progress" and m["params"]["value"]["kind"] == "end")
    assert "modèle français chargé" in end["params"]["value"]["message"]
    assert end["_received"] > server.initialized_at  # initialize did not wait for the model
    begin = next(m for m in server.notifications if m.get("method") == "$/progress")
    assert begin["params"]["value"]["kind"] == "begin"
    assert any(r["method"] == "window/workDoneProgress/create" for r in server.server_requests)


def test_article_without_subheadings_gets_str001_and_located_findings(server):
    text = mission_markdown()
    _, uri = new_document(server, "sans-sous-titres", text)
    diagnostics = open_and_wait(server, uri, text)
    str001 = [d for d in diagnostics if d["code"] == "STR001"]
    assert len(str001) == 1
    # a finding about the whole file sits on the first line, all of it
    assert str001[0]["range"] == {"start": {"line": 0, "character": 0},
                                  "end": {"line": 0, "character": len(text.split("\n")[0])}}
    assert str001[0]["severity"] == 1 and str001[0]["source"] == "seo-audit"
    assert "sous-titre" in str001[0]["message"]
    assert str001[0]["codeDescription"]["href"].startswith("file://")
    # the title's finding covers the title's words, not the « # »
    ttl002 = next(d for d in diagnostics if d["code"] == "TTL002")
    assert covered(text, ttl002["range"]) == TITLE
    # a long sentence: the range is exactly that sentence (counted by hand: 46 words)
    long46 = next(d for d in diagnostics if d["code"] == "RDB002" and d["message"] == "Phrase de 46 mots.")
    sentence = covered(text, long46["range"])
    assert sentence.startswith("«\u00a0Du point de vue des États-Unis, c’était en fait très utile")
    assert sentence.endswith("changer de régime ou de détruire la Russie.\u00a0»")


def test_insert_subheading_action_makes_str001_go(server):
    text = mission_markdown()
    _, uri = new_document(server, "inserer", text)
    assert "STR001" in codes(open_and_wait(server, uri, text))
    actions = code_actions(server, uri, 0)
    inserts = [a for a in actions if a["title"].startswith("Insérer le sous-titre proposé")]
    assert inserts, [a["title"] for a in actions]
    assert any(a["title"].startswith(f"Insérer les {len(inserts)} sous-titres") for a in actions)
    action = inserts[0]
    assert action["kind"] == "quickfix"
    edits = edits_of(action)
    assert action["edit"]["documentChanges"][0]["textDocument"] == {"uri": uri, "version": 1}
    # the edit only inserts one heading line made of the article's own words
    assert len(edits) == 1 and edits[0]["range"]["start"] == edits[0]["range"]["end"]
    heading = edits[0]["newText"]
    assert heading.startswith("## ") and heading.endswith("\n\n")
    assert heading[3:].strip().lower() in text.lower()
    edited = apply_edits(text, edits)
    assert edited.replace(heading, "", 1) == text
    diagnostics = change_and_wait(server, uri, edited, 2)
    assert "STR001" not in codes(diagnostics)
    # the new section is still too long (STR002, on its heading): its fixes are the
    # proposals inside that section
    section = next(d for d in diagnostics if d["code"] == "STR002" and heading.strip()[3:] in d["message"])
    line = section["range"]["start"]["line"]
    inside = [a for a in code_actions(server, uri, line, 0) if a["title"].startswith("Insérer le sous-titre proposé")]
    assert inside and all(edits_of(a)[0]["range"]["start"]["line"] > line for a in inside)
    again = apply_edits(edited, edits_of(inside[0]))
    after = change_and_wait(server, uri, again, 3)
    assert section["message"] not in [d["message"] for d in after]


def test_configuration_change_is_followed(server):
    text = mission_markdown()
    path, uri = new_document(server, "configuration", text)
    assert {"STR001", "RDB002"} <= codes(open_and_wait(server, uri, text))
    config = path.parent / "seo-audit.toml"
    config.write_text('ignore = ["RDB"]\n\n[rules.STR001]\nmax_words = 5000\n', encoding="utf-8")
    mark = len(server.notifications)
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
    after = server.diagnostics(uri, after=mark)["params"]["diagnostics"]
    assert not any(d["code"].startswith("RDB") for d in after)
    assert "STR001" not in codes(after)
    assert "MET001" in codes(after)
    # a broken configuration is one diagnostic saying which file and key
    config.write_text('ignore = ["XYZ999"]\n', encoding="utf-8")
    mark = len(server.notifications)
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    broken = server.diagnostics(uri, after=mark)["params"]["diagnostics"]
    assert len(broken) == 1 and "XYZ999" in broken[0]["message"] and "seo-audit.toml" in broken[0]["message"]
    config.unlink()
    mark = len(server.notifications)
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 3}]})
    assert "RDB002" in codes(server.diagnostics(uri, after=mark)["params"]["diagnostics"])


def test_configuration_is_followed_without_file_watching(server):
    """Editors that watch no files for the server (Neovim 0.7) still see a new
    configuration: the server looks at the configuration files of open documents."""
    text = mission_markdown()
    path, uri = new_document(server, "sans-surveillance", text)
    assert "STR001" in codes(open_and_wait(server, uri, text))
    mark = len(server.notifications)
    (path.parent / "seo-audit.toml").write_text('ignore = ["STR"]\n', encoding="utf-8")
    after = server.diagnostics(uri, after=mark, timeout=30)["params"]["diagnostics"]
    assert not any(d["code"].startswith("STR") for d in after) and "MET001" in codes(after)


def test_bad_document_gives_one_diagnostic_and_the_server_goes_on(server):
    bad = "---\ntitle: Un titre\ndescription: « a: b » : c: d\n---\n\nUn paragraphe en français.\n"
    _, uri = new_document(server, "mauvais", bad)
    diagnostics = open_and_wait(server, uri, bad)
    assert len(diagnostics) == 1
    assert "front matter" in diagnostics[0]["message"] and diagnostics[0]["range"]["start"]["line"] == 2
    good = bad.replace("description: « a: b » : c: d", "description: Une description.")
    diagnostics = change_and_wait(server, uri, good, 2)
    assert "LEN001" in codes(diagnostics)
    unknown = good + "\n<!-- seo-audit: disable-next=XYZ123 -->\nEncore un paragraphe.\n"
    diagnostics = change_and_wait(server, uri, unknown, 3)
    assert len(diagnostics) == 1 and "XYZ123" in diagnostics[0]["message"]


def test_hover_explains_the_rule_with_value_and_threshold(server):
    text = mission_markdown()
    _, uri = new_document(server, "survol", text)
    diagnostics = open_and_wait(server, uri, text)
    long46 = next(d for d in diagnostics if d["code"] == "RDB002" and d["message"] == "Phrase de 46 mots.")
    position = {"line": long46["range"]["start"]["line"], "character": long46["range"]["start"]["character"] + 5}
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": position})
    value = hover["contents"]["value"]
    assert "46 mots, maximum 20" in value
    assert "phrases-trop-longues" in value and "Au plus 25 % des phrases dépassent 20 mots." in value
    nothing = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": {"line": 1, "character": 0}})
    assert nothing is None  # the blank line under the title has no finding


def test_disable_next_and_front_matter_actions(server):
    text = mission_markdown()
    _, uri = new_document(server, "actions", text)
    diagnostics = open_and_wait(server, uri, text)
    passive = next(d for d in diagnostics if d["code"] == "RDB003" and d["message"].startswith("Passif :"))
    line = passive["range"]["start"]["line"]
    actions = code_actions(server, uri, line, passive["range"]["start"]["character"] + 1)
    disable = next(a for a in actions if a["title"] == "Désactiver RDB003 pour ce bloc")
    assert not any(a["title"].startswith("Insérer les") for a in actions)  # only on STR001 itself
    assert edits_of(disable)[0]["newText"] == "<!-- seo-audit: disable-next=RDB003 -->\n"
    edited = apply_edits(text, edits_of(disable))
    after = change_and_wait(server, uri, edited, 2)
    assert not any(d["code"] == "RDB003" and d["range"]["start"]["line"] == line + 1 for d in after)
    assert sum(d["code"] == "RDB003" for d in after) == sum(d["code"] == "RDB003" for d in diagnostics) - 1

    actions = code_actions(server, uri, 0)
    keyphrase = next(a for a in actions if a["title"].startswith("Déclarer l’expression clé suggérée"))
    description = next(a for a in actions if a["title"].startswith("Mettre la meta description proposée"))
    edited = apply_edits(edited, edits_of(keyphrase))
    assert edited.startswith("---\nkeyphrase: ")
    after = change_and_wait(server, uri, edited, 3)
    assert "KW001" not in codes(after)
    # the front matter now exists: the description goes in it, before its closing line
    actions = code_actions(server, uri, 0)
    description = next(a for a in actions if a["title"].startswith("Mettre la meta description proposée"))
    edited = apply_edits(edited, edits_of(description))
    front = edited.split("---\n")[1]
    assert front.startswith("keyphrase: ") and "\ndescription: " in front
    proposed = front.split("\ndescription: ", 1)[1].strip().strip("'\"")
    assert proposed[:40] in text  # the article's own sentence
    after = change_and_wait(server, uri, edited, 4)
    assert "MET001" not in codes(after)


def test_stale_changes_are_never_published(server):
    text = mission_markdown()
    _, uri = new_document(server, "rafale", text)
    open_and_wait(server, uri, text)
    mark = len(server.notifications)
    for version in range(2, 8):  # a burst of keystrokes, faster than the debounce
        server.change(uri, text + "\nBrouillon" + " encore" * version + "\n", version)
    last = server.diagnostics(uri, 7, after=mark)
    published = [m["params"].get("version") for m in server.notifications[mark:]
                 if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]
    assert published == [7]
    assert last["params"]["diagnostics"]


def test_html_and_plain_text_documents(server):
    html = read_fixture("wikinews-44269.html")
    _, uri = new_document(server, "html", html, "page.html")
    diagnostics = open_and_wait(server, uri, html, "html")
    assert diagnostics and all(d["code"] != "seo-audit" for d in diagnostics)
    plain = read_fixture("wikinews-44046.txt")
    _, uri = new_document(server, "texte", plain, "brouillon.txt")
    diagnostics = open_and_wait(server, uri, plain, "plaintext")
    assert "LEN001" in codes(diagnostics)
    # front matter and Markdown headings are not offered in a .txt
    titles = [a["title"] for a in code_actions(server, uri, 0)]
    assert not any(t.startswith(("Insérer", "Mettre", "Déclarer")) for t in titles)


def test_close_clears_the_diagnostics(server):
    text = mission_markdown()
    _, uri = new_document(server, "fermer", text)
    open_and_wait(server, uri, text)
    mark = len(server.notifications)
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert server.diagnostics(uri, after=mark)["params"]["diagnostics"] == []
