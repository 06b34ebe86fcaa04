"""Pathological « words » and sentences: the parse stays linear (`nlp/longwords.py`).

Timings are measured in `benchmarks/pathological.py`, never asserted here: these tests
check what the parse gives, which is what makes it linear."""

from __future__ import annotations

import pytest

from seo_audit.nlp import load
from seo_audit.nlp.longwords import MAX_RUN
from seo_audit.nlp.pieces import pieces
from seo_audit.readers import parse

from conftest import read_fixture

BEFORE = "Le conseil municipal se réunit jeudi soir à la mairie. "
AFTER = " Les habitants sont invités à venir nombreux."


@pytest.mark.parametrize("run", ["l’l'", "é-t-", "1.2.", "b.c."])
def test_a_long_run_without_spaces_is_cut_into_few_tokens(run):
    """20 000 characters without a space: spaCy's tokenizer was quadratic on them
    (« l’l' ») or made one token per character (« é-t- »: 80 000 tokens to parse)."""
    nlp = load()
    text = BEFORE + run * 5_000 + AFTER
    doc = nlp(text)
    assert doc.text == text
    long = [t for t in doc if len(t.text) > 40]
    assert len(long) == len(run) * 5_000 // MAX_RUN and all(len(t.text) <= MAX_RUN for t in long)
    around = [t.text for t in doc if len(t.text) <= 40]
    assert around == [t.text for t in nlp(BEFORE + AFTER.lstrip())]


def test_ordinary_text_and_addresses_are_tokenized_as_before():
    nlp = load()
    text = read_fixture("biden-canal-retour-russie.txt") + " https://exemple.fr/" + "dossier/" * 60 + "page.html"
    doc = nlp.make_doc(text)
    assert [t.text for t in doc] == [t.text for t in nlp.tokenizer.inner(text)]
    assert doc[-1].text.startswith("https://exemple.fr/dossier/") and len(doc[-1].text) > 480


def test_a_long_run_is_cut_after_the_mark_that_opens_its_second_half():
    """A run's pieces are cut like a long text's (`pieces.pieces`): a mark at the very
    middle of a piece is in its second half, so the word after it is kept whole (the
    run's own chunker missed that one position and cut inside « anticonstitutionnellement »)."""
    word = "anticonstitutionnellement"
    half = word * (MAX_RUN // 2 // len(word))  # 500 characters
    text = BEFORE + half + "." + word * 24 + AFTER
    doc = load().make_doc(text)
    long = [t.text for t in doc if len(t.text) > 40]
    assert doc.text == text and long == [half + ".", word * 24]


# -- one paragraph of any length: parsed in pieces (nlp/pieces.py) -------------------------

def _one_sentence(size: int) -> str:
    """Real French sentences, their final stops replaced by commas: one sentence."""
    text = " ".join(read_fixture("biden-canal-retour-russie.txt").split("\n", 2)[2].split())
    clauses = [c.rstrip(".") for c in text.split(". ") if len(c.split()) > 3]
    out = ", ".join(clauses[i % len(clauses)] for i in range(size // 40))
    return out[: out.rfind(" ", 0, size)] + "."


def test_pieces_join_back_and_cut_where_the_text_allows():
    text = "Premier paragraphe court.\n\n" + "Le conseil se réunit. " * 60 + "Puis, " + "encore et encore " * 200
    parts = pieces(text, 500)
    assert "".join(parts) == text and all(len(p) <= 500 for p in parts)
    assert all(p.endswith((". ", ", ", " ")) for p in parts[:-1])
    assert parts[0].endswith("Le conseil se réunit. ") and not parts[0].endswith("\n\n")  # no blank line in its 2nd half
    assert pieces("a" * 1200, 500) == ["a" * 500, "a" * 500, "a" * 200]
    assert pieces("Court.", 500) == ["Court."]


def test_a_long_paragraph_is_parsed_in_pieces_and_stays_one_sentence(monkeypatch):
    """The parser never sees more than PIECE_CHARS characters at once (its memory followed
    the paragraph: 3.9 GB for 1 MB); a cut after a comma is not a sentence boundary."""
    import seo_audit.nlp.pieces as module
    from seo_audit.nlp import annotate

    monkeypatch.setattr(module, "PIECE_CHARS", 2_000)
    nlp = load()
    seen: list[int] = []
    inner = nlp.tokenizer.inner
    monkeypatch.setattr(nlp.tokenizer, "inner", lambda text: seen.append(len(text)) or inner(text))
    text = _one_sentence(7_000)
    annotated = annotate(parse("Une longue phrase\n\n" + text + "\n", "a.txt", "text"))
    assert max(seen) <= 2_000 and len(seen) >= 4
    assert annotated.doc.text.endswith(text)
    body = [s for s in annotated.sentences if s.block.kind == "paragraph"]
    assert len(body) == 1 and body[0].text == text


def test_an_ordinary_long_article_parsed_in_pieces_keeps_its_sentences(monkeypatch):
    import seo_audit.nlp.pieces as module
    from seo_audit.nlp import annotate

    article = parse(read_fixture("2017-05-03-mes-aides-datascience-public.md"), "a.md", "markdown")
    whole = [s.text for s in annotate(article).sentences]
    monkeypatch.setattr(module, "PIECE_CHARS", 1_500)
    assert [s.text for s in annotate(article).sentences] == whole


# -- rules: work proportional to the text, not to its length times the occurrences ----------

def test_keyphrase_positions_scan_a_paragraph_once(monkeypatch):
    """KW006 located each occurrence by counting the words before it again: quadratic in a
    long paragraph that holds the keyphrase often."""
    import seo_audit.checks.keyphrase as module

    from conftest import problems

    text = _one_sentence(6_000)
    scanned: list[int] = []
    count_words = module.count_words
    monkeypatch.setattr(module, "count_words", lambda t: scanned.append(len(t)) or count_words(t))
    found = problems("KW006", "La Russie\n\n" + text + "\n", keyphrase="Russie")
    assert text.count("Russie") >= 10
    assert sum(scanned) <= 2 * len(text) and found == []


def test_a_span_s_units_are_computed_once_for_every_candidate_keyphrase(monkeypatch):
    """The keyphrase suggestion searches the same spans (title, introduction) for each of
    its candidates: their units are computed once per span, not once per candidate."""
    import seo_audit.measures.keyphrase as module
    from seo_audit.measures.keywords import suggest_keyphrase

    from conftest import annotated_from

    computed: list[tuple[int, int]] = []
    compute = module._span_units
    monkeypatch.setattr(module, "_span_units", lambda span, base: computed.append((span.start, span.end)) or compute(span, base))
    annotated = annotated_from(read_fixture("biden-canal-retour-russie.txt"))
    assert suggest_keyphrase(annotated).keyphrase
    article_spans = [c for c in computed if c[1] - c[0] > 3]  # not the candidates' own few tokens
    assert article_spans and len(article_spans) == len(set(article_spans))
