"""Which files to audit: files, directories (recursive), globs, exclusions, stable order.

Rules, as in ruff and Vale:

- a file named on the command line is audited whatever its extension (an unknown one is
  an input error), unless an exclusion pattern matches it;
- a directory is walked recursively for the article extensions (`.md`, `.markdown`,
  `.html`, `.htm`, `.txt`), skipping hidden entries (`.git`, `.github`…) and vendored or
  generated folders (`node_modules`, `vendor`, `_site`…), and anything excluded;
- an argument with `*`, `?` or `[` that is not an existing path is a glob (`**` crosses
  folders); the directories it matches are walked as above;
- each argument's files come sorted (by path components); a file reached twice is
  audited once, at its first place.

Exclusion patterns follow `.gitignore` conventions: a pattern without `/` matches a file
or folder name at any depth (`brouillons`, `*.txt`); a pattern with `/` matches from the
folder it is relative to (`news/**`, `content/archives`); matching a folder excludes
everything below it.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


ARTICLE_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")
#: Folders never walked into (besides hidden ones): dependencies and generated sites.
SKIPPED_FOLDERS = frozenset({
    "node_modules", "bower_components", "vendor", "vendors", "venv", "site-packages",
    "__pycache__", "_site",
})
STDIN = "-"
#: The warning for a folder that cannot be listed (the CLI treats it as an input error).
UNLISTED = "dossier illisible, ses articles ne sont pas audités"
_GLOB_CHARS = re.compile(r"[*?[]")


def _char_class(body: str) -> str:
    """A `[…]` of a glob as a regular-expression class: every character literal except
    ranges (`a-z`) and a leading `!`; a range backwards (`[z-a]`) matches nothing."""
    negate = body[:1] in ("!", "^")
    if negate:
        body = body[1:]
    parts: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            low, high = body[i], body[i + 2]
            if low <= high:
                parts.append(f"{re.escape(low)}-{re.escape(high)}")
            i += 3
            continue
        parts.append(re.escape(body[i]))
        i += 1
    if not parts:
        return "[^/]" if negate else "(?!)"
    return f"[{'^/' if negate else ''}{''.join(parts)}]"


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip().replace("\\", "/")
    while pattern.startswith("./"):
        pattern = pattern[2:]
    if pattern.endswith("/"):
        pattern += "**"
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.lstrip("/")
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            # gitignore/fnmatch: `[!…]` negates, and a `]` first in the class is a literal
            first = i + 1 + (pattern[i + 1 : i + 2] in ("!", "^"))
            close = pattern.find("]", first + 1)
            if close < 0:
                out.append(re.escape(char))
            else:
                out.append(_char_class(pattern[i + 1 : close]))
                i = close
        else:
            out.append(re.escape(char))
        i += 1
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"{prefix}{''.join(out)}(?:/.*)?", re.DOTALL)


def glob_match(pattern: str, relative: str) -> bool:
    """Does a `.gitignore`-style `pattern` match `relative` (a POSIX path relative to the
    pattern's folder), or one of the folders above it?"""
    return _glob_regex(pattern).fullmatch(relative) is not None


@dataclass(frozen=True)
class Exclusion:
    """An exclusion pattern and the folder it is relative to."""

    pattern: str
    base: Path

    def matches(self, path: Path) -> bool:
        try:
            relative = path.relative_to(self.base).as_posix()
        except ValueError:
            return False
        return relative not in ("", ".") and glob_match(self.pattern, relative)


def relative_to(path: str | Path, base: Path) -> str | None:
    """`path` relative to `base` in POSIX form, or None when it is outside."""
    try:
        return Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        return None


def _excluded(path: str, exclusions: Sequence[Exclusion]) -> bool:
    if not exclusions:
        return False
    absolute = Path(os.path.abspath(path))
    return any(e.matches(absolute) for e in exclusions)


def _sort_key(path: str) -> tuple[str, ...]:
    return Path(path).parts


def walk(folder: str, exclusions: Sequence[Exclusion] = (),
         extensions: Iterable[str] = ARTICLE_EXTENSIONS, problems: list[str] | None = None) -> Iterator[str]:
    """Article files under `folder`, sorted, without hidden, vendored or excluded entries.
    A folder that cannot be listed (permissions, a path longer than the system allows) is
    named in `problems`, never skipped silently."""
    wanted = tuple(e.lower() for e in extensions)
    found: list[str] = []

    def unlisted(error: OSError) -> None:
        if problems is not None:
            from ..errors import os_problem

            problems.append(f"{error.filename} : {UNLISTED} ({os_problem(error)}).")

    for current, folders, files in os.walk(folder, onerror=unlisted):
        folders[:] = sorted(
            name for name in folders
            if not name.startswith(".") and name not in SKIPPED_FOLDERS
            and not _excluded(os.path.join(current, name), exclusions)
        )
        for name in files:
            if name.startswith(".") or not name.lower().endswith(wanted):
                continue
            path = os.path.join(current, name)
            if not _excluded(path, exclusions):
                found.append(path)
    return iter(sorted(found, key=_sort_key))


def _glob(pattern: str) -> list[str]:
    """`glob.glob(pattern, recursive=True)`, except that `**` does not follow symbolic
    links to folders: `glob.glob` does, so a link loop (`content/boucle -> ..`) makes it
    list the same files under ever longer paths, exponentially with two loops. `pathlib`'s
    `**` does not follow them; hidden names are left out as `glob.glob` does."""
    if "**" not in pattern:
        return glob.glob(pattern)  # one level per `*`: a loop cannot make it run away
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not _GLOB_CHARS.search(parts[fixed]):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path(".")
    rest = Path(*parts[fixed:]).as_posix()
    if not base.is_dir():
        return []
    try:
        found = list(base.glob(rest))
    except (OSError, ValueError):
        return []
    hidden = [p.startswith(".") for p in parts[fixed:]]
    matches = []
    for path in found:
        relative = path.relative_to(base).parts
        if any(name.startswith(".") for name in relative) and not any(hidden):
            continue
        matches.append(str(path))
    return matches


def _display(path: str) -> str:
    """A path as the user will read it: `./a.md` becomes `a.md`, separators normalised."""
    normal = os.path.normpath(path)
    return normal


def discover(arguments: Sequence[str], exclusions: Sequence[Exclusion] = ()) -> tuple[list[str], list[str]]:
    """Expand the command line's arguments into files to audit.

    Returns (files, warnings): `files` keeps `-` (standard input) in place; a file that
    does not exist is kept so that the audit reports it; a glob or folder that yields no
    article gives a warning.
    """
    files: list[str] = []
    warnings: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normcase(os.path.abspath(path)) if path != STDIN else STDIN
        if key not in seen:
            seen.add(key)
            files.append(path)

    for argument in arguments:
        if argument == STDIN:
            add(STDIN)
            continue
        if os.path.isdir(argument):
            found = list(walk(argument, exclusions, problems=warnings))
            if not found:
                warnings.append(f"{argument} : aucun article (.md, .markdown, .html, .htm, .txt) "
                                "dans ce dossier.")
            for path in found:
                add(_display(path))
            continue
        if not os.path.lexists(argument) and _GLOB_CHARS.search(argument):
            matches = sorted(_glob(argument), key=_sort_key)
            found = []
            for match in matches:
                if os.path.isdir(match):
                    found.extend(walk(match, exclusions))
                elif match.lower().endswith(ARTICLE_EXTENSIONS) and not _excluded(match, exclusions):
                    found.append(match)
            if not found:
                warnings.append(f"{argument} : aucun article ne correspond à ce motif.")
            for path in found:
                add(_display(path))
            continue
        if not _excluded(argument, exclusions):
            add(argument)
    return files, warnings



def report_path(path: str, base: str | Path | None = None) -> str:
    """A file's path for CI annotations: relative to `base` (default: the current folder,
    the repository root in CI) in POSIX form when inside it, else unchanged."""
    if path in (STDIN, "<stdin>"):
        return path
    relative = relative_to(path, Path(os.path.abspath(base or os.getcwd())))
    return relative if relative is not None else Path(path).as_posix()
