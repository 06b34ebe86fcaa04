"""Wall time of `seo-audit check` on one article and on a batch, next to bare spaCy.

    python benchmarks/pipeline.py [--files 50] [--repeat 5] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from common import DEFAULT_CORPUS, bare_spacy_command, compare, corpus_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    tool = shutil.which("seo-audit") or "seo-audit"
    batch = corpus_articles(args.corpus, args.files)
    one = [args.corpus / "mission" / "biden-canal-retour-russie.txt"]
    commands = {
        "bare spaCy load + pipe, 1 article": bare_spacy_command(one),
        "seo-audit check, 1 article": [tool, "check", "--format", "json", "--no-cache", "--jobs", "1", *map(str, one)],
        f"bare spaCy load + pipe, {len(batch)} articles": bare_spacy_command(batch),
        f"seo-audit check, {len(batch)} articles": [tool, "check", "--format", "json", "--no-cache", "--jobs", "1", *map(str, batch)],
    }
    samples = compare(commands, args.repeat)
    print(f"{args.repeat} runs each, alternating; {len(batch)} corpus articles in the batch\n")
    for sample in samples.values():
        print(sample.line())
    labels = list(samples)
    print(f"\nratio seo-audit / bare spaCy, 1 article:  {samples[labels[1]].median / samples[labels[0]].median:.2f}")
    print(f"ratio seo-audit / bare spaCy, {len(batch)} articles: "
          f"{samples[labels[3]].median / samples[labels[2]].median:.2f}")


if __name__ == "__main__":
    main()
