"""Issue #15, items 20–21: wall time and peak memory of `seo-audit check` on pathological
articles, each in its own process (model load included), as a user runs it.

The inputs are built here, in a temporary folder:

- `one-sentence-1mb.md`: a paragraph of about 1 000 000 characters that is ONE sentence of
  real French words: the sentences of WikiNews-FR articles of the development corpus (not
  the held-out ones: the SHA-1 of the corpus-relative path starting with 0–3), their final
  punctuation dropped, joined with commas;
- `one-sentence-250kb.md`: the same at 250 000 characters (the issue's 240 KB case);
- `paragraphs-1mb.md`: the same sentences, with their final stops, in paragraphs of five:
  a 1 MB article of ordinary prose;
- `runs-80kb/*.md`: 80 000-character runs without a space (« l’l' », « 1.2. », « é-t- »),
  the held-out battery's shapes, audited in one process;
- `tiny-*.md`, `tiny-*.html`: just under 1 000 000 bytes of tiny blocks or dense tokens
  (`## Titre N` headings, one-line list items, one-word or one-letter paragraphs, one-letter
  words, a table of 67 000 rows, `<p>` elements, short French sentences one to a paragraph):
  what costs most per byte, since spaCy's work follows the tokens (a blank line between two
  blocks is a token too) and the rules' work the blocks and sentences.

Usage: `python benchmarks/pathological.py [--corpus DIR] [--only NAME] [--timeout 60]
[--command outline]` (`--timeout 0`: no time-out, to see what an input really costs;
`--command outline`: `outline -f json` instead of `check`, whose input limit is
`readers.source.DEFAULT_MAX_BYTES` (500 000 bytes): each input is cut to just under it, at a
comma or a blank line). `PYTHONPATH=<older tree>`
gives the figures before a change. Prints, per input: exit code, wall seconds, CPU seconds
(user + system: what the machine's load does not change much), peak RSS (`os.wait4`'s
`ru_maxrss`, as `/usr/bin/time -v` reports it), and the load average at the start.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_CORPUS, held_out

SHORT = ("Le quartier change vite. Les habitants se réunissent chaque semaine dans la salle de la "
         "mairie pour discuter des travaux et des commerces.\n")


def clauses(corpus: Path) -> list[str]:
    """The development corpus's WikiNews-FR sentences, without their final punctuation."""
    found: list[str] = []
    for path in sorted((corpus / "wikinews-fr" / "docs").glob("*.txt")):
        if held_out(path.relative_to(corpus).as_posix()):
            continue
        text = " ".join(path.read_text(encoding="utf-8").split())
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            sentence = sentence.strip().rstrip(".!?…").strip()
            if len(sentence.split()) >= 4:
                found.append(sentence)
    return found


def one_sentence(parts: list[str], size: int) -> str:
    out: list[str] = []
    length = 0
    i = 0
    while length < size:
        part = parts[i % len(parts)]
        out.append(part)
        length += len(part) + 2
        i += 1
    return "---\ntitle: Un article d’une seule phrase\n---\n\n" + ", ".join(out)[:size] + ".\n"


def paragraphs(parts: list[str], size: int) -> str:
    out: list[str] = []
    length = 0
    i = 0
    while length < size:
        paragraph = " ".join(part + "." for part in parts[i:i + 5] or parts[:5])
        out.append(paragraph)
        length += len(paragraph) + 2
        i = i + 5 if i + 5 < len(parts) else 0
    return "---\ntitle: Un très long article\n---\n\n" + "\n\n".join(out) + "\n"


def under(text: str, limit: int) -> str:
    """`text` cut before `limit` bytes of UTF-8, after a comma or at a blank line."""
    data = text.encode("utf-8")
    if len(data) < limit:
        return text
    cut = data[:limit - 2].decode("utf-8", "ignore")
    if cut.rfind("\n\n") > len(cut) - 2000:
        return cut[:cut.rfind("\n\n")] + "\n"
    return cut[:cut.rfind(",")] + ".\n"


def _repeated(unit, limit: int = 999_000, head: str = "Réunion\n\n" + SHORT + "\n", tail: str = "") -> str:
    """`head`, then `unit(0)`, `unit(1)`… while the whole stays under `limit` bytes, then `tail`."""
    out, size, index = [head], len(head.encode()) + len(tail.encode()), 0
    while size + len(unit(index).encode()) <= limit:
        out.append(unit(index))
        size += len(unit(index).encode())
        index += 1
    return "".join(out) + tail


def tiny_blocks() -> dict[str, str]:
    """Inputs of tiny blocks or dense tokens, each just under 1 000 000 bytes."""
    return {
        "tiny-headings.md": _repeated(lambda i: f"## Titre {i}\n\nTexte {i}.\n\n"),
        "tiny-list-items.md": _repeated(lambda i: f"- point {i}\n"),
        "tiny-one-word-paragraphs.md": _repeated(lambda i: "mot\n\n"),
        "tiny-one-letter-paragraphs.md": _repeated(lambda i: "a\n\n"),
        "tiny-one-letter-words.md": _repeated(lambda i: "a ", tail="\n"),
        "tiny-table.md": _repeated(lambda i: f"| x{i} | y |\n", head="Réunion\n\n" + SHORT + "\n| a | b |\n|---|---|\n"),
        "tiny-paragraph-elements.html": _repeated(lambda i: f"<p>mot {i}</p>\n", tail="</body></html>\n",
                                                  head="<html><head><title>Réunion du conseil</title></head><body>\n"),
        "tiny-french-sentences.md": _repeated(lambda i: "Le chat dort.\n\n"),
    }


def build(folder: Path, corpus: Path, limit: int | None = None) -> dict[str, list[Path]]:
    """The inputs; `limit`: each cut to fewer bytes (outline's input limit)."""
    parts = clauses(corpus)
    if not parts:
        raise SystemExit(f"{corpus} : aucun article WikiNews-FR (indiquez --corpus)")
    inputs: dict[str, list[Path]] = {}
    for name, text in (("one-sentence-250kb.md", one_sentence(parts, 250_000)),
                       ("one-sentence-1mb.md", one_sentence(parts, 1_000_000)),
                       ("paragraphs-1mb.md", paragraphs(parts, 1_000_000))):
        path = folder / name
        path.write_text(under(text, limit) if limit else text, encoding="utf-8")
        inputs[name] = [path]
    runs = folder / "runs-80kb"
    runs.mkdir()
    for name, run in (("apostrophes.md", "l’l'"), ("digit-dots.md", "1.2."), ("hyphen-run.md", "é-t-")):
        (runs / name).write_text("Réunion\n\n" + SHORT + run * 20_000 + "\n", encoding="utf-8")
    inputs["runs-80kb (3 files)"] = sorted(runs.glob("*.md"))
    for name, text in tiny_blocks().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        inputs[name] = [path]
    return inputs


def measure(paths: list[Path], timeout: str, subcommand: str = "check") -> tuple[int, float, float, float, str]:
    if subcommand == "outline":
        command = [sys.executable, "-m", "seo_audit", "outline", *map(str, paths), "-f", "json", "--no-config"]
    else:
        command = [sys.executable, "-m", "seo_audit", "check", *map(str, paths), "-q", "--no-cache", "-j", "1",
                   "--no-config", "--max-bytes", "3000000", "--timeout-per-file", timeout]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
    return (os.waitstatus_to_exitcode(status), elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
            error[-1][-160:] if error else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", help="measure only the inputs whose name contains this")
    parser.add_argument("--timeout", default="60", help="--timeout-per-file for check (default 60, as shipped)")
    parser.add_argument("--command", choices=("check", "outline"), default="check")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        from seo_audit.readers.source import DEFAULT_MAX_BYTES

        inputs = build(Path(folder), args.corpus, DEFAULT_MAX_BYTES if args.command == "outline" else None)
        for name, paths in inputs.items():
            if args.only and args.only not in name:
                continue
            size = sum(p.stat().st_size for p in paths)
            load = os.getloadavg()[0]
            code, seconds, cpu, peak, said = measure(paths, args.timeout, args.command)
            print(f"{name:<24} {size / 1000:7.0f} kB  exit {code}  wall {seconds:6.1f} s  CPU {cpu:6.1f} s"
                  f"  peak RSS {peak:6.0f} MB"
                  f"  (load {load:.1f}){'  « ' + said + ' »' if said else ''}", flush=True)


if __name__ == "__main__":
    main()
