"""Inline control of rules from inside an article.

- `<!-- seo-audit: disable=RDB003,STR -->` anywhere: those rules do not run on this file;
- `<!-- seo-audit: disable-next=STR005 -->`: findings of those rules on the next block
  (paragraph, heading, list, quotation… the first one that starts after the comment)
  are dropped;
- front matter `seo-audit: {ignore: [RDB003, KW]}` (or `disable:`), like `disable=`.

Codes may be families (`KW`) or `all`. A malformed directive or an unknown code is an
input error naming the file and line, so that a typo never silently disables nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

DIRECTIVE = re.compile(r"\A\s*<!--\s*seo-audit\s*:(?P<body>.*?)-->\s*\Z", re.DOTALL | re.IGNORECASE)
_PAIR = re.compile(r"(?P<key>[A-Za-z-]+)\s*=\s*(?P<codes>[A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*)")
_CODE = re.compile(r"\A[A-Z]+[0-9]*\Z")
_SPACE = re.compile(r"\s*")
KEYS = ("disable", "disable-next")
FRONT_MATTER_KEY = "seo-audit"
FRONT_MATTER_KEYS = ("ignore", "disable")


@dataclass(frozen=True)
class BlockDirective:
    """Codes disabled on the source lines first_line..last_line (1-based, inclusive)."""

    codes: frozenset[str]
    first_line: int
    last_line: int
    directive_line: int


@dataclass
class Directives:
    """What an article's comments and front matter say about which rules apply to it."""

    disabled: set[str] = field(default_factory=set)
    blocks: list[BlockDirective] = field(default_factory=list)
    #: (code, line) of every code named, to check them against the registry.
    mentioned: list[tuple[str, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.disabled or self.blocks)

    def disables(self, code: str) -> bool:
        return covers(self.disabled, code)

    def suppresses(self, code: str, line: int | None) -> bool:
        if line is None:
            return False
        return any(b.first_line <= line <= b.last_line and covers(b.codes, code) for b in self.blocks)


def covers(entries: set[str] | frozenset[str], code: str) -> bool:
    return any(entry == "ALL" or code.startswith(entry) for entry in entries)


class DirectiveError(ValueError):
    """A directive that cannot be understood; the message says why (without the path)."""


def parse_comment(comment: str, line: int) -> dict[str, list[str]] | None:
    """`{"disable": [...], "disable-next": [...]}` for a seo-audit comment, None for any
    other comment; raises DirectiveError for a malformed one."""
    match = DIRECTIVE.match(comment)
    if not match:
        return None
    body = match.group("body").strip()
    found: dict[str, list[str]] = {}
    position = 0
    # Pairs one after the other, each matched where the last one ended (never `finditer`,
    # which retries from every position: quadratic on « aaaa… » without « = »).
    while (pair := _PAIR.match(body, _SPACE.match(body, position).end())) is not None:
        key = pair.group("key").lower()
        if key not in KEYS:
            raise DirectiveError(f"ligne {line} : directive inconnue « {key} » "
                                 f"(permises : {', '.join(KEYS)}).")
        codes = [c.strip().upper() for c in pair.group("codes").split(",")]
        for code in codes:
            if not _CODE.match(code):
                raise DirectiveError(f"ligne {line} : code mal formé « {code} ».")
        found.setdefault(key, []).extend(codes)
        position = pair.end()
    if not found or body[position:].strip():
        raise DirectiveError(f"ligne {line} : directive seo-audit illisible « {body} » ; "
                             "écrivez par exemple <!-- seo-audit: disable=RDB003 --> "
                             "ou <!-- seo-audit: disable-next=STR005 -->.")
    return found


def from_front_matter(front: dict[str, Any], line: int = 1) -> list[str]:
    """Codes listed under `seo-audit: {ignore: [...]}`; raises DirectiveError if malformed."""
    if FRONT_MATTER_KEY not in front:
        return []
    table = front[FRONT_MATTER_KEY]
    if not isinstance(table, dict):
        raise DirectiveError("front matter : « seo-audit » doit être une table, "
                             "par exemple seo-audit: {ignore: [RDB003]}.")
    unknown = sorted(set(map(str, table)) - set(FRONT_MATTER_KEYS))
    if unknown:
        raise DirectiveError(f"front matter : clé inconnue « seo-audit.{unknown[0]} » "
                             f"(permises : {', '.join(FRONT_MATTER_KEYS)}).")
    codes: list[str] = []
    for key in FRONT_MATTER_KEYS:
        value = table.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [v for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DirectiveError(f"front matter : « seo-audit.{key} » doit être une liste de codes.")
        for code in value:
            code = code.strip().upper()
            if not _CODE.match(code):
                raise DirectiveError(f"front matter : code mal formé « {code} » dans « seo-audit.{key} ».")
            codes.append(code)
    return codes


def unknown_codes(directives: Directives, known: set[str]) -> list[tuple[str, int]]:
    """Codes named in directives that match no registered rule (neither code nor family)."""
    return [(code, line) for code, line in directives.mentioned
            if code != "ALL" and not any(k.startswith(code) for k in known)]


# -- collecting them from a parsed source ------------------------------------------------

class _Collector:
    """Shared bookkeeping: file-wide codes, and disable-next codes waiting for their block."""

    def __init__(self, front: dict[str, Any]) -> None:
        self.directives = Directives()
        for code in from_front_matter(front):
            self.directives.disabled.add(code)
            self.directives.mentioned.append((code, 1))
        self.pending: list[tuple[list[str], int, int]] = []  # (codes, after line, directive line)

    def comment(self, content: str, line: int, after: int) -> bool:
        parsed = parse_comment(content, line)
        if parsed is None:
            return False
        for code in parsed.get("disable", []):
            self.directives.disabled.add(code)
            self.directives.mentioned.append((code, line))
        if parsed.get("disable-next"):
            codes = parsed["disable-next"]
            self.directives.mentioned.extend((code, line) for code in codes)
            self.pending.append((codes, after, line))
        return True

    def take(self, first_line: int) -> list[tuple[list[str], int, int]]:
        """The disable-next directives waiting for a block that starts on `first_line`."""
        ready = [p for p in self.pending if p[1] <= first_line]
        if ready:
            self.pending = [p for p in self.pending if p[1] > first_line]
        return ready

    def close(self, ready: list[tuple[list[str], int, int]], first_line: int, last_line: int) -> None:
        for codes, _, line in ready:
            self.directives.blocks.append(BlockDirective(frozenset(codes), first_line, last_line, line))

    def block(self, first_line: int, last_line: int) -> None:
        self.close(self.take(first_line), first_line, last_line)


def collect_markdown(tokens: list[Any], line_of: Any, front: dict[str, Any]) -> Directives:
    """Directives of a Markdown file from markdown-it tokens; `line_of(i)` gives the source
    line (1-based) of the body's line index `i`."""
    collector = _Collector(front)
    for token in tokens:
        if not token.map:
            continue
        first, end = token.map
        if token.type == "html_block":
            if collector.comment(token.content, line_of(first), line_of(end)):
                continue
        elif token.type == "inline":
            for child in token.children or []:
                if child.type == "html_inline":
                    collector.comment(child.content, line_of(first), line_of(end))
            continue
        if token.nesting >= 0:
            collector.block(line_of(first), line_of(max(end - 1, first)))
    return collector.directives


_HTML_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                          "table", "figure", "div", "section", "article", "dl", "pre", "header",
                          "footer", "aside", "main"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base",
                   "col", "embed", "param", "track"})


def collect_html(text: str, front: dict[str, Any] | None = None) -> Directives:
    """Directives of an HTML page: its comments; the block after a disable-next comment
    runs from its start tag to its end tag."""
    from html.parser import HTMLParser

    collector = _Collector(front or {})
    open_blocks: list[tuple[str, int, int, list]] = []  # (tag, first line, depth, directives)

    class Parser(HTMLParser):
        depth: dict[str, int] = {}

        def handle_comment(self, data: str) -> None:
            line = self.getpos()[0]
            content = f"<!--{data}-->"
            collector.comment(content, line, line + content.count("\n"))

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in _VOID:
                return
            self.depth[tag] = self.depth.get(tag, 0) + 1
            if tag in _HTML_BLOCKS and collector.pending:
                ready = collector.take(self.getpos()[0])
                if ready:
                    open_blocks.append((tag, self.getpos()[0], self.depth[tag], ready))

        def handle_endtag(self, tag: str) -> None:
            if tag in _VOID:
                return
            for index in range(len(open_blocks) - 1, -1, -1):
                name, first, depth, ready = open_blocks[index]
                if name == tag and depth == self.depth.get(tag, 0):
                    del open_blocks[index]
                    collector.close(ready, first, self.getpos()[0])
                    break
            self.depth[tag] = max(self.depth.get(tag, 0) - 1, 0)

    parser = Parser(convert_charrefs=True)
    parser.depth = {}
    parser.feed(text)
    parser.close()
    for _, first, _, ready in open_blocks:  # end tag omitted (<p>, <li>): the start line
        collector.close(ready, first, first)
    return collector.directives
