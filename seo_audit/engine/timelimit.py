"""A time bound per file (`--timeout-per-file`): one pathological article is reported as an
input error and the batch goes on.

How it works. The bound is a POSIX interval timer (`SIGALRM`, `signal.setitimer`) armed
around each step of one file's work; when it rings, its handler raises `FileTimeout`,
which unwinds whatever Python code was running (the readers, spaCy, a rule), and the file
gets a `FileReport` whose `error` says so (exit code 2, one sentence on stderr). The
steps, in `audit.audit_many`:

1. reading and parsing the file (`read_path`): at most SECONDS;
2. the spaCy parse, done in batches by `nlp.annotate_many`: a batch gets SECONDS as a
   whole (a batch of 16 ordinary articles takes a few seconds); when it runs out, the
   articles of that batch not yet annotated are parsed again one at a time, each with
   SECONDS, so that only the slow one is reported;
3. the rules of one file (`evaluate`): at most SECONDS.

With `--jobs N` the same happens inside each worker process: workers run their tasks in
their main thread, where signals are delivered, so a slow file costs its worker at most
about 3 × SECONDS and the other workers go on.

Limits (documented in docs/hardening.md):

- POSIX only, and only in a process's main thread (a signal handler can only be set
  there): elsewhere (Windows, a library caller's thread) the bound is silently not
  applied.
- A signal is handled between Python bytecodes. A single long call into C that does not
  check for signals (one enormous regular-expression match, one numpy operation on a
  huge array, a read blocked on a hung network file system) is interrupted only when
  it returns.
- The bound is per step, so one file can use up to about 3 × SECONDS in all (plus a
  batch's SECONDS, before the retry alone, when its parse is the slow step).
- It bounds time, not memory: spaCy's parser needs memory in proportion to the text
  (measured: 8 GB of peak memory after 60 s on a 1.7 MB article), which is why
  `--max-bytes` stays the first guard.
- Code that swallows every exception (`except BaseException`) could hide the timeout;
  `FileTimeout` derives from BaseException so that `except Exception` does not, and
  `time_limit` raises it anyway at the end of the block when the timer rang.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: The command line's default: far above what any real article needs (a 1 MB article,
#: the largest accepted by default, parses in well under a minute on one core).
DEFAULT_TIMEOUT = 60.0


class FileTimeout(BaseException):
    """The time bound of one file ran out (BaseException: not caught by `except Exception`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"délai de {seconds:g} s dépassé")
        self.seconds = seconds


def available() -> bool:
    """Can a time bound be set here (POSIX interval timer, main thread)?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `FileTimeout` in the block after `seconds` of wall time; no bound when
    `seconds` is None or not positive, or when `available()` is False. An interval timer
    already armed by the caller is re-armed afterwards with what was left of it."""
    if not seconds or seconds <= 0 or not available():
        yield
        return
    rang = False

    def ring(signum, frame):  # noqa: ARG001
        nonlocal rang
        rang = True
        raise FileTimeout(seconds)

    previous_handler = signal.signal(signal.SIGALRM, ring)
    started = time.monotonic()
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous_handler)
            if previous_delay > 0:
                left = previous_delay - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), previous_interval)
    if rang:  # the exception was swallowed by the code in the block: its result is not trusted
        raise FileTimeout(seconds)


def message(seconds: float, step: str) -> str:
    """The sentence for the user, after the path."""
    return (f"délai dépassé : plus de {seconds:g} s pour {step} ; le fichier est ignoré "
            "(augmentez --timeout-per-file si c’est vraiment un article).")


def annotate_bounded(articles: list, seconds: float | None, batch_size: int, exclude=()) -> Iterator:
    """`nlp.annotate_many(articles)` with a time bound: the batch as a whole gets
    `seconds`; if it runs out, the articles not yet annotated are parsed one at a time,
    each with `seconds`, and one that still runs out is yielded as a `FileReport` with
    its `error` set. Yields, in order, an `AnnotatedArticle` or a `FileReport` per article.
    Without a bound, this is exactly `annotate_many` (streamed)."""
    from ..nlp import annotate_many, load

    if not seconds or seconds <= 0 or not available():
        yield from annotate_many(articles, batch_size, exclude)
        return
    load(exclude)  # loading the model (seconds, once per process) is not the article's time
    done: list = []
    try:
        with time_limit(seconds):
            for annotated in annotate_many(articles, batch_size, exclude):
                done.append(annotated)
    except FileTimeout:
        pass
    yield from done
    alone = len(articles) == 1  # it already had `seconds` to itself: no second try
    for article in articles[len(done):]:
        try:
            if alone:
                raise FileTimeout(seconds)
            with time_limit(seconds):
                result = next(annotate_many([article], 1, exclude))
        except FileTimeout:
            from ..report import FileReport

            result = FileReport(path=article.path, error=f"{article.path} : "
                                f"{message(seconds, 'analyser le texte (spaCy)')}")
        yield result
