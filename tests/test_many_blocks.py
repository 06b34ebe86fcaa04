"""Issue #15: an article of tens of thousands of tiny blocks (headings, one-line list items,
one-word paragraphs, one short sentence each) is audited in time linear in its blocks, and
a measure that several rules read is computed once.

1 MB of such blocks is 30 000 to 200 000 of them: a step that is quadratic in the
sentences, or a measure recomputed by each of its readers, is what ran `check` past a
minute there. Bounds are on CPU time (the machine is shared) and far above what the fixed
code needs.
"""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

import pytest

from conftest import annotated_from
from seo_audit.measures import counts, language
from seo_audit.measures.transitions import Transitions


def test_the_longest_run_without_a_transition_is_found_in_linear_time():
    """The run was copied at each sentence: 14 s of CPU for 100 000 sentences without a
    transition word (a 1 MB article of short sentences has 70 000 to 140 000)."""
    sentences = [SimpleNamespace(index=i) for i in range(100_000)]
    words = [[] for _ in sentences]
    words[10] = ["donc"]
    start = time.process_time()
    run = Transitions(sentences, words).longest_run_without()  # type: ignore[arg-type]
    assert time.process_time() - start < 2
    assert [s.index for s in run] == list(range(11, 100_000))


def test_the_first_of_the_longest_runs_is_kept():
    sentences = [SimpleNamespace(index=i) for i in range(9)]
    words = [[], [], ["mais"], [], [], ["or"], [], [], []]
    assert [s.index for s in Transitions(sentences, words).longest_run_without()] == [6, 7, 8]  # type: ignore[arg-type]
    words[8] = ["enfin"]
    assert [s.index for s in Transitions(sentences, words).longest_run_without()] == [0, 1]  # type: ignore[arg-type]
    assert Transitions(sentences[:2], [["donc"], ["puis"]]).longest_run_without() == []  # type: ignore[arg-type]


SHORT_PARAGRAPHS = "Réunion du conseil\n\n" + "".join(
    f"Le chat dort.\n\nLa pluie tombe encore.\n\n" for _ in range(40))


def test_the_body_sentences_with_words_are_listed_once_per_article(monkeypatch):
    """Readability, passives, transitions and the sentence count each listed them again,
    counting the words of every sentence (four passes over 70 000 sentences)."""
    annotated = annotated_from(SHORT_PARAGRAPHS)
    calls = []
    real = counts.count_words
    monkeypatch.setattr(counts, "count_words", lambda text: calls.append(text) or real(text))
    first = counts.text_sentences(annotated)
    assert len(first) == 80 and len(calls) == 80
    assert counts.text_sentences(annotated) is first and counts.sentence_count(annotated) == 80
    assert len(calls) == 80


def test_each_block_is_judged_once_for_its_language(monkeypatch):
    """When no paragraph is long enough to be judged alone, every block is judged with
    the title; each paragraph was read three times (a third of `check` on 50 000 of them)."""
    annotated = annotated_from(SHORT_PARAGRAPHS)
    read = []
    real = language.cues
    monkeypatch.setattr(language, "cues", lambda text: read.append(text) or real(text))
    profile = language.language_profile(annotated)
    assert len(read) == len([b for b in annotated.blocks if b.text.strip()]) == 81
    assert len(profile.paragraphs) == 80 and all(p.judged and p.is_french for p in profile.paragraphs)
    assert profile.french_share == 1.0


def test_an_article_of_more_blocks_than_a_book_is_refused_before_the_parse():
    """1 MB of one-letter paragraphs is 330 000 blocks: more than 4 minutes of CPU. Past
    `MAX_BLOCKS` blocks the file is an input error, said after reading it, before spaCy."""
    from seo_audit.errors import InputError
    from seo_audit.readers import MAX_BLOCKS, parse

    assert MAX_BLOCKS == 20_000
    text = "Réunion\n\n" + "a\n\n" * MAX_BLOCKS
    start = time.process_time()
    with pytest.raises(InputError) as refused:
        parse(text, "lettres.md", "markdown")
    assert time.process_time() - start < 15
    assert str(refused.value) == ("lettres.md : trop de blocs (20001 titres, paragraphes et éléments de liste ; "
                                  "au plus 20000) : ce n’est pas un article, il n’est pas audité.")
    assert len(parse("Réunion\n\n" + "a\n\n" * (MAX_BLOCKS - 1), "lettres.md", "markdown").blocks) == MAX_BLOCKS


def test_too_many_blocks_is_one_sentence_and_exit_2_in_every_format(tmp_path, monkeypatch, capsys):
    from seo_audit import readers
    from seo_audit.cli import main

    monkeypatch.setattr(readers, "MAX_BLOCKS", 30)
    (tmp_path / "titres.md").write_text("".join(f"## Titre {i}\n\nTexte {i}.\n\n" for i in range(20)), encoding="utf-8")
    (tmp_path / "liste.html").write_text("<html><body>" + "<p>mot</p>" * 31 + "</body></html>", encoding="utf-8")
    (tmp_path / "court.txt").write_text("Réunion\n\nLe chat dort.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "titres.md", "liste.html", "court.txt", "-q", "--no-cache", "--no-config", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert "titres.md : trop de blocs (40 titres, paragraphes et éléments de liste ; au plus 30)" in err
    assert "liste.html : trop de blocs (31 " in err and "Traceback" not in err
    assert main(["outline", "titres.md", "-f", "json"]) == 2
    assert "trop de blocs" in capsys.readouterr().err


def test_the_default_byte_limit_leaves_the_densest_input_half_a_minute(tmp_path, capsys):
    """1 MB of one-letter words (one block, 500 000 tokens) took 66 s of CPU: the default
    --max-bytes is 500 000 bytes (25 times the corpus's longest article); the refusal names
    the option that raises it, and costs no parse."""
    from seo_audit.cli import main

    path = tmp_path / "lettres.md"
    path.write_text("Réunion\n\n" + "a " * 260_000 + "\n", encoding="utf-8")
    start = time.process_time()
    assert main(["check", str(path), "-q", "--no-cache", "--no-config", "-j", "1"]) == 2
    assert time.process_time() - start < 5
    assert "fichier trop gros (plus de 500 000 octets) ; augmentez --max-bytes" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "(défaut : 500\u202f000)" in re.sub(r"[ \n]+", " ", capsys.readouterr().out)  # never cut
