"""French typography: where the characters typed differ from what French typography asks.

Every scanner works on the *typed text* of a block: the block text with each space
replaced by the character actually in the source (readers fold U+00A0 and U+202F into
plain spaces; « &nbsp; » in HTML is read back), so offsets are those of `block.text`
and `Article.locate` maps them to the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import AnnotatedArticle, Article, Block, Location
from ..render.safe import BIDI

NBSP = "\u00a0"      # ESPACE INSÉCABLE (&nbsp;)
NNBSP = "\u202f"     # ESPACE FINE INSÉCABLE (&#8239;)
NO_BREAK = NBSP + NNBSP
SPACE_NAMES = {NBSP: "l’espace insécable U+00A0 (&nbsp;)", NNBSP: "l’espace fine insécable U+202F (&#8239;)"}
_ENTITIES = {"&nbsp;": NBSP, "&#160;": NBSP, "&#xa0;": NBSP, "&#8239;": NNBSP, "&#x202f;": NNBSP}

# Linear on any text (« a.a.a… », « a-a-a… » of 200 KB): each alternative starts only
# where its run starts, and the repeated parts are bounded (RFC 5321 lengths). An address
# without a scheme (« data.gouv.fr/fr/ ») ends on a top-level domain that starts with a
# letter, so that a unit glued to a decimal number (« 0.32mSv/h ») is prose, and like one
# with a scheme, it stops before a closing bracket or guillemet: « (voir exemple.fr/a) »
# closes its parenthesis.
_URL = re.compile(r"(?:https?://|ftp://|mailto:|www\.)[^\s)\]»]+"
                  r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,255}"
                  r"|(?<![\w.])\w{1,63}(?:\.\w{1,63}){0,9}\.[^\W\d_]\w{0,62}/[^\s)\]»]*")


@dataclass(frozen=True)
class Fault:
    """A typographic fault at block.text[start:end]; `fix` is what should stand there."""

    block: Block
    start: int
    end: int
    kind: str
    fix: str = ""


def typed_text(article: Article, block: Block) -> str:
    """`block.text` with each space replaced by the no-break space of the source, if any."""
    source = article.source
    chars = list(block.text)
    for i, char in enumerate(chars):
        if not char.isspace():
            continue
        offset = block.source_offset(i)
        real = source[offset : offset + 1]
        if real in NO_BREAK:
            chars[i] = real
        elif real == "&" and article.format == "html":
            entity = source[offset : offset + 8].lower()
            chars[i] = next((c for e, c in _ENTITIES.items() if entity.startswith(e)), char)
    return "".join(chars)


def typed_blocks(annotated: AnnotatedArticle) -> list[tuple[Block, str]]:
    """Every block (title, description, body) with its typed text."""
    return [(b, typed_text(annotated.article, b)) for b in annotated.blocks]


def _masked(text: str) -> str:
    """URLs and e-mail addresses blanked out (same length): their « : » and « ? » are not prose."""
    return _URL.sub(lambda m: "\0" * len(m.group()), text)


# --- TYP001 no-break spaces ------------------------------------------------------------

def missing_no_break_spaces(block: Block, typed: str, colon: str = NBSP, other: str = NNBSP,
                            strict: bool = False) -> list[Fault]:
    """Before « ; : ! ? » and inside « », a no-break space (`colon` before « : », `other`
    elsewhere; with `strict` False either no-break space is accepted)."""
    text = _masked(typed)
    faults: list[Fault] = []

    def judge(space_at: int, mark: str, expected: str, insert_at: int) -> None:
        if 0 <= space_at < len(text) and text[space_at] in NO_BREAK + " \u2009\t":
            char = text[space_at]
            if char == expected or (char in NO_BREAK and not strict):
                return
            faults.append(Fault(block, space_at, space_at + 1, mark, expected))
        else:
            faults.append(Fault(block, insert_at, insert_at, mark, expected))

    for match in re.finditer(r"[;:!?«»]", text):
        i, mark = match.start(), match.group()
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if mark == "«":
            if after and after != "»" and after != "\0":
                judge(i + 1, mark, other, i + 1)
            continue
        if i == 0 or before in "\0([{«“\"'/" or before in ";:!?»" and mark != "»":
            continue
        if mark == "»":
            if before != "«":
                judge(i - 1, mark, other, i)
            continue
        if before not in NO_BREAK + " \u2009\t" and (after.isalnum() or after in "/\\_=&"):
            continue  # glued on both sides: « 14:30 », « Re:publica », « Yahoo!Finance »
        if mark in ":;" and after in ")(":
            continue  # emoticon
        judge(i - 1, mark, colon if mark == ":" else other, i)
    return faults


# --- TYP002 straight quotes and apostrophes ---------------------------------------------

def straight_marks(block: Block, typed: str, quotes: bool = True, apostrophe: str = "’") -> list[Fault]:
    """Straight double quotes (French uses « »), and apostrophes that are not the house
    style (`apostrophe` is "’", "'" or "" for either)."""
    text = _masked(typed)
    faults: list[Fault] = []
    if quotes:
        for match in re.finditer(r'"', text):
            i = match.start()
            opening = i == 0 or not text[i - 1].strip() or text[i - 1] in "([«"
            faults.append(Fault(block, i, i + 1, '"', "«" + NNBSP if opening else NNBSP + "»"))
    wrong = {"’": "'", "'": "’"}.get(apostrophe)
    if wrong:
        for match in re.finditer(rf"(?<=[^\W\d_]){re.escape(wrong)}(?=[^\W\d_])", text):
            faults.append(Fault(block, match.start(), match.end(), wrong, apostrophe))
    return sorted(faults, key=lambda f: f.start)


# --- TYP004 doubled spaces and punctuation -----------------------------------------------

_DOUBLED_PUNCTUATION = re.compile(r",(?:\s*,)+|;(?:\s*;)+|:(?:\s*:)+|(?<!\.)\.\.(?!\.)|\.\s+\.(?!\s*\.)")
_REPEATED_MARKS = re.compile(r"!{2,}|\?{2,}")


def doubled_punctuation(block: Block, typed: str, repeated_marks: bool = True) -> list[Fault]:
    text = _masked(typed)
    faults = [Fault(block, m.start(), m.end(), "ponctuation", m.group()[0])
              for m in _DOUBLED_PUNCTUATION.finditer(text)]
    if repeated_marks:
        faults += [Fault(block, m.start(), m.end(), "ponctuation", m.group()[0])
                   for m in _REPEATED_MARKS.finditer(text)]
    return sorted(faults, key=lambda f: f.start)


_SPACE_RUN = re.compile(r"(?<=\S)[ \t\u00a0\u202f]{2,}(?=\S)")


def doubled_spaces(article: Article, block: Block) -> list[tuple[Location, str]]:
    """Runs of two spaces or more inside a line of the source (not indentation, not the
    trailing spaces of a Markdown line break). HTML collapses spaces: not checked there."""
    if article.format == "html" or not block.text:
        return []
    start = block.source_offset(0)
    end = block.source_offset(len(block.text) - 1) + 1
    found = []
    for match in _SPACE_RUN.finditer(article.source, start, end):
        line, column = article.line_column(match.start())
        line_start = match.start() - column + 1
        line_end = article.source.find("\n", match.start())
        line_text = article.source[line_start : line_end if line_end >= 0 else len(article.source)]
        found.append((Location(line, column, line, column + len(match.group())), line_text))
    return found


# --- TYP005 artefacts --------------------------------------------------------------------

_EMPTY = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}|«\s*»|“\s*”")
_REFERENCE = re.compile(r"\[(?:\d{1,3}|réf\. nécessaire|citation needed|modifier|edit|source)\]", re.I)
_LEFTOVER_LINE = re.compile(r"(?:Source link|Read more|Continue reading|Lire la suite sur)\b"
                            r"[\s\-–—:]*\S{0,12}$", re.I)
_PAIRS = {")": "(", "]": "[", "»": "«"}
_ENUMERATOR = re.compile(r"(?:^|[\s_*])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_EMOTICON = re.compile(r"[:;]-?[()]")
#: The bidirectional controls that start reordering (embeddings, overrides, isolates), of
#: those every text output shows as ⟨U+202E⟩ (`render/safe.py`); the ones that end it
#: (U+202C, U+2069) are harmless alone.
_BIDI_CONTROL = re.compile(f"(?![\u202c\u2069])[{BIDI}]")


def artefacts(block: Block, typed: str, next_text: str = "", previous_text: str = "") -> list[Fault]:
    """Empty brackets, reference numbers pasted from an encyclopedia (« [12] »), lines left
    by a scraper (« Source link »), bidirectional controls (invisible, they reorder what
    follows: « Trojan Source »), unmatched parentheses, brackets and guillemets. A
    quotation running over several paragraphs opens each of them with « and closes only the
    last: a « left open is accepted when the next paragraph opens with «, a » without its
    « when the previous paragraph left one open."""
    text = _masked(typed)
    faults = [Fault(block, m.start(), m.end(), "vide") for m in _EMPTY.finditer(text)]
    faults += [Fault(block, m.start(), m.end(), "référence") for m in _REFERENCE.finditer(text)]
    faults += [Fault(block, m.start(), m.end(), "contrôle") for m in _BIDI_CONTROL.finditer(typed)]
    if _LEFTOVER_LINE.fullmatch(text.strip()):
        faults.append(Fault(block, 0, len(block.text), "ligne"))
    ignored = {m.end() - 1 for m in _ENUMERATOR.finditer(text)} | {m.end() - 1 for m in _EMOTICON.finditer(text)}
    stack: list[int] = []
    for i, char in enumerate(text):
        if char in "([«":
            stack.append(i)
        elif char in _PAIRS and not (i in ignored and not stack):
            opener = _PAIRS[char]
            if stack and text[stack[-1]] == opener:
                stack.pop()
            elif opener in (text[j] for j in stack):
                while text[stack[-1]] != opener:
                    faults.append(Fault(block, stack[-1], stack[-1] + 1, "ouvert"))
                    stack.pop()
                stack.pop()
            elif not (char == "»" and previous_text.count("«") > previous_text.count("»")):
                faults.append(Fault(block, i, i + 1, "fermé"))
    for i in stack:
        if text[i] == "«" and next_text.lstrip()[:1] in ("«", "»"):
            continue
        faults.append(Fault(block, i, i + 1, "ouvert"))
    return sorted(faults, key=lambda f: (f.start, f.end))
