"""One analysis of one editor buffer: the same audit as `seo-audit check`, on unsaved text.

The text comes from the editor, not from the disk; everything else is what `check` does
for that file: the project configuration found from the file's folder (`seo-audit.toml`,
`[tool.seo-audit]` in `pyproject.toml`) with its rule set, selection and per-path
overrides, the inline directives, then `audit.evaluate`. Whatever goes wrong (unreadable
front matter, an unknown code in a directive, a broken configuration, a crash) becomes a
`Failure` that the server shows as one diagnostic; the server itself goes on.

`is_current` lets the caller abandon an analysis whose text the user has already changed
(`Stale` is raised between the steps: parse, annotate, evaluate).

Memory: the server parses a new text at every pause in typing, for hours. Each parse runs
in a memory zone (`nlp.memory_zone`): what spaCy learnt from it (the strings and lexemes of
new word forms) is freed when the analysis ends, and an `Analysis` keeps plain data only
(the report, the article, the rule set), never a Doc, Span or Token. The structurer's
proposals, which only the code actions need, parse the article again in a zone of their
own when first asked for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, InputError

if TYPE_CHECKING:
    from ..article import Article, Format
    from ..config import ProjectConfig
    from ..outline import Outline
    from ..report import FileReport
    from ..ruleset import RuleSet


class Stale(Exception):
    """The document changed while it was being analysed: the result would be thrown away."""


@dataclass(frozen=True)
class Failure:
    """Why a document could not be audited, as the one diagnostic the editor shows."""

    message: str
    line: int | None = None  # 1-based, when the message names one


@dataclass
class Analysis:
    uri: str
    version: int | None
    text: str
    path: str
    format: "Format"
    report: "FileReport | None" = None
    article: "Article | None" = None
    ruleset: "RuleSet | None" = None
    failure: Failure | None = None
    #: True when the project configuration excludes this file: nothing to show.
    excluded: bool = False
    _outline: "Outline | None" = field(default=None, repr=False)

    @property
    def has_outline(self) -> bool:
        """Whether the proposals are computed already (a code action list can show them)."""
        return self._outline is not None

    @property
    def wants_outline(self) -> bool:
        """Whether a code action list on this text would need the proposals: a Markdown
        file with a finding the structurer fixes (`actions.OUTLINE_CODES`)."""
        from .actions import OUTLINE_CODES

        return (self.format == "markdown" and self.report is not None
                and any(f.code in OUTLINE_CODES for f in self.report.findings))

    def outline(self) -> "Outline | None":
        """The structurer's proposals for this text, against the thresholds of the
        document's rule set, as `seo-audit outline` makes them (computed once, on demand:
        the code actions need them, the diagnostics do not). The article is parsed again
        for them: no parse outlives its memory zone."""
        if self._outline is None and self.article is not None and self.report is not None:
            from ..nlp import annotate_many, load, memory_zone
            from ..outline import propose
            from ..outline.limits import Limits, default_limits

            limits = Limits.from_ruleset(self.ruleset) if self.ruleset is not None else default_limits()
            keyphrase = None if self.report.keyphrase_suggested else self.report.keyphrase
            load()  # the full pipeline, as `outline` parses with; outside the zone
            with memory_zone():
                annotated = next(annotate_many([self.article]))
                self._outline = propose(annotated, keyphrase, limits=limits)
        return self._outline


FORMATS_BY_LANGUAGE: dict[str, "Format"] = {"markdown": "markdown", "html": "html", "plaintext": "text",
                                             "text": "text"}


def format_for(path: str, language_id: str | None) -> "Format":
    """The reader for a buffer: the file's extension first (as `check` does), else the
    editor's language id, else Markdown."""
    from ..readers import EXTENSIONS

    by_extension = EXTENSIONS.get(Path(path).suffix.lower())
    if by_extension:
        return by_extension
    return FORMATS_BY_LANGUAGE.get((language_id or "").lower(), "markdown")


class ConfigCache:
    """Project configurations by file, reloaded when the file's size or time changes, so
    that an edited `seo-audit.toml` applies at the next analysis."""

    def __init__(self) -> None:
        self._loaded: dict[str, tuple[tuple[int, int], "ProjectConfig"]] = {}

    def for_document(self, path: str) -> "ProjectConfig":
        from ..config import find_config, load_config

        found = find_config(os.path.dirname(os.path.abspath(path)))
        if found is None:
            return load_config(None)
        key = str(found)
        try:
            stat = found.stat()
            signature = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            signature = (0, 0)
        cached = self._loaded.get(key)
        if cached is None or cached[0] != signature:
            cached = (signature, load_config(found))  # ConfigError propagates: shown to the user
            self._loaded[key] = cached
        return cached[1]

    def clear(self) -> None:
        self._loaded.clear()


def config_signature(path: str) -> tuple[str, int, int] | None:
    """Which configuration file applies to `path`, and its time and size: when this
    changes, the document's findings may change."""
    from ..config import find_config

    found = find_config(os.path.dirname(os.path.abspath(path)))
    if found is None:
        return None
    try:
        stat = found.stat()
    except OSError:
        return (str(found), 0, 0)
    return (str(found), stat.st_mtime_ns, stat.st_size)


def excluded_by(config: "ProjectConfig", path: str) -> bool:
    """Would `check` on the project skip this file (`exclude` patterns)?"""
    absolute = Path(os.path.abspath(path))
    for candidate in (absolute, *absolute.parents):
        if any(e.matches(candidate) for e in config.exclude):
            return True
        if candidate == config.root:
            break
    return False


_LINE = re.compile(r"\bligne (\d+)\b")


def _failure(error: Exception, path: str) -> Failure:
    text = str(error)
    if isinstance(error, InputError):
        text = error.problem
    if text.startswith(f"{path} : "):
        text = text[len(path) + 3:]
    match = _LINE.search(text)
    return Failure(text, int(match.group(1)) if match else None)


def analyse(text: str, path: str, fmt: "Format", uri: str = "", version: int | None = None,
            configs: ConfigCache | None = None, is_current: Callable[[], bool] = lambda: True,
            max_bytes: int | None = None) -> Analysis:
    """Audit one buffer as `check` would audit the file; never raises but `Stale`."""
    from ..audit import Options, check_directives, evaluate
    from ..nlp.needs import excluded
    from ..nlp import annotate_many, load, memory_zone
    from ..profiles import ruleset_of
    from ..readers import parse
    from ..site import site_pass
    from ..site.summary import is_cornerstone
    from ..readers.source import DEFAULT_MAX_BYTES

    from ..nlp import ModelMissing

    if not is_current():
        raise Stale
    result = Analysis(uri, version, text, path, fmt)
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    try:
        if len(text) > limit // 4 and len(text.encode("utf-8")) > limit:
            from ..render.figures import number

            raise InputError(path, f"article trop gros (plus de {number(limit)} octets) : il n’est pas analysé.")
        if not text.strip():
            raise InputError(path, "le document est vide.")
        config = (configs or ConfigCache()).for_document(path)
        if excluded_by(config, path):
            result.excluded = True
            return result
        options = Options(ruleset=config.ruleset_for(path))
        article = check_directives(parse(text, path, fmt))
        result.article = article
        result.ruleset = ruleset_of(options, path, is_cornerstone(article.front_matter))
        # a declared keyphrase is known before the parse: the parse can then skip what only
        # the keyphrase suggestion reads (named entities, needs.py); same findings
        options.keyphrase = article.keyphrase
        if not is_current():
            raise Stale
        components = excluded(options)
        load(components)  # before the zone: a model loaded inside one would be freed with it
        with memory_zone():  # the Doc and its new strings go at the end: the report is plain data
            annotated = next(annotate_many([article], 1, components))
            if not is_current():
                raise Stale
            result.report = evaluate(annotated, options)
            del annotated
        result.report.text_view = None  # the editor has the text; don't hold a second copy
        site_pass([result.report], [path], options)  # as `check FILE` does: LNK005, SITE on a site of one
    except Stale:
        raise
    except ConfigError as error:
        result.failure = Failure(f"configuration : {error}")
    except InputError as error:
        result.failure = _failure(error, path)
    except ModelMissing as error:
        result.failure = Failure(str(error))
    except RecursionError:
        result.failure = Failure("document trop imbriqué pour être analysé.")
    except Exception as error:  # a bug of ours: one diagnostic, and the server goes on
        result.failure = Failure(f"erreur interne de seo-audit ({type(error).__name__} : {error}) ; "
                                 "le document n’a pas pu être analysé. Signalez-le aux mainteneurs.")
    return result
