"""Counts a careful reader would confirm (issue #18): sentence boundaries, passives,
transition words, and word/sentence/syllable totals on corpus articles.

    python benchmarks/accuracy.py [--files 20] [--corpus ../shared/corpus] [--skip-corpus]

Prints exact-match sentence splits on the hand-counted passages
(fixtures/hand-counted/boundaries-fr.txt), precision/recall/F1 of passive detection on the
hand-labelled real-prose sentences (fixtures/hand-counted/passives-fr.tsv) and on the
constructed examples of tests/test_readability.py, then totals of words, sentences,
syllables and the syllables that numbers contribute on a fixed selection of corpus
articles (benchmarks/common.py `corpus_articles`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import DEFAULT_CORPUS, ROOT, corpus_articles

sys.path.insert(0, str(ROOT / "tests"))

from hand_counted import boundary_passages, passive_sentences  # noqa: E402

from seo_audit.measures.counts import text_sentences, word_count  # noqa: E402
from seo_audit.measures.passive import passives  # noqa: E402
from seo_audit.measures.readability import readability  # noqa: E402
from seo_audit.measures.transitions import transitions  # noqa: E402
from seo_audit.nlp import annotate_many  # noqa: E402
from seo_audit.readers import parse, read_path  # noqa: E402


def _as_article(text: str):
    return parse("Titre\n\n" + text, "passage.txt", "text")


def boundaries(name: str) -> None:
    passages = boundary_passages(name)
    exact = 0
    misses = []
    for truth, annotated in zip(passages, annotate_many(_as_article(" ".join(p)) for p in passages)):
        found = [" ".join(s.text.split()) for s in text_sentences(annotated)]
        if found == truth:
            exact += 1
        else:
            misses.append(found)
    print(f"sentence boundaries ({name}): {exact}/{len(passages)} passages split exactly as counted by hand")
    for found in misses:
        print("   miss:", " | ".join(found))


def _scores(labelled: list[tuple[bool, str]], show: bool) -> str:
    tp = fp = fn = 0
    for (truth, sentence), annotated in zip(labelled, annotate_many(_as_article(s) for _, s in labelled)):
        found = bool(passives(annotated).passive_sentences)
        tp += truth and found
        fp += found and not truth
        fn += truth and not found
        if show and found != truth:
            print(f"   {'false alarm' if found else 'missed'}: {sentence}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"precision {precision:.2f}  recall {recall:.2f}  F1 {f1:.2f}  ({tp} found, {fp} false, {fn} missed)"


def passive_scores() -> None:
    import test_readability as constructed

    built = ([(True, s) for s in constructed.test_passive_sentences.pytestmark[0].args[1]]
             + [(False, s) for s in constructed.test_not_passive.pytestmark[0].args[1]])
    for name in ("passives-fr.tsv", "passives-heldout-fr.tsv"):
        real = passive_sentences(name)
        print(f"passives, {name} ({len(real)} sentences): {_scores(real, show=False)}")
        _scores(real, show=True)
    print(f"passives, constructed ({len(built)} sentences):       {_scores(built, show=True)}")


def corpus(corpus_dir: Path, files: int, skip: int = 0) -> None:
    paths = corpus_articles(corpus_dir, files + skip)[skip:]
    words = sentences = syllables = number_syllables = passive = linked = 0
    scores: list[float] = []
    without: list[float] = []
    for annotated in annotate_many(read_path(str(p)) for p in paths):
        words += word_count(annotated)
        sentences += len(text_sentences(annotated))
        figures = readability(annotated)
        syllables += figures.syllables
        number_syllables += getattr(figures, "number_syllables", 0)
        if figures.flesch is not None:
            scores.append(figures.flesch)
            without.append(getattr(figures, "flesch_without_numbers", None) or figures.flesch)
        passive += len(passives(annotated).passive_sentences)
        linked += transitions(annotated).with_transition
    print(f"corpus, {len(paths)} articles: {words} words, {sentences} sentences, {syllables} syllables "
          f"({number_syllables} from numbers read aloud), {passive} passive sentences, "
          f"{linked} sentences with a transition word")
    print(f"   mean Flesch {sum(scores) / len(scores):.1f} (numbers left out, as Yoast: "
          f"{sum(without) / len(without):.1f}); largest gap on one article "
          f"{max((a - b for a, b in zip(scores, without)), key=abs):+.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip", type=int, default=0, help="leave out the first SKIP articles")
    parser.add_argument("--skip-corpus", action="store_true")
    args = parser.parse_args()
    boundaries("boundaries-fr.txt")
    boundaries("boundaries-heldout-fr.txt")
    passive_scores()
    if not args.skip_corpus:
        corpus(args.corpus, args.files, args.skip)


if __name__ == "__main__":
    main()
