"""Between the audit's positions (1-based lines, columns in code points) and the protocol's
(0-based lines, columns in UTF-16 code units unless the client chose otherwise).

Lines break at ``\\n``, ``\\r\\n`` and ``\\r`` only: that is what the protocol says, and
what `Article.line_column` counts, so a finding's line is the editor's line.
"""

from __future__ import annotations

from lsprotocol import types

from .. import lines


class LineIndex(lines.LineIndex):
    """Line starts of one text snapshot, and conversions in the client's encoding."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        super().__init__(text)
        self.text = text
        self.encoding = getattr(encoding, "value", encoding)  # "utf-8", "utf-16" or "utf-32"

    @property
    def line_count(self) -> int:
        return len(self)

    def line(self, index: int) -> str:
        """Line `index` (0-based) without its line break."""
        index = self.row(index + 1)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index]:end].rstrip("\r\n")

    def _units(self, text: str) -> int:
        if self.encoding == "utf-8":
            return len(text.encode("utf-8"))
        if self.encoding == "utf-32":
            return len(text)
        return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)

    def position_at(self, offset: int) -> types.Position:
        """The protocol position of a code-point offset in the text."""
        line, column = self.line_column(offset)
        start = self.starts[line - 1]
        return types.Position(line=line - 1, character=self._units(self.text[start:start + column - 1]))

    def position(self, line: int, column: int) -> types.Position:
        """The protocol position of a 1-based line and code-point column."""
        index = self.row(line)
        text = self.line(index)
        return types.Position(line=index, character=self._units(text[: max(column, 1) - 1]))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of a protocol position (clamped to its line)."""
        if position.line >= len(self.starts):
            return len(self.text)
        text = self.line(position.line)
        units = 0
        for count, char in enumerate(text):
            if units >= position.character:
                return self.starts[position.line] + count
            units += self._units(char)
        return self.starts[position.line] + len(text)

    def line_range(self, index: int) -> types.Range:
        """The whole of line `index` (0-based), without its break."""
        text = self.line(index)
        index = self.row(index + 1)
        return types.Range(types.Position(index, 0), types.Position(index, self._units(text)))
