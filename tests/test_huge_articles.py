"""Issue #15, item 21: a huge article is bounded where the work per word is high.

Past `nlp.ENTITY_CHARS` characters the `ner` component is not run; YAKE reads at most
`keywords.KEYWORD_CHARS` characters of a text; the outline reads the first
`bounded.OUTLINE_CHARS` characters of an article. Real articles are far shorter and are
treated whole, as before. The bounds are lowered here so that the texts stay small.
"""

from __future__ import annotations

import re
import time

import pytest

from conftest import annotated_from, read_fixture
from seo_audit import nlp
from seo_audit.measures import keywords
from seo_audit.nlp import pieces
from seo_audit.outline import bounded, propose

ARTICLE = read_fixture("biden-canal-retour-russie.txt")  # 5 300 characters, names throughout


def _body(copies: int) -> str:
    title, _, body = ARTICLE.partition("\n\n")
    return title + "\n\n" + "\n\n".join([body.strip()] * copies) + "\n"


def test_entities_are_looked_for_in_the_first_part_only(monkeypatch):
    text = _body(3)
    whole = annotated_from(text)
    assert max(e.start_char for e in whole.doc.ents) > 10_000  # an ordinary parse: names to the end
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    monkeypatch.setattr(nlp, "ENTITY_CHARS", 4_000)
    bounded_parse = annotated_from(text)
    assert bounded_parse.doc.ents and max(e.end_char for e in bounded_parse.doc.ents) <= 6_000
    # the rest of the parse is whole: same tokens, lemmas, sentences
    assert [t.lemma_ for t in bounded_parse.doc] == [t.lemma_ for t in whole.doc]
    assert len(bounded_parse.sentences) == len(whole.sentences)


def test_a_batch_holds_pieces_parsed_with_the_same_components():
    items = [("a" * 10, (0, False)), ("a" * 10, (1, False)), ("a" * 10, (2, True)), ("a" * 10, (3, True))]
    chunks = list(nlp._batches(iter(items), 16, 1_000, key=lambda context: context[1]))
    assert [[c[0] for _, c in chunk] for chunk in chunks] == [[0, 1], [2, 3]]


def test_keywords_read_the_first_part_of_a_text_only(monkeypatch):
    late = "Le gouvernement néerlandais négocie. " * 40
    text = ARTICLE + "\n\n" + late + "\n"
    found = {k.lemma for k in keywords.extract_keywords(annotated_from(text), top=10)}
    assert any("neerlandais" in lemma for lemma in found)
    monkeypatch.setattr(keywords, "KEYWORD_CHARS", len(ARTICLE))
    found = {k.lemma for k in keywords.extract_keywords(annotated_from(text), top=10)}
    assert found and not any("neerlandais" in lemma for lemma in found)


def test_the_outline_of_a_huge_article_covers_its_first_part(monkeypatch):
    annotated = annotated_from(_body(4))
    whole = propose(annotated)
    assert whole.outlined_chars is None
    monkeypatch.setattr(bounded, "OUTLINE_CHARS", 6_000)
    view = bounded.prefix(annotated)
    assert view is not annotated and view.article.blocks
    assert view.block_starts[-1] + len(view.blocks[-1].text) <= 6_000
    assert all(s.end <= len(s.block.text) and any(s.block is b for b in view.blocks) for s in view.sentences)
    outline = propose(annotated)
    assert outline.outlined_chars == 6_000
    assert outline.words == whole.words  # the article's own count
    last_line = annotated.article.locate(annotated.article.blocks[-1]).line
    assert outline.blocks and outline.blocks[-1].end_line < last_line


def test_outline_says_when_it_read_only_the_first_part(monkeypatch, tmp_path, capsys):
    from seo_audit.cli import main

    draft = tmp_path / "long.txt"
    draft.write_text(_body(4), encoding="utf-8")
    assert main(["outline", str(draft), "-f", "json", "--no-config"]) == 0
    assert "très long" not in capsys.readouterr().err
    monkeypatch.setattr(bounded, "OUTLINE_CHARS", 6_000)
    assert main(["outline", str(draft), "-f", "json", "--no-config"]) == 0
    err = capsys.readouterr().err
    assert "article très long" in err and "6\u202f000 premiers caractères" in err, err


@pytest.mark.slow
def test_the_outline_of_one_long_sentence_is_linear():
    """Each candidate phrase sliced `doc.text`, which spaCy joins again at each call: the
    outline of an 80 000-character sentence took about 40 s of CPU (quadratic; 0.5 s for
    5 000 characters), about 3 s once the text is joined once (`headings.text_of`)."""
    clauses = [c.strip().rstrip(".!?»").strip() for c in re.split(r"(?<=[.!?])\s+", ARTICLE.partition("\n\n")[2])]
    clauses = [c for c in clauses if len(c.split()) > 4 and "«" not in c and "»" not in c]
    sentence = ", ".join(clauses[i % len(clauses)] for i in range(80_000 // 150))[:80_000]
    annotated = annotated_from("Un article d’une seule phrase\n\n" + sentence[: sentence.rfind(",")] + ".\n")
    start = time.process_time()
    propose(annotated)
    assert time.process_time() - start < 15, "outline grows faster than the text again"


def test_sentences_of_many_blocks_are_found_in_linear_time():
    """Each block's sentences were collected from every range after it: quadratic in the
    number of blocks (50 000 headings: minutes). 40 000 one-sentence blocks now take well
    under a second."""
    from types import SimpleNamespace

    from seo_audit.article import Block

    blocks = [Block("paragraph", "Le texte.", ((0, 0),)) for _ in range(40_000)]
    text, starts = nlp._doc_text(blocks)
    doc = SimpleNamespace(sents=[SimpleNamespace(start_char=s, end_char=s + len(b.text)) for b, s in zip(blocks, starts)])
    start = time.process_time()
    ranges = nlp._sentence_ranges(doc, blocks, starts)
    assert time.process_time() - start < 5
    assert ranges == [(i, 0, len("Le texte.")) for i in range(len(blocks))]


@pytest.mark.slow
def test_the_outline_of_a_long_table_is_linear():
    """A Markdown table without punctuation is one sentence of every row; each candidate
    phrase asked whether that whole sentence is a real one (`headings._real_sentence`,
    a pass over all its tokens): 1 000 rows took about 39 s of CPU, 3 000 rows 90 s.
    Decided once per sentence, 1 000 rows take about a second."""
    table = "| a | b |\n|---|---|\n" + "| x | y |\n" * 1_000
    annotated = annotated_from("Un tableau\n\nCeci est une introduction écrite en français pour le test.\n\n" + table)
    start = time.process_time()
    propose(annotated)
    assert time.process_time() - start < 10, "outline grows faster than the table again"
