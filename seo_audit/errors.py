"""Errors caused by the user's input, reported as one sentence and exit code 2."""

from __future__ import annotations


class InputError(Exception):
    """A file or argument the tool cannot use; `str()` is the sentence shown to the user."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path} : {problem}")
        self.path = path
        self.problem = problem


class ConfigError(Exception):
    """A rule set or configuration that is invalid; names the file and the key."""
