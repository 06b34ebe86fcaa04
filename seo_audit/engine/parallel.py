"""Batches at scale: the result cache, worker processes and shards around `audit_many`.

`audit_paths(paths, options, jobs=N, cache=…)` yields one report per path (or per
in-memory source, such as standard input's bytes), in the order of `paths`, whatever the
number of workers: the output of `--jobs 2` is byte for byte
that of `--jobs 1` (spaCy's annotations do not depend on how articles are batched, which
`tests/test_parallel.py` checks). Files whose report is in the cache are neither read by
the readers nor parsed, and when every file hits, spaCy is never imported.

Workers are processes (`fork` where available): each loads the pipeline once and audits
tasks of a few files handed out in order, so that a slow article does not hold the others
back; only the small `FileReport`s travel back. Fewer files than a task per worker are
audited in this process (forking would only add a second model load).
"""

from __future__ import annotations

import hashlib
import math
import multiprocessing
import os
import posixpath
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..audit import Options, audit_many
from .cache import ResultCache, report_key
from ..errors import InputError
from ..readers import read_bytes
from ..report import FileReport

#: Files per task sent to a worker: small enough to balance two workers at the end of a
#: batch, large enough for `nlp.pipe` to batch well.
TASK_FILES = 8


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# -- shards ---------------------------------------------------------------------------

def parse_shard(text: str) -> tuple[int, int]:
    """« K/N » (1 ≤ K ≤ N) → (K, N); raises ValueError with a French message."""
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"--shard attend K/N, par exemple 1/4 (reçu « {text} »).") from None
    if not 1 <= k <= n:
        raise ValueError(f"--shard {text} : il faut 1 ≤ K ≤ N.")
    return k, n


def shard_key(path: str) -> str:
    """The path as it names the file on every runner: relative to the current folder when
    inside it, with forward slashes and no `./`."""
    absolute = os.path.abspath(path)
    here = os.getcwd()
    if absolute == here or absolute.startswith(here.rstrip(os.sep) + os.sep):
        path = os.path.relpath(absolute, here)
    return posixpath.normpath(path.replace(os.sep, "/"))


def shard_of(path: str, count: int) -> int:
    """The shard (1…count) of a path: a hash of its name, so it is stable across runs,
    machines and file lists, and independent of the file's content."""
    digest = hashlib.sha256(shard_key(path).encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def select_shard(paths: Iterable[str], k: int, n: int) -> list[str]:
    """The paths of shard k of n, in their original order. Standard input stays in shard 1."""
    return [p for p in paths if (k == 1 if p == "-" else shard_of(p, n) == k)]


# -- workers --------------------------------------------------------------------------

_worker_options: Options | None = None


def _initialise(options: Options) -> None:
    """In each worker: Ctrl-C is the parent's business (it stops the pool; a worker that
    took it too would print its own traceback), and SIGTERM, sent by `Pool.terminate`,
    just ends the worker."""
    global _worker_options
    _worker_options = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _audit_task(paths: list) -> list[FileReport]:
    assert _worker_options is not None
    return list(audit_many(paths, _worker_options))


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _audit_misses(paths: list, options: Options, jobs: int) -> Iterator[FileReport]:
    """Reports of `paths`, in order, from this process or from `jobs` workers."""
    task = max(1, min(TASK_FILES, options.batch_size, math.ceil(len(paths) / max(jobs, 1) / 4)))
    workers = min(jobs, math.ceil(len(paths) / task)) if paths else 0
    if workers <= 1:
        yield from audit_many(paths, options)
        return
    pool = _context().Pool(workers, initializer=_initialise, initargs=(options,))
    try:
        for reports in pool.imap(_audit_task, _chunks(paths, task)):
            yield from reports
        pool.close()
    finally:
        pool.terminate()
        pool.join()


# -- the batch driver -------------------------------------------------------------------

#: An article already in memory: (name, bytes, format or None to guess), as standard
#: input is read (`readers.read_data`).
InMemory = tuple[str, bytes, "str | None"]


def audit_paths(paths: Iterable[str | InMemory], options: Options | None = None, *, jobs: int = 1,
                cache: ResultCache | None = None,
                progress: Callable[[int], None] | None = None) -> Iterator[FileReport]:
    """One report per path or in-memory source, in the order of `paths`, with a cache
    and `jobs` workers; an in-memory source takes the same road as a file's bytes.

    `progress(n)` is called as reports are ready (n of them at a time)."""
    options = options or Options()
    paths = list(paths)
    ready: dict[int, FileReport] = {}
    keys: dict[int, str] = {}
    sources: dict[int, tuple] = {}
    if cache is not None:
        configs: dict[int, str] = {}
        for index, item in enumerate(paths):
            if isinstance(item, tuple):
                path, data, fmt = item
                named = path if fmt is None else f"{path} ({fmt})"  # the format read it, like an extension
                sources[index] = item
            else:
                path = named = item
                try:  # read once: the key and the audit see the same bytes; FIFOs are never opened
                    data = read_bytes(path, options.max_bytes)
                except InputError as error:
                    ready[index] = FileReport(path=path, error=str(error))
                    continue
                sources[index] = (path, data)
            keys[index] = report_key(path, data, options, named, configs)
            report = cache.get(keys[index], path, options.keep_text)
            if report is not None:
                ready[index] = report
    if ready and progress:
        progress(len(ready))
    missing = [i for i in range(len(paths)) if i not in ready]
    # An entry serves every format, so it keeps the article's text even when this run
    # does not draw over it; the report handed back here then leaves it out.
    audited = replace(options, keep_text=True) if cache is not None else options
    fresh = _audit_misses([sources.get(i, paths[i]) for i in missing], audited, jobs)
    for index in range(len(paths)):
        report = ready.pop(index, None)
        if report is None:
            report = next(fresh)
            if cache is not None and index in keys:
                cache.put(keys[index], report)
            if report.text_view is not None and not options.keep_text:
                report = replace(report, text_view=None)
            if progress:
                progress(1)
        yield report
