"""Slugs: the one a site generator derives from a file name (for an article that states
none), and the one proposed from a title."""

from __future__ import annotations

import re
from pathlib import Path

from ..lang.fr import fold

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


def slug_from_path(path: str) -> str | None:
    """The URL slug a site generator derives from a file name: Jekyll and Hugo drop the
    « 2018-09-24- » date prefix of a post (« 2018-09-24-simuler-impact-loi.md » is served
    as …/simuler-impact-loi/)."""
    if path == "<stdin>":
        return None
    stem = Path(path).stem
    return _DATE_PREFIX.sub("", stem) or stem


def slugify(text: str) -> str:
    """« Poutine : le canal de retour » → « poutine-le-canal-de-retour » (the title's words)."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))
