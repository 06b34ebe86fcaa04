"""Where each line of a source text starts: the one table behind every line and column.

A line ends at ``\\r\\n``, ``\\r`` or ``\\n``, as editors and the Language Server Protocol
count them, so that a finding's line is the line the writer sees. Python's `HTMLParser`
reports positions counting ``\\n`` only; the HTML reader builds its index with
`NEWLINE_ONLY` to turn those positions back into offsets.
"""

from __future__ import annotations

import bisect
import re

LINE_BREAK = re.compile(r"\r\n|\r|\n")
NEWLINE_ONLY = re.compile(r"\n")


class LineIndex:
    """The offsets of the line starts of one text, and conversions between a code-point
    offset and a 1-based (line, column)."""

    __slots__ = ("starts", "length")

    def __init__(self, text: str, breaks: re.Pattern[str] = LINE_BREAK) -> None:
        self.starts: tuple[int, ...] = (0, *(m.end() for m in breaks.finditer(text)))
        self.length = len(text)

    def __len__(self) -> int:
        return len(self.starts)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset (clamped to the text)."""
        offset = min(max(offset, 0), self.length)
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def row(self, line: int) -> int:
        """The 0-based index of a 1-based line, clamped to the text's lines."""
        return min(max(line, 1), len(self.starts)) - 1

    def line_start(self, line: int) -> int:
        """The offset where a 1-based line starts (the line clamped to the text)."""
        return self.starts[self.row(line)]

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column (the line clamped to the text)."""
        return self.line_start(line) + max(column, 1) - 1
