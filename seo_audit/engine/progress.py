"""A progress bar on stderr for batches, only where a person is watching.

Shown for more than `MIN_FILES` files when stderr is an interactive terminal; never with
`--quiet`, in CI (the `CI` variable GitHub Actions, GitLab CI and most others set), with
`TERM=dumb`, or when stderr is redirected. It is transient: nothing of it stays on the
screen or in the report.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MIN_FILES = 5


def wanted(files: int, quiet: bool = False, stream=None) -> bool:
    stream = stream or sys.stderr
    if quiet or files < MIN_FILES:
        return False
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_bar(files: int, enabled: bool) -> Iterator[Callable[[int], None] | None]:
    """Yields an `advance(n)` callback, or None when no bar is shown."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=sys.stderr)
    with Progress(TextColumn("audit"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("audit", total=files)
        yield lambda n: bar.advance(task, n)
