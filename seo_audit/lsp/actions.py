"""Quick fixes: edits the user accepts, made only of what the structurer proposes.

No edit ever contains words the tool wrote. Each one inserts markup around the author's
words (a `##` line, a front matter key, a directive comment) whose text is an extractive
proposal of `outline.propose` (a noun phrase of the block, sentences of the article for
the meta description, the author's title shortened by deletion, a suggested keyphrase
drawn from the text) or a rule code:

- insert the proposed subheading above a block (STR001, STR002), or all of them at once;
- set the proposed meta description (MET001, MET002) or meta title (TTL002–TTL005) in the
  front matter, creating it if the file has none; an existing value is replaced only
  when it sits on one line;
- declare the suggested keyphrase, or one of its alternatives (KW001);
- disable a rule for the next block (`<!-- seo-audit: disable-next=CODE -->` above the
  block that holds the finding), or for the file when the finding is about the file: one
  action per rule and place, whatever the number of its findings there (a list of
  « Désactiver RDB003 pour tout le fichier » twice said nothing more).

The structurer parses the article again (seconds on a long one): a client that resolves
code actions (`codeAction/resolve` with `edit`) first gets, until the proposals exist,
one action per kind of proposal with no edit, whose edit is made when it is chosen;
once made, the list shows every proposal by name. Other clients get the full list at
once.

Subheadings and front matter are Markdown things: a `.txt` has neither (`seo-audit
outline --emit markdown` converts it), an HTML page keeps its metadata in `<head>`; those
fixes are offered for Markdown only. Directives work in Markdown and HTML comments.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml
from lsprotocol import types

from ..outline.emit import Insertion
from ..outline.emit import _line_start
from .diagnostics import finding_range
from .positions import LineIndex

if TYPE_CHECKING:
    from ..report import Finding
    from .analysis import Analysis

SUBHEADING_CODES = ("STR001", "STR002")
DESCRIPTION_CODES = ("MET001", "MET002")
TITLE_CODES = ("TTL002", "TTL003", "TTL004", "TTL005")
KEYPHRASE_CODES = ("KW001",)
#: Codes whose fix needs the structurer (worth computing the outline for).
OUTLINE_CODES = SUBHEADING_CODES + DESCRIPTION_CODES + TITLE_CODES


def _newline(source: str) -> str:
    return "\r\n" if "\r\n" in source else "\n"


def _yaml_line(key: str, value: str, newline: str) -> str:
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, width=10_000, default_flow_style=False)
    return dumped.rstrip("\n").replace("\n", newline) + newline


class Builder:
    """Makes the code actions of one analysis, for one client."""

    def __init__(self, analysis: "Analysis", index: LineIndex, document_changes: bool,
                 resolve: bool = False) -> None:
        self.analysis = analysis
        self.index = index
        self.document_changes = document_changes
        #: The client resolves code actions: those that need the outline may come without edit.
        self.resolve = resolve
        self.source = analysis.text
        self.newline = _newline(self.source)

    # -- edits ------------------------------------------------------------------------
    def edit(self, changes: list[Insertion]) -> types.WorkspaceEdit:
        edits = [types.TextEdit(types.Range(self.index.position_at(c.offset), self.index.position_at(c.end)), c.text)
                 for c in changes]
        uri = self.analysis.uri
        if self.document_changes:
            document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=self.analysis.version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(document, edits)])
        return types.WorkspaceEdit(changes={uri: edits})

    def action(self, title: str, changes: list[Insertion], diagnostics: list[types.Diagnostic] | None = None,
               preferred: bool = False) -> types.CodeAction:
        return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=diagnostics or None,
                                edit=self.edit(changes), is_preferred=preferred or None)

    # -- front matter -----------------------------------------------------------------
    def front_matter_edit(self, key: str, value: str, replace_keys: tuple[str, ...]) -> list[Insertion] | None:
        """Set `key: value` in the front matter: replace the first of `replace_keys` found
        on one line, else add `key` before the closing `---`, else create the front matter.
        None when the value to replace spans several lines (a block scalar)."""
        from ..readers.frontmatter import _CLOSE, _OPEN

        source = self.source
        opening = _OPEN.match(source)
        closing = _CLOSE.search(source, opening.end()) if opening else None
        line = _yaml_line(key, value, self.newline)
        if opening is None or closing is None:
            start = 1 if source.startswith("\ufeff") else 0
            return [Insertion(start, f"---{self.newline}{line}---{self.newline}")]
        head = source[opening.end():closing.start()]
        for name in replace_keys:
            match = re.search(rf"^{re.escape(name)}[ \t]*:[^\r\n]*(?:\r\n|\r|\n)", head, re.MULTILINE)
            if match is None:
                continue
            following = head[match.end():match.end() + 1]
            if following in (" ", "\t") or re.match(rf"{re.escape(name)}[ \t]*:[ \t]*[|>]", match.group(0)):
                return None  # a multi-line value: not ours to rewrite
            start = opening.end() + match.start()
            return [Insertion(start, _yaml_line(name, value, self.newline), source[start:opening.end() + match.end()])]
        return [Insertion(closing.start(), line)]

    # -- subheadings ------------------------------------------------------------------
    def subheading_inserts(self) -> list[tuple[Insertion, str, int, int, list[str]]]:
        """(edit, subheading, first line, last line, alternatives) for every block the
        structurer would give a heading; the edit replaces the block's label line when that
        line is the heading (`emit.heading_edit`), else inserts the heading above it."""
        from ..outline.emit import heading_edit

        outline = self.analysis.outline()
        if outline is None:
            return []
        found = []
        for block in outline.blocks:
            if not block.insert or not block.subheading:
                continue
            found.append((heading_edit(self.analysis.article, block, self.newline), block.subheading, block.start_line, block.end_line,
                          [f"{'#' * block.level} {a}{self.newline}{self.newline}" for a in block.alternatives]))
        return found

    def section_lines(self, line: int) -> tuple[int, int]:
        """The lines of the section a heading on 1-based `line` opens (to the next heading)."""
        article = self.analysis.article
        following = [article.locate(b).line for b in article.headings if article.locate(b).line > line]
        return line, (min(following) - 1 if following else self.index.line_count)

    def subheading_actions(self, lines: tuple[int, int], file_wide: bool, diagnostics: list[types.Diagnostic],
                           sections: list[tuple[int, int]] = ()) -> list[types.CodeAction]:
        actions = []
        proposals = self.subheading_inserts()
        for insert, heading, first, last, alternatives in proposals:
            in_section = any(low <= first <= high for low, high in sections)
            if not file_wide and not in_section and not (first <= lines[1] and last >= lines[0]):
                continue
            actions.append(self.action(f"Insérer le sous-titre proposé « {heading} » (ligne {first})",
                                       [insert], diagnostics, preferred=not file_wide))
            if not file_wide:
                for alternative in alternatives[:2]:
                    text = alternative.split(" ", 1)[1].strip()
                    actions.append(self.action(f"Insérer le sous-titre « {text} » (autre proposition)",
                                               [Insertion(_line_start(self.source, insert.offset), alternative)],
                                               diagnostics))
        if len(proposals) > 1 and diagnostics:  # on the findings themselves, not on every line
            actions.append(self.action(f"Insérer les {len(proposals)} sous-titres proposés",
                                       [p[0] for p in proposals], diagnostics))
        return actions

    # -- directives -------------------------------------------------------------------
    def top_level_block_start(self, line: int) -> int | None:
        """Source offset of the start of the outermost block (paragraph, list, quotation,
        heading…) that holds 1-based `line`; None inside the front matter."""
        if self.analysis.format == "html":
            return self.index.line_start(line)
        from ..readers.frontmatter import split_front_matter
        from ..readers.markdown import _PARSER

        _, body_start = split_front_matter(self.source, self.analysis.path)
        first_body_line = self.index.position_at(body_start).line + 1
        if line < first_body_line:
            return None
        for token in _PARSER.parse(self.source[body_start:]):
            if token.level == 0 and token.nesting >= 0 and token.map:
                first, end = token.map[0] + first_body_line, token.map[1] + first_body_line - 1
                if first <= line <= end:
                    return self.index.starts[first - 1]
        return self.index.line_start(line)

    def disable_actions(self, finding: "Finding", diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        if self.analysis.format not in ("markdown", "html"):
            return []
        if finding.line:
            start = self.top_level_block_start(finding.line)
            if start is None:
                return []
            indent = re.match(r"[ \t]*", self.source[start:]).group(0)
            comment = f"{indent}<!-- seo-audit: disable-next={finding.code} -->{self.newline}"
            return [self.action(f"Désactiver {finding.code} pour ce bloc", [Insertion(start, comment)], [diagnostic])]
        start = self.body_start()
        comment = f"<!-- seo-audit: disable={finding.code} -->{self.newline}"
        return [self.action(f"Désactiver {finding.code} pour tout le fichier", [Insertion(start, comment)],
                            [diagnostic])]

    def body_start(self) -> int:
        if self.analysis.format != "markdown":
            return 0
        from ..readers.frontmatter import split_front_matter

        return split_front_matter(self.source, self.analysis.path)[1]

    # -- all of them ------------------------------------------------------------------
    def actions(self, request: types.Range) -> list[types.CodeAction]:
        """The fixes for the findings that touch `request` (the cursor or selection)."""
        report = self.analysis.report
        if report is None:
            return []
        from .diagnostics import to_diagnostic

        # by lines: an editor asks with the cursor, often left of the marked words
        touched: list[tuple["Finding", types.Diagnostic]] = []
        for finding in report.findings:
            rng = finding_range(finding, self.index)
            if rng.start.line <= request.end.line and request.start.line <= rng.end.line:
                touched.append((finding, to_diagnostic(finding, self.index)))
        markdown = self.analysis.format == "markdown"
        actions: list[types.CodeAction] = []
        codes = {f.code for f, _ in touched}
        lines = (request.start.line + 1, request.end.line + 1)
        deferred = self.resolve and not self.analysis.has_outline
        if markdown and any(f.code in SUBHEADING_CODES for f in report.findings):
            diagnostics = [d for f, d in touched if f.code in SUBHEADING_CODES]
            sections = [self.section_lines(f.line) for f, _ in touched if f.code == "STR002" and f.line]
            file_wide = "STR001" in codes and request.start.line == 0
            if not deferred:
                actions += self.subheading_actions(lines, file_wide, diagnostics, sections)
            elif file_wide or sections:
                where = "" if file_wide else " dans cette section"
                actions.append(self.deferred(f"Insérer les sous-titres proposés{where} (seo-audit outline)",
                                             {"kind": "subheadings", "sections": [] if file_wide else sections},
                                             diagnostics))
        for which, wanted, label in (("description", DESCRIPTION_CODES, "la meta description proposée"),
                                     ("title", TITLE_CODES, "le titre SEO proposé")):
            if not (markdown and codes & set(wanted)):
                continue
            if not deferred:
                actions += self.meta_actions(which, touched, wanted)
            else:
                actions.append(self.deferred(f"Mettre {label} dans le front matter (seo-audit outline)",
                                             {"kind": which}, [d for f, d in touched if f.code in wanted]))
        if markdown and codes & set(KEYPHRASE_CODES) and report.keyphrase_suggested and report.keyphrase:
            from ..readers.markdown import KEYPHRASE_KEYS

            diagnostics = [d for f, d in touched if f.code in KEYPHRASE_CODES]
            for number, phrase in enumerate([report.keyphrase, *report.keyphrase_alternatives[:3]]):
                edit = self.front_matter_edit(KEYPHRASE_KEYS[0], phrase, KEYPHRASE_KEYS)
                if edit:
                    label = "suggérée" if number == 0 else "(autre suggestion)"
                    actions.append(self.action(f"Déclarer l’expression clé {label} « {phrase} »", edit,
                                               diagnostics, preferred=number == 0))
        actions += self.all_disable_actions(touched)
        return actions

    # -- proposals made when chosen ---------------------------------------------------
    def deferred(self, title: str, data: dict, diagnostics: list[types.Diagnostic]) -> types.CodeAction:
        """An action whose edit needs the outline: made by `resolved` when it is chosen."""
        data = {**data, "uri": self.analysis.uri, "version": self.analysis.version}
        return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=diagnostics or None,
                                data=data, is_preferred=True)

    def resolved(self, data: dict) -> types.WorkspaceEdit | None:
        """The edit of a deferred action (None when the structurer proposes nothing)."""
        kind = data.get("kind")
        if kind == "subheadings":
            sections = [tuple(s) for s in data.get("sections") or []]
            inserts = [insert for insert, _, first, _, _ in self.subheading_inserts()
                       if not sections or any(low <= first <= high for low, high in sections)]
            return self.edit(inserts) if inserts else None
        if kind in ("description", "title"):
            codes = DESCRIPTION_CODES if kind == "description" else TITLE_CODES
            made = self.meta_actions(kind, [], codes)
            return made[0].edit if made else None
        return None

    def all_disable_actions(self, touched: list) -> list[types.CodeAction]:
        """The disable actions of the findings at the cursor, one per rule and place (the
        block, or the file), each holding the diagnostics of all its findings there."""
        merged: dict[tuple[str, str], types.CodeAction] = {}
        for finding, diagnostic in touched:
            for action in self.disable_actions(finding, diagnostic):
                kept = merged.setdefault((action.title, repr(action.edit)), action)
                if kept is not action:
                    kept.diagnostics.append(diagnostic)
        return list(merged.values())

    def meta_actions(self, which: str, touched: list, codes: tuple[str, ...]) -> list[types.CodeAction]:
        from ..readers.markdown import DESCRIPTION_KEYS, TITLE_KEYS

        outline = self.analysis.outline()
        if outline is None:
            return []
        diagnostics = [d for f, d in touched if f.code in codes]
        if which == "description":
            proposals = [outline.meta_description, *outline.meta_description_alternatives]
            key, keys, label = "description", DESCRIPTION_KEYS, "la meta description"
        else:
            proposals = [outline.meta_title, *outline.meta_title_alternatives]
            # the title the rules judge comes first of TITLE_KEYS: set seo_title, keep `title`
            key, keys, label = "seo_title", TITLE_KEYS[:2], "le titre SEO"
        current = self.analysis.article.title if which == "title" else self.analysis.article.description
        actions = []
        for number, proposal in enumerate(p for p in proposals if p):
            if current is not None and proposal == current.text:
                continue
            edit = self.front_matter_edit(key, proposal, keys)
            if edit:
                shown = proposal if len(proposal) <= 70 else proposal[:67].rstrip() + "…"
                actions.append(self.action(f"Mettre {label} proposé{'e' if which == 'description' else ''} "
                                           f"dans le front matter : « {shown} »",
                                           edit, diagnostics, preferred=number == 0))
        return actions
