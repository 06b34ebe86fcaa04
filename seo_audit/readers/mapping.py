"""Building block text together with its map back to source offsets."""

from __future__ import annotations

import re

from ..article import Block, BlockKind

_SPACES = re.compile(r"\s+")
#: How far ahead of the cursor a character may be found before alignment gives up.
_ALIGN_WINDOW = 12


class TextBuilder:
    """Accumulates text pieces and records an anchor whenever text and source diverge."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.anchors: list[tuple[int, int]] = []
        self.strong: list[tuple[int, int]] = []
        self._strong_start: int | None = None

    def _anchor(self, source_offset: int) -> None:
        if self.anchors:
            text_start, source_start = self.anchors[-1]
            if source_start + (self.length - text_start) == source_offset:
                return
            if text_start == self.length:
                self.anchors[-1] = (self.length, source_offset)
                return
        self.anchors.append((self.length, source_offset))

    def add(self, text: str, source_offset: int) -> None:
        """Add text that appears verbatim in the source at `source_offset`."""
        if not text:
            return
        self._anchor(source_offset)
        self.parts.append(text)
        self.length += len(text)

    def add_space(self, source_offset: int) -> None:
        """Add one space standing for a line break or other whitespace in the source."""
        if self.parts and not self.parts[-1].endswith(" "):
            self.add(" ", source_offset)

    def add_found(self, text: str, source: str, cursor: int, limit: int) -> int:
        """Add text found in `source[cursor:limit]`, aligning character by character
        when it is not there verbatim (entities, escapes); returns the new cursor."""
        if not text:
            return cursor
        found = source.find(text, cursor, limit)
        if found >= 0:
            self.add(text, found)
            return found + len(text)
        for char in text:
            found = source.find(char, cursor, min(limit, cursor + _ALIGN_WINDOW))
            if found >= 0:
                self.add(char, found)
                cursor = found + 1
            else:
                self.add(char, cursor)
        return cursor

    def open_strong(self) -> None:
        """Strong emphasis starts here (`**`, `<strong>`, `<b>`); nested openings count once."""
        if self._strong_start is None:
            self._strong_start = self.length

    def close_strong(self) -> None:
        if self._strong_start is not None and self.length > self._strong_start:
            self.strong.append((self._strong_start, self.length))
        self._strong_start = None

    def build(self, kind: BlockKind, level: int = 0) -> Block | None:
        """The block, with surrounding whitespace trimmed and inner runs of spaces kept."""
        text = "".join(self.parts)
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        stripped = stripped.rstrip()
        if not stripped:
            return None
        whole = Block(kind, text, tuple(self.anchors), level)
        anchors = [(0, whole.source_offset(lead))]
        anchors += [(t - lead, s) for t, s in self.anchors if lead < t < lead + len(stripped)]
        strong = []
        for start, end in self.strong:  # in the trimmed text, its own spaces left out
            start, end = max(start - lead, 0), min(end - lead, len(stripped))
            while start < end and stripped[start].isspace():
                start += 1
            while end > start and stripped[end - 1].isspace():
                end -= 1
            if start < end:
                strong.append((start, end))
        return Block(kind, stripped, tuple(anchors), level, tuple(strong))


def block_from_source(kind: BlockKind, source: str, start: int, end: int, level: int = 0) -> Block | None:
    """A block from a plain source range, runs of whitespace (line breaks) folded to one space."""
    builder = TextBuilder()
    position = start
    for match in _SPACES.finditer(source, start, end):
        builder.add(source[position : match.start()], position)
        builder.add_space(match.start())
        position = match.end()
    builder.add(source[position:end], position)
    return builder.build(kind, level)
