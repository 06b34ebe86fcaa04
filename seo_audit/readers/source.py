"""Turning bytes into text, refusing what is not a text article."""

from __future__ import annotations

import codecs

from ..errors import InputError

#: Articles larger than this are refused: a web article is a few dozen kilobytes, and
#: spaCy needs about 1 GB of memory per 100 000 characters parsed in one piece.
DEFAULT_MAX_BYTES = 1_000_000


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
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            path, f"texte mal encodé : octet invalide en {encoding.upper()} à la ligne {line} "
            f"(position {error.start}) ; enregistrez le fichier en UTF-8."
        ) from None
    if "\x00" in text:
        raise InputError(path, "fichier binaire (caractères nuls), ce n’est pas un article texte.")
    if not text.strip():
        raise InputError(path, "le fichier est vide.")
    return text
