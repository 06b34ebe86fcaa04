"""The language server: live findings and quick fixes in any editor that speaks LSP.

How it stays responsive while spaCy works:

- the French model is loaded once, in the background, as soon as the process starts;
  `initialize` is answered at once, and a `$/progress` (when the client accepts one)
  plus a log message say when analysis is ready;
- every analysis runs on one worker thread, in order; the event loop only receives
  messages, answers hovers from the last result and publishes diagnostics;
- a change is analysed 300 ms after the last keystroke (debounced); an analysis whose
  document has changed since is abandoned between its steps, and its result is never
  published (cancel stale analyses);
- the model, the rule registry and the configuration files are read once and reused;
- for a client that cannot resolve code actions (it needs every edit in the list), the
  structurer's proposals are made once the user has paused (`OUTLINE_IDLE_SECONDS` after
  the findings are published), so that the quick-fix list does not wait seconds for them.

The server never writes a file: fixes are `WorkspaceEdit`s the editor applies if the
user accepts them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import logging
import os
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from .analysis import Analysis, ConfigCache, Stale, analyse, config_signature, format_for
from .diagnostics import contains, diagnostics, finding_range, hover_text
from .positions import LineIndex

T = TypeVar("T")
log = logging.getLogger(__name__)

DEBOUNCE_SECONDS = 0.3
#: How long after publishing a document's findings its proposals are made ahead of a code
#: action request, for clients without code action resolve: long enough that typing on
#: never queues an analysis behind them.
OUTLINE_IDLE_SECONDS = 1.5
#: How often the configuration files of open documents are looked at, for editors that
#: do not watch files for the server (Neovim before 0.9, for one).
CONFIG_POLL_SECONDS = 2.0
CONFIG_FILES = ("seo-audit.toml", ".seo-audit.toml", "pyproject.toml")
LANGUAGES = ("markdown", "html", "plaintext", "text")


class Worker:
    """One daemon thread that runs jobs in order (spaCy is not shared between threads;
    a daemon, so that `exit` never waits for a model load or an analysis)."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._run, name="seo-audit-worker", daemon=True).start()

    def submit(self, function: Callable[..., T], *args: Any) -> "concurrent.futures.Future[T]":
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((future, function, args))
        return future

    def _run(self) -> None:
        while True:
            future, function, args = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function(*args))
            except BaseException as error:  # noqa: BLE001 - handed to whoever awaits it
                future.set_exception(error)


def _load_model() -> str:
    from ..nlp import load

    load()
    # The model is half a million Python objects that live as long as the server: out of
    # the collector's sight, a full collection walks only what analyses leave behind, and
    # comes as often as their garbage asks for it (frozen, they no longer count in the
    # quarter of the old generation that a full collection waits for).
    gc.collect()
    gc.freeze()
    return "ok"


def make_outline(analysis: Analysis, current: Callable[[], bool]) -> bool:
    """The proposals of `analysis`, made ahead of the code action request that needs them;
    skipped when the text changed while the job waited its turn. Failures are left to that
    request, which reports them."""
    if not current():
        return False
    try:
        analysis.outline()
    except Exception:  # noqa: BLE001 - made again, and reported, when the actions are asked for
        log.exception("proposals not made ahead")
        return False
    return analysis.has_outline


class SeoAuditServer(LanguageServer):
    def __init__(self, debounce: float = DEBOUNCE_SECONDS, outline_idle: float = OUTLINE_IDLE_SECONDS) -> None:
        super().__init__("seo-audit", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.worker = Worker()
        self.model = self.worker.submit(_load_model)
        self.configs = ConfigCache()
        self.debounce = debounce
        self.outline_idle = outline_idle
        self.documentation: str | None = None
        #: The version of each open document, as the editor last sent it.
        self.versions: dict[str, int | None] = {}
        #: The last published analysis of each open document.
        self.latest: dict[str, Analysis] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        #: The configuration file (and its time and size) each open document was last seen with.
        self.config_seen: dict[str, tuple[str, int, int] | None] = {}
        self.config_poll: asyncio.Task | None = None

    # -- helpers ----------------------------------------------------------------------
    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        return getattr(encoding, "value", encoding)

    def index(self, analysis: Analysis) -> LineIndex:
        return LineIndex(analysis.text, self.encoding)

    def schedule(self, uri: str, delay: float) -> None:
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        loop = asyncio.get_running_loop()
        self.timers[uri] = loop.call_later(delay, lambda: loop.create_task(self.analyse(uri)))

    async def analyse(self, uri: str) -> None:
        self.timers.pop(uri, None)
        if uri not in self.versions:
            return
        document = self.workspace.get_text_document(uri)
        version, text = document.version, document.source
        path = to_fs_path(uri) or uri
        fmt = format_for(path, document.language_id)

        def current() -> bool:
            return self.versions.get(uri) == version

        try:
            analysis = await asyncio.wrap_future(
                self.worker.submit(analyse, text, path, fmt, uri, version, self.configs, current))
        except Stale:
            return
        if not current():
            return
        self.latest[uri] = analysis
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version,
            diagnostics=diagnostics(analysis, self.index(analysis), self.documentation)))
        if analysis.wants_outline and not self.resolves_code_actions:
            asyncio.get_running_loop().call_later(self.outline_idle, self.prepare_outline, analysis, current)

    @property
    def resolves_code_actions(self) -> bool:
        """The client asks for an action's edit when it is chosen (`codeAction/resolve`)."""
        document = self.client_capabilities.text_document
        support = document and document.code_action and document.code_action.resolve_support
        return bool(support and "edit" in support.properties)

    def prepare_outline(self, analysis: Analysis, current: Callable[[], bool]) -> None:
        """Make the proposals of `analysis` on the worker, unless its text changed since."""
        if current() and not analysis.has_outline:
            self.worker.submit(make_outline, analysis, current)

    def reanalyse_all(self) -> None:
        for uri in list(self.versions):
            self.schedule(uri, 0)
        self.configs_changed()

    def configs_changed(self) -> list[str]:
        """The open documents whose configuration file appeared, changed or went since
        last looked at (a document seen for the first time is not counted)."""
        changed = []
        for uri in list(self.versions):
            signature = config_signature(to_fs_path(uri) or uri)
            if uri in self.config_seen and self.config_seen[uri] != signature:
                changed.append(uri)
            self.config_seen[uri] = signature
        return changed

    async def watch_configs(self) -> None:
        while True:
            await asyncio.sleep(CONFIG_POLL_SECONDS)
            try:
                for uri in self.configs_changed():
                    self.schedule(uri, 0)
            except Exception:  # noqa: BLE001 - a file system hiccup: look again next time
                log.exception("configuration poll failed")

    def current_analysis(self, uri: str) -> Analysis | None:
        """The last analysis, if it is of the text the editor has now (positions valid)."""
        analysis = self.latest.get(uri)
        if analysis is None or analysis.version != self.versions.get(uri):
            return None
        return analysis


def create(debounce: float = DEBOUNCE_SECONDS) -> SeoAuditServer:
    """A server with every feature registered (one per process: it loads the model)."""
    ls = SeoAuditServer(debounce)

    @ls.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict):
            template = options.get("documentation")
            ls.documentation = template if isinstance(template, str) and template else None
            debounce_ms = options.get("debounceMs")
            if isinstance(debounce_ms, (int, float)) and 0 <= debounce_ms <= 10_000:
                ls.debounce = debounce_ms / 1000

    @ls.feature(types.INITIALIZED)
    async def initialized(params: types.InitializedParams) -> None:
        capabilities = ls.client_capabilities
        watched = capabilities.workspace and capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[
                    types.Registration(id="seo-audit-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                       register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers))]))
            except Exception as error:  # an editor that refuses: didSave still works
                log.info("file watching refused: %s", error)
        ls.config_poll = asyncio.get_running_loop().create_task(ls.watch_configs())
        await report_model_load()

    async def report_model_load() -> None:
        window = ls.client_capabilities.window
        token = "seo-audit-modele"
        progress = bool(window and window.work_done_progress) and not ls.model.done()
        if progress:
            try:
                await ls.work_done_progress.create_async(token)
                ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
                    title="seo-audit", message="chargement du modèle français…", cancellable=False))
            except Exception:  # noqa: BLE001 - the client may refuse the token
                progress = False
        try:
            await asyncio.wrap_future(ls.model)
            message = "seo-audit : modèle français chargé, analyse prête."
            kind = types.MessageType.Info
        except Exception as error:  # noqa: BLE001 - shown, and each document says why
            message = f"seo-audit : le modèle français n’a pas pu être chargé ({error})."
            kind = types.MessageType.Error
            ls.window_show_message(types.ShowMessageParams(type=kind, message=message))
        if progress:
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message=message))
        ls.window_log_message(types.LogMessageParams(type=kind, message=message))

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_config(uri):
            return
        ls.versions[uri] = params.text_document.version
        ls.config_seen[uri] = config_signature(to_fs_path(uri) or uri)
        ls.schedule(uri, 0)

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri not in ls.versions:
            return
        ls.versions[uri] = params.text_document.version
        ls.schedule(uri, ls.debounce)

    @ls.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(params: types.DidSaveTextDocumentParams) -> None:
        if _is_config(params.text_document.uri):
            ls.reanalyse_all()

    @ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        timer = ls.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        ls.versions.pop(uri, None)
        ls.latest.pop(uri, None)
        ls.config_seen.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched(params: types.DidChangeWatchedFilesParams) -> None:
        if any(_is_config(change.uri) for change in params.changes):
            ls.reanalyse_all()

    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        analysis = ls.current_analysis(params.text_document.uri)
        if analysis is None or analysis.report is None:
            return None
        index = ls.index(analysis)
        found = [(f, r) for f in analysis.report.findings
                 if contains(r := finding_range(f, index), params.position)]
        if not found:
            return None
        text = "\n\n---\n\n".join(hover_text(f, analysis.ruleset, ls.documentation) for f, _ in found[:5])
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                           range=found[0][1])

    @ls.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=True))
    async def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        analysis = ls.current_analysis(params.text_document.uri)
        if analysis is None or analysis.report is None:
            return None
        return await _on_worker(_builder(analysis).actions, params.range)

    @ls.feature(types.CODE_ACTION_RESOLVE)
    async def code_action_resolve(action: types.CodeAction) -> types.CodeAction:
        """The edit of an action that needed the structurer, made now that it is chosen."""
        data = action.data if isinstance(action.data, dict) else {}
        analysis = ls.current_analysis(data.get("uri", ""))
        if analysis is None or analysis.report is None or analysis.version != data.get("version"):
            return action  # the text changed since the list: no edit at stale positions
        action.edit = await _on_worker(_builder(analysis).resolved, data)
        return action

    def _builder(analysis: Analysis):
        from .actions import Builder

        workspace = ls.client_capabilities.workspace
        edits = workspace and workspace.workspace_edit
        return Builder(analysis, ls.index(analysis), bool(edits and edits.document_changes),
                       resolve=ls.resolves_code_actions)

    async def _on_worker(function, argument):
        try:
            return await asyncio.wrap_future(ls.worker.submit(function, argument)) or None
        except Exception as error:  # noqa: BLE001 - no fix offered, the server goes on
            log.exception("code actions failed")
            ls.window_log_message(types.LogMessageParams(
                type=types.MessageType.Error, message=f"seo-audit : correctifs indisponibles ({error})."))
            return None

    return ls


def _is_config(uri: str) -> bool:
    return os.path.basename(to_fs_path(uri) or uri) in CONFIG_FILES


def main() -> int:
    """`seo-audit lsp`: serve on standard input and output until the editor says exit."""
    logging.basicConfig(level=logging.WARNING, format="seo-audit lsp: %(message)s")
    create().start_io()
    return 0
