"""Readers of the hand-counted French examples in fixtures/hand-counted/ (tests and
benchmarks/accuracy.py share them)."""

from __future__ import annotations

from pathlib import Path

HAND_COUNTED = Path(__file__).resolve().parent.parent / "fixtures" / "hand-counted"


def boundary_passages(name: str = "boundaries-fr.txt") -> list[list[str]]:
    """Each passage as the list of its sentences, as a reader counts them
    (`boundaries-heldout-fr.txt`: the passages never tuned on)."""
    text = (HAND_COUNTED / name).read_text(encoding="utf-8")
    passages = []
    for paragraph in text.split("\n\n"):
        lines = [line.strip() for line in paragraph.splitlines()
                 if line.strip() and not line.startswith("#")]
        if lines:
            passages.append(lines)
    return passages


def passive_sentences(name: str = "passives-fr.tsv") -> list[tuple[bool, str]]:
    """(passive by hand, sentence) pairs (`passives-heldout-fr.tsv`: never tuned on)."""
    pairs = []
    for line in (HAND_COUNTED / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            pairs.append((label == "P", sentence.strip()))
    return pairs
