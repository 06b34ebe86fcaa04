"""Agreement of the proposed subheadings with an editor's best extracts.

For 116 blocks of 32 corpus articles (beta.gouv.fr pages and blog posts, one WikiNews
article, the mission's article), an editor read the article with its headings removed and
copied, for each block the outline asked a heading for, the best heading the block's own
words allow: a run of consecutive words as written (one or two per block), and wrote the
heading they would write freely (`data/heading_extracts.jsonl`). Rated blind by two other
editors (session 11, 42 blocks), the extracts were usable (1 or 2) 88–90 % of the time but
good (2) only 12–21 %; the freely written headings were good 98 %. That is the ceiling of a
tool that proposes only the article's own words.

This script strips the headings again, outlines each article, finds the block holding each
extract, and counts how the block's proposal compares:
  exact      the same words as an extract (case, accents and function words aside)
  overlap    its content words and an extract's overlap by 40 % or more (shared words
             over the words of both, Jaccard)
  to write   no heading proposed (« sous-titre à écrire »)
  other      a different heading
An « other » may still be usable: this is agreement with one editor, not a rating.

usage: python benchmarks/heading_extracts.py [--split dev|held-out|all] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from seo_audit.lang.fr import fold  # noqa: E402
from seo_audit.lang.fr.folding import WORD_PART  # noqa: E402
from seo_audit.lang.fr.stop_words import is_function_word  # noqa: E402
from seo_audit.nlp import annotate_many  # noqa: E402
from seo_audit.outline import propose  # noqa: E402
from seo_audit.readers import parse  # noqa: E402

from common import DEFAULT_CORPUS, in_split, strip_headings  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "heading_extracts.jsonl"
OVERLAP = 0.4


def words(text: str) -> list[str]:
    """The folded content words (accents, case and function words aside)."""
    return [w for w in WORD_PART.findall(fold(text)) if not is_function_word(w)]


def verdict(proposed: str | None, extracts: list[str]) -> str:
    if proposed is None:
        return "to write"
    mine = set(words(proposed))
    if any(words(proposed) == words(e) for e in extracts):
        return "exact"
    if any(len(mine & set(words(e))) / max(1, len(mine | set(words(e)))) >= OVERLAP for e in extracts):
        return "overlap"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print every block's proposal and extracts")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if in_split(args.corpus / r["source"], args.corpus, args.split)]
    sources = list(dict.fromkeys(r["source"] for r in rows))
    counts: Counter[str] = Counter()
    texts = {s: strip_headings((args.corpus / s).read_text(encoding="utf-8")) for s in sources}
    articles = [parse(texts[s], s, "markdown" if s.endswith(".md") else "text") for s in sources]
    for source, annotated in zip(sources, annotate_many(articles)):
        outline = propose(annotated)
        lines = texts[source].splitlines()
        for row in (r for r in rows if r["source"] == source):
            if not row["extracts"]:
                counts["no extract"] += 1
                continue
            needle = words(row["extracts"][0])
            block = next((b for b in outline.blocks
                          if _contains(words(" ".join(lines[b.start_line - 1 : b.end_line])), needle)), None)
            if block is None:
                counts["extract not found"] += 1
                continue
            proposal = block.subheading if block.insert else None
            result = verdict(proposal, row["extracts"]) if block.insert or block.to_write else "no heading asked"
            counts[result] += 1
            if args.show:
                print(f"{result:16} {source.split('/')[-1][:38]:38} {block.start_line}–{block.end_line}  "
                      f"{proposal or '—'}\n{'':56}editor: {' | '.join(row['extracts'])}")
    total = sum(counts.values())
    print(f"{args.split}: {total} blocks of {len(sources)} articles")
    for key in ("exact", "overlap", "other", "to write", "no heading asked", "extract not found", "no extract"):
        if counts[key]:
            print(f"  {key:18} {counts[key]:4d}  {100 * counts[key] / total:5.1f} %")
    agree = counts["exact"] + counts["overlap"]
    print(f"  agreement (exact + overlap): {agree}/{total} = {100 * agree / max(total, 1):.1f} %")
    return 0


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


if __name__ == "__main__":
    sys.exit(main())
