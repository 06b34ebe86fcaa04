"""Code actions that need the structurer, for a client that resolves them: the first list
comes without running it (seconds on a long article), the edit is made when chosen."""

from __future__ import annotations

import copy

import pytest

from seo_audit.lsp.client import CAPABILITIES, Client, apply_edits

from test_lsp_stdio import code_actions, codes, change_and_wait, edits_of, mission_markdown, open_and_wait


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("lsp-resolve")
    capabilities = copy.deepcopy(CAPABILITIES)
    capabilities["textDocument"]["codeAction"].update(resolveSupport={"properties": ["edit"]}, dataSupport=True)
    client = Client(cwd=str(root))
    result = client.initialize(root, capabilities=capabilities)
    assert result["capabilities"]["codeActionProvider"]["resolveProvider"] is True
    client.root = root  # type: ignore[attr-defined]
    yield client
    client.close()


def test_outline_proposals_are_made_when_chosen(server):
    text = mission_markdown()
    path = server.root / "article.md"
    path.write_text(text, encoding="utf-8")
    uri = path.resolve().as_uri()
    assert {"STR001", "MET001"} <= codes(open_and_wait(server, uri, text))
    first = code_actions(server, uri, 0)
    deferred = [a for a in first if "edit" not in a]
    assert sorted(a["title"] for a in deferred) == [
        "Insérer les sous-titres proposés (seo-audit outline)",
        "Mettre la meta description proposée dans le front matter (seo-audit outline)",
        "Mettre le titre SEO proposé dans le front matter (seo-audit outline)"]  # TTL002: the title is long
    assert all(a["title"].startswith(("Déclarer", "Désactiver")) for a in first if "edit" in a)
    subheadings = next(a for a in deferred if a["title"].startswith("Insérer"))
    chosen = server.request("codeAction/resolve", subheadings)
    edits = edits_of(chosen)
    assert edits and all(e["newText"].startswith("## ") and e["range"]["start"] == e["range"]["end"] for e in edits)
    # made once: the list of this version now names every proposal
    again = code_actions(server, uri, 0)
    assert not [a for a in again if "edit" not in a]
    assert any(a["title"].startswith("Insérer le sous-titre proposé « ") for a in again)
    edited = apply_edits(text, edits)
    assert "STR001" not in codes(change_and_wait(server, uri, edited, 2))
    # a list made for another version resolves to no edit at stale positions
    assert "edit" not in server.request("codeAction/resolve", subheadings)
