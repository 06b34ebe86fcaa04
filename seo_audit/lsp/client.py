"""A bare JSON-RPC client for `seo-audit lsp` over a subprocess's stdio, as an editor
would drive it: for the tests and `benchmarks/lsp_latency.py`, no editor needed.

It answers the server's own requests (progress tokens, file-watcher registration) with
an empty success, as a permissive editor does, and keeps every notification it receives.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Message = dict[str, Any]

#: What a typical editor announces: UTF-16 positions, versioned workspace edits, progress,
#: dynamic registration of file watchers.
CAPABILITIES: dict[str, Any] = {
    "general": {"positionEncodings": ["utf-16"]},
    "window": {"workDoneProgress": True},
    "workspace": {"workspaceEdit": {"documentChanges": True},
                  "didChangeWatchedFiles": {"dynamicRegistration": True}},
    "textDocument": {
        "publishDiagnostics": {"versionSupport": True, "codeDescriptionSupport": True},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}},
    },
}


class Client:
    def __init__(self, command: list[str] | None = None, cwd: str | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            command or [sys.executable, "-m", "seo_audit", "lsp"], cwd=cwd, env=env or dict(os.environ),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._ids = itertools.count(1)
        self._responses: dict[int, "queue.Queue[Message]"] = {}
        self._lock = threading.Lock()
        self.notifications: list[Message] = []
        self._arrived = threading.Condition()
        self.server_requests: list[Message] = []
        threading.Thread(target=self._read, daemon=True).start()

    # -- wire ---------------------------------------------------------------------------
    def _send(self, message: Message) -> None:
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if length is None:
                continue
            message = json.loads(stream.read(length).decode("utf-8"))
            message["_received"] = time.monotonic()
            if "id" in message and "method" in message:  # a request from the server
                self.server_requests.append(message)
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif "id" in message:
                with self._lock:
                    box = self._responses.setdefault(message["id"], queue.Queue())
                box.put(message)
            else:
                with self._arrived:
                    self.notifications.append(message)
                    self._arrived.notify_all()

    # -- protocol -----------------------------------------------------------------------
    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        number = next(self._ids)
        with self._lock:
            box = self._responses.setdefault(number, queue.Queue())
        self._send({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
        message = box.get(timeout=timeout)
        if "error" in message:
            raise RuntimeError(f"{method}: {message['error']}")
        return message.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, predicate: Callable[[Message], bool], timeout: float = 60, after: int = 0) -> Message:
        """The first notification from index `after` on that satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for message in self.notifications[after:]:
                    if predicate(message):
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no matching notification in {timeout} s")
                self._arrived.wait(remaining)

    def diagnostics(self, uri: str, version: int | None = None, after: int = 0, timeout: float = 60) -> Message:
        """The next `publishDiagnostics` for `uri` (for `version`, if given)."""
        def matches(message: Message) -> bool:
            if message.get("method") != "textDocument/publishDiagnostics":
                return False
            params = message["params"]
            return params["uri"] == uri and (version is None or params.get("version") == version)
        return self.wait_for(matches, timeout, after)

    def initialize(self, root: str | Path, options: dict[str, Any] | None = None,
                   capabilities: dict[str, Any] | None = None) -> Any:
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": Path(root).resolve().as_uri(),
            "capabilities": capabilities or CAPABILITIES, "initializationOptions": options or {},
            "clientInfo": {"name": "seo-audit-test-client"}})
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [{"text": text}]})

    def close(self) -> None:
        """shutdown, exit, and wait for the process (killed if it does not go)."""
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except (OSError, RuntimeError, queue.Empty, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()


def apply_edits(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) to a text, as an editor would."""
    from lsprotocol import types

    from .positions import LineIndex

    index = LineIndex(text, types.PositionEncodingKind.Utf16)

    def offset(position: dict[str, int]) -> int:
        return index.offset(types.Position(position["line"], position["character"]))

    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"]) for e in edits),
                   reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text
