"""Issue #15: an article of tens of thousands of tiny blocks (headings, one-line list items,
one-word paragraphs, one short sentence each) is audited in time linear in its blocks, and
a measure that several rules read is computed once.

1 MB of such blocks is 30 000 to 200 000 of them: a step that is quadratic in the
sentences, or a measure recomputed by each of its readers, is what ran `check` past a
minute there. Bounds are on CPU time (the machine is shared) and far above what the fixed
code needs.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

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
