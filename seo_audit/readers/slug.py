"""The slug of an article that does not state one: the one its site generator would use."""

from __future__ import annotations

import re
from pathlib import Path

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


def slug_from_path(path: str) -> str | None:
    """The URL slug a site generator derives from a file name: Jekyll and Hugo drop the
    « 2018-09-24- » date prefix of a post (« 2018-09-24-simuler-impact-loi.md » is served
    as …/simuler-impact-loi/)."""
    if path == "<stdin>":
        return None
    stem = Path(path).stem
    return _DATE_PREFIX.sub("", stem) or stem
