"""YAML front matter: the article's metadata, parsed safely and with a size limit."""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import InputError

#: Front matter larger than this is refused before YAML sees it (alias bombs, pasted data).
MAX_FRONT_MATTER_CHARS = 64_000

#: A line ends with CRLF, LF or a bare CR (old Mac exports): `re.MULTILINE`'s `^` knows only LF,
#: so a line start is written `(?<![^\r\n])` (the start of the text, or after CR or LF).
_EOL = r"(?:\r\n|\r|\n)"
_OPEN = re.compile(rf"\A(?:\ufeff)?---[ \t]*{_EOL}")
_CLOSE = re.compile(rf"(?<![^\r\n])(?:---|\.\.\.)[ \t]*(?:{_EOL}|\Z)")


#: PyYAML's most frequent complaints, said the way an editor can act on them.
_YAML_PROBLEMS = {
    "mapping values are not allowed here":
        "deux-points inattendu : mettez la valeur entre guillemets si elle contient « : »",
    "found unexpected end of stream": "guillemet ou crochet jamais fermé",
    "could not find expected ':'": "« : » attendu après la clé",
    "found character '\\t' that cannot start any token": "tabulation interdite, indentez avec des espaces",
}


def _in_french(problem: str) -> str:
    return _YAML_PROBLEMS.get(problem, problem)


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    """The parsed front matter and the source offset where the body starts."""
    opening = _OPEN.match(text)
    if not opening:
        return {}, 0
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise InputError(path, "front matter non fermé : la ligne « --- » de fin manque.")
    raw = text[opening.end() : closing.start()]
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise InputError(path, f"front matter trop long (plus de {MAX_FRONT_MATTER_CHARS} caractères).")
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or "syntaxe invalide"
        mark = getattr(error, "problem_mark", None)
        if "end of stream" in problem and getattr(error, "context_mark", None) is not None:
            mark = error.context_mark  # the unclosed quote or bracket, not the end of the text
        where = f" à la ligne {mark.line + 2}" if mark is not None else ""
        raise InputError(path, f"front matter YAML invalide{where} ({_in_french(problem)}).") from None
    except RecursionError:
        raise InputError(path, "front matter YAML trop imbriqué.") from None
    except ValueError:  # an integer of more than 4 300 digits (Python's limit)
        raise InputError(path, "front matter YAML : nombre trop long (plus de 4 300 chiffres).") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "le front matter doit être un dictionnaire YAML (clé: valeur).")
    seen: dict = {}
    return {_text(str(key)): _texts(value, seen) for key, value in data.items()}, closing.end()


def _text(value: str) -> str:
    """A YAML escape can make a lone surrogate (`"\\uD800"`), which no encoder takes: U+FFFD."""
    if not any("\ud800" <= c <= "\udfff" for c in value):
        return value
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)


def _texts(value, seen: dict):
    """Every string inside, through `_text`; each list or mapping once (YAML aliases share
    them: an alias bomb must stay as small as it is in memory)."""
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, (list, dict)):
        return value
    if id(value) in seen:
        return seen[id(value)]
    result: list | dict
    if isinstance(value, list):
        result = []
        seen[id(value)] = result
        result.extend(_texts(v, seen) for v in value)
    else:
        result = {}
        seen[id(value)] = result
        result.update({k if not isinstance(k, str) else _text(k): _texts(v, seen) for k, v in value.items()})
    return result


def text_field(data: dict[str, Any], keys: tuple[str, ...], path: str) -> tuple[str, str] | None:
    """The first of `keys` present, as (key, text); numbers and dates become text."""
    for key in keys:
        if key in data and data[key] is not None:
            value = data[key]
            if isinstance(value, (list, dict)):
                raise InputError(path, f"le champ « {key} » du front matter doit être un texte, "
                                 f"pas une {'liste' if isinstance(value, list) else 'table'}.")
            value = str(value).strip()
            if value:
                return key, value
    return None


def value_offset(text: str, end: int, key: str, value: str) -> int:
    """Source offset of a front matter value, for locating findings on it."""
    match = re.search(rf"(?<![^\r\n]){re.escape(key)}[ \t]*:[ \t]*['\"]?", text[:end])
    if not match:
        return 0
    found = text.find(value[:20], match.end(), end)
    return found if found >= 0 else match.end()
