"""The language server's analyses leave nothing of spaCy behind (#21): each one parses in
a memory zone, so the vocabulary returns to its size after it, and what the server keeps
of it is plain data. In-process and fast: no 200-edit loop here (that is
`benchmarks/lsp_latency.py`). Also: the proposals and the hover follow the document's rule
set."""

from __future__ import annotations

import gc
import types
import uuid

import pytest

from seo_audit.lsp.analysis import ConfigCache, analyse
from seo_audit.lsp.diagnostics import hover_text
from seo_audit.nlp import load, memory_zone
from seo_audit.outline.limits import Limits
from seo_audit.report import Finding

from conftest import read_fixture

MARKDOWN = "2017-05-03-mes-aides-datascience-public.md"


def _invented_words(count: int) -> list[str]:
    """Word forms no vocabulary holds yet (as a writer typing makes them, one per keystroke)."""
    return [f"zorglub{uuid.uuid4().hex[:10]}isation" for _ in range(count)]


def _with_new_words(text: str) -> str:
    sentence = "Les " + ", les ".join(_invented_words(6)) + " changent tout."
    return text.replace("\n\n", f"\n\n{sentence}\n\n", 3)


def _spacy_objects(root: object) -> list[str]:
    """The spaCy objects (Doc, Span, Token, Lexeme, Vocab, Language…) reachable from `root`
    through containers and our own objects."""
    found, seen, todo = [], set(), [root]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        module = type(item).__module__ or ""
        if module.startswith(("spacy", "thinc", "cymem", "preshed")):
            found.append(f"{module}.{type(item).__name__}")
        elif not isinstance(item, (type, types.ModuleType, types.FunctionType, types.MethodType,
                                   types.BuiltinFunctionType, str, bytes, int, float)):
            todo.extend(gc.get_referents(item))
    return found


@pytest.fixture(scope="module")
def nlp():
    return load()


def test_the_vocabulary_returns_to_its_size_after_each_analysis(tmp_path, nlp):
    strings = nlp.vocab.strings
    text = read_fixture(MARKDOWN)
    analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())  # warm: model, caches
    size = len(strings)
    # the measure can see growth: a parse outside the analysis' zone adds the new words
    with memory_zone():
        nlp(" ".join(_invented_words(3)))
        assert len(strings) >= size + 3
    assert len(strings) == size
    for _ in range(2):  # two different texts, each with words never seen
        analysis = analyse(_with_new_words(text), str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
        assert analysis.failure is None and analysis.report.findings
        assert len(strings) == size
        assert analysis.outline() is not None  # the proposals parse again, in a zone too
        assert len(strings) == size


def test_the_lemmatizer_cache_is_bounded(tmp_path, monkeypatch, nlp):
    """Its entries are plain strings, kept from one analysis to the next (the parse is
    faster for it), up to a bound."""
    import seo_audit.nlp

    cache = nlp.get_pipe("lemmatizer").cache
    text = read_fixture(MARKDOWN)
    analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
    warm = len(cache)
    analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
    assert len(cache) == warm > 100  # the same words: nothing new, nothing lost
    monkeypatch.setattr(seo_audit.nlp, "LEMMA_CACHE_MAX", warm + 3)
    analyse(_with_new_words(text), str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
    assert len(cache) <= warm + 3


def test_an_analysis_keeps_no_spacy_object(tmp_path, nlp):
    text = read_fixture(MARKDOWN).replace("## ", "")  # no subheading: the outline proposes some
    analysis = analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
    assert analysis.failure is None and any(f.code == "STR001" for f in analysis.report.findings)
    outline = analysis.outline()
    assert outline is not None and any(b.insert for b in outline.blocks)
    assert _spacy_objects(analysis) == []
    # and the walk does find one where there is one
    with memory_zone():
        holder = {"x": [nlp("Un mot.")[0:1]]}
        assert _spacy_objects(holder) == ["spacy.tokens.span.Span"]
        del holder


def test_the_proposals_follow_the_document_rule_set(tmp_path, nlp):
    """The quick fixes propose what `check` with the project's configuration accepts."""
    project, elsewhere = tmp_path / "projet", tmp_path / "ailleurs"
    project.mkdir()
    (project / "seo-audit.toml").write_text(
        "[rules.STR002]\nmax_words = 120\n[rules.MET002]\nmin_chars = 60\nmax_chars = 100\n"
        "[rules.TTL002]\nmin_chars = 20\nmax_chars = 40\n", encoding="utf-8")
    text = read_fixture(MARKDOWN)
    analysis = analyse(text, str(project / "a.md"), "markdown", configs=ConfigCache())
    outline = analysis.outline()
    assert outline.limits == Limits.from_ruleset(analysis.ruleset)
    assert (outline.limits.section_words, outline.limits.description_max_chars, outline.limits.title_max_chars) \
        == (120, 100, 40)
    assert outline.meta_description and len(outline.meta_description) <= 100
    assert outline.meta_title and len(outline.meta_title) <= 40
    default = analyse(text, str(elsewhere / "a.md"), "markdown", configs=ConfigCache())
    assert default.outline().limits.section_words == 300


def test_hover_states_the_rule_with_the_thresholds_in_force(tmp_path):
    (tmp_path / "seo-audit.toml").write_text("[rules.RDB002]\nmax_words = 18\nmax_share = 30.0\n",
                                             encoding="utf-8")
    from seo_audit.config import load_config

    ruleset = load_config(tmp_path / "seo-audit.toml").ruleset_for(str(tmp_path / "a.md"))
    finding = Finding("RDB002", "warning", "Trop de phrases longues.", "Coupez-les.", value=46.0,
                      threshold=30.0)
    text = hover_text(finding, ruleset)
    assert "Règle : Au plus 30 % des phrases dépassent 18 mots." in text
    assert "**46\u00a0%, maximum 30\u00a0%**" in text


def test_the_site_pass_of_one_document_leaves_the_collector_alone(tmp_path, monkeypatch, nlp):
    """`gc.unfreeze` would thaw the server's frozen model, and each freeze made the garbage
    of earlier analyses wait for a full collection that hardly came (+0.5 MB a keystroke)."""
    text = read_fixture(MARKDOWN)
    real_unfreeze = gc.unfreeze
    calls: list[str] = []
    for name in ("freeze", "unfreeze"):
        monkeypatch.setattr(gc, name, lambda name=name: calls.append(name))
    analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
    assert calls == []
    monkeypatch.undo()
    gc.freeze()  # as the server does once its model is loaded
    try:
        analyse(text, str(tmp_path / "a.md"), "markdown", configs=ConfigCache())
        assert gc.get_freeze_count() > 0
    finally:
        real_unfreeze()


def test_fold_keeps_words_not_paragraphs():
    """A paragraph typed into changes at every keystroke: kept, it would stay in the cache."""
    from seo_audit.lang.fr import folding

    paragraph = "L’Équipe " + " ".join(_invented_words(8))
    misses = folding._fold_cached.cache_info().misses
    assert folding.fold(paragraph) == "l'equipe " + paragraph[9:]
    assert folding._fold_cached.cache_info().misses == misses  # not looked up, not kept
    word = _invented_words(1)[0].capitalize()
    assert folding.fold(word) == word.lower()
    assert folding._fold_cached.cache_info().misses == misses + 1  # a word is
