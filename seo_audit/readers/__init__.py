"""Readers turn a file into an `Article`, whatever its format."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..article import Article, Format
from ..errors import InputError, os_problem
from .source import DEFAULT_MAX_BYTES, decode

EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}

STDIN = "-"



#: An article with more blocks (headings, paragraphs, list items) than this is refused.
#: The work per block (its parse, every rule's pass over it) is what made `check` run past
#: a minute on files of tiny blocks that `--max-bytes` lets through: 1 MB holds 68 000
#: headings with a line of text, 200 000 one-word paragraphs or 330 000 one-letter ones,
#: at 0.3–0.5 ms of CPU each. The longest article of the corpus has 116 blocks; 20 000 is
#: a book, and audits in about 10 s (docs/hardening.md, « Many tiny blocks »).
MAX_BLOCKS = 20_000


def parse(text: str, path: str, fmt: Format) -> Article:
    """Parse already decoded text in the given format; more than `MAX_BLOCKS` blocks is an
    input error."""
    if fmt == "markdown":
        from .markdown import read_markdown

        article = read_markdown(text, path)
    elif fmt == "html":
        from .html import read_html

        article = read_html(text, path)
    else:
        from .text import read_text

        article = read_text(text, path)
    if len(article.blocks) > MAX_BLOCKS:
        raise InputError(path, f"trop de blocs ({len(article.blocks)} titres, paragraphes et éléments de "
                         f"liste ; au plus {MAX_BLOCKS}) : ce n’est pas un article, il n’est pas audité.")
    return article


def guess_format(text: str) -> Format:
    """For standard input, where no extension tells: HTML, Markdown or plain text."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<h1")):
        return "html"
    lines = text.lstrip().splitlines()
    if lines and lines[0].strip() == "---":
        return "markdown"
    if any(line.startswith("#") and line.lstrip("#").startswith(" ") for line in lines):
        return "markdown"
    return "text"


def format_of(path: str) -> Format:
    fmt = EXTENSIONS.get(Path(path).suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise InputError(path, f"extension inconnue « {Path(path).suffix or '(aucune)'} » ; "
                         f"formats lus : {known}.")
    return fmt


def read_limited(stream, limit: int, chunk: int = 1 << 20) -> bytes:
    """At most `limit + 1` bytes of `stream`, read in chunks: memory follows what is there,
    not the limit (`read(limit + 1)` allocates the whole limit up front, and overflows for
    an absurd one); `limit + 1` bytes back means « over the limit »."""
    parts: list[bytes] = []
    total = 0
    while total <= limit:
        part = stream.read(min(chunk, limit + 1 - total))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return b"".join(parts)


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file, turning every OS failure into one French sentence."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(path, "lien symbolique cassé (sa cible n’existe pas).") from None
        raise InputError(path, "fichier introuvable.") from None
    except PermissionError:
        raise InputError(path, "lecture refusée (permissions).") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(path, "boucle de liens symboliques (le lien mène, directement ou non, à lui-même).") from None
        raise InputError(path, f"fichier illisible ({os_problem(error)}).") from None
    if stat.S_ISDIR(mode):
        raise InputError(path, "c’est un dossier, pas un fichier.")
    if not stat.S_ISREG(mode):
        raise InputError(path, "ce n’est pas un fichier ordinaire (tube, périphérique…).")
    try:
        # Non-blocking open, then fstat of what was opened: a file swapped for a FIFO or a
        # device after the stat above is refused, never waited on.
        with open(path, "rb", opener=_open_nonblocking) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(path, "ce n’est pas un fichier ordinaire (tube, périphérique…).")
            data = read_limited(handle, max_bytes)
    except FileNotFoundError:
        raise InputError(path, "fichier disparu pendant la lecture.") from None
    except PermissionError:
        raise InputError(path, "lecture refusée (permissions).") from None
    except OSError as error:
        raise InputError(path, f"fichier illisible ({os_problem(error)}).") from None
    _check_size(path, data, max_bytes)
    return data


def _check_size(path: str, data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        from ..render.figures import number

        what = "entrée standard trop grosse" if path == "<stdin>" else "fichier trop gros"
        raise InputError(path, f"{what} (plus de {number(max_bytes)} octets) ; "
                         "augmentez --max-bytes si c’est vraiment un article.")


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse one file; raises `InputError` with a sentence for the user."""
    fmt = format_of(path)
    return parse(decode(read_bytes(path, max_bytes), path), path, fmt)


def read_data(path: str, data: bytes, fmt: Format | None = None, max_bytes: int | None = None) -> Article:
    """Parse bytes already read from `path` (the cache keyed them: the audit must see the
    very same bytes, not a second read that may differ). Standard input (`<stdin>`) has
    no extension: `fmt`, or else guessed. Bytes read with `read_limited` may be one over
    `max_bytes`: that is an input error, as for a file."""
    if max_bytes is not None:
        _check_size(path, data, max_bytes)
    if path == "<stdin>":
        return read_stdin_bytes(data, fmt)
    return parse(decode(data, path), path, fmt or format_of(path))


def read_stdin_bytes(data: bytes, fmt: Format | None = None, name: str = "<stdin>") -> Article:
    text = decode(data, name)
    return parse(text, name, fmt or guess_format(text))
