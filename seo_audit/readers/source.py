"""Turning bytes into text, refusing what is not a text article."""

from __future__ import annotations

import codecs
import errno
import os
import stat
import unicodedata

from ..errors import InputError

#: Articles larger than this are refused (`--max-bytes` raises it): a web article is a few
#: dozen kilobytes (the corpus's longest: 20 kB), and what a file costs follows its tokens,
#: up to one per two bytes: 1 MB of one-letter words took 66 s of CPU, 1 MB of a one-row-a-
#: line table 66 s, each one block (more blocks are refused, `readers.MAX_BLOCKS`). At
#: 500 000 bytes, 25 times the longest article, the densest input ends in about half that,
#: with half the memory (1.5 GB at 1 MB). docs/hardening.md, « Many tiny blocks ».
DEFAULT_MAX_BYTES = 500_000


#: A configuration or rule-set file larger than this is refused (a real one is a few kilobytes).
MAX_CONFIG_BYTES = 1_000_000


class Unreadable(OSError):
    """A configuration file that is not a regular file or is too large; `str()` says which."""

    def __str__(self) -> str:
        return str(self.strerror)


def read_text_limited(path: str | os.PathLike, limit: int = MAX_CONFIG_BYTES) -> str:
    """`Path.read_text(encoding="utf-8")` with the same exceptions, but bounded: a FIFO or
    device (`/dev/zero`) is never read, and more than `limit` bytes is refused."""
    def opener(name: str, flags: int) -> int:
        return os.open(name, flags | getattr(os, "O_NONBLOCK", 0))

    with open(path, "rb", opener=opener) as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise Unreadable(errno.EINVAL, "ce n’est pas un fichier ordinaire")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(errno.EFBIG, f"plus de {limit} octets")
    return data.decode("utf-8")


#: Characters no text is made of: controls (but tab, line and page breaks), private use,
#: unassigned code points. Binary bytes behind a UTF-16 BOM decode to about 12 % of them
#: (and to CJK for most of the rest); a real article, in any script, to next to none.
_NOT_TEXT = frozenset(("Cc", "Co", "Cn", "Cs"))
#: Sniffed on the first characters only, so the check costs the same on any size.
_SNIFF_CHARS = 8192


def _looks_binary(text: str) -> bool:
    """More than 5 % (and more than 8) of the first characters are no text (`_NOT_TEXT`):
    a handful of stray controls (a pasted terminal escape) stays an article to audit."""
    sample = text[:_SNIFF_CHARS]
    odd = sum(1 for c in sample if c not in "\t\n\r\x0c" and unicodedata.category(c) in _NOT_TEXT)
    return odd > max(8, len(sample) // 20)


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an error."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:8192]:
            raise InputError(path, "fichier binaire (octets nuls), ce n’est pas un article texte.")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        # the line and column an editor shows, counted in characters of the text before the
        # bad byte (« position 9 » was the byte's offset in the whole file, read as a column;
        # bytes cannot be searched for b"\n" in UTF-16, whose code units hold 0x0A halves)
        before = data[: error.start].decode(encoding, errors="replace")
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        raise InputError(
            path, f"texte mal encodé : octet invalide en {encoding.upper()} à la ligne {line}, "
            f"colonne {column} ; enregistrez le fichier en UTF-8."
        ) from None
    if "\x00" in text:
        raise InputError(path, "fichier binaire (caractères nuls), ce n’est pas un article texte.")
    if _looks_binary(text):
        raise InputError(path, "fichier binaire (caractères de contrôle ou non attribués), ce n’est pas un "
                         "article texte.")
    if not text.strip():
        raise InputError(path, "le fichier est vide.")
    return text
