"""A time bound per file (`--timeout-per-file`): one pathological article is reported as an
input error and the batch goes on.

What is counted: the CPU time of the process doing the work (user + system, every thread),
not the wall-clock time. The bound is there to stop a file whose work does not end (a
super-linear step, a huge input); that work is computation, and its CPU time is the same
on an idle laptop and on a shared CI runner where the neighbours' jobs take the cores; a
wall-clock bound failed files that were only waiting for a core (on a 2-core machine
shared with three other sessions, `check` of a 200 kB article took 5.6 s of CPU and 68 s
of wall time). Nothing a step does waits without computing: files are regular files read
in chunks (FIFOs and devices are never opened), there is no network; a read blocked in the
kernel (a hung network file system) could not be interrupted by a signal anyway.

How it works. The bound is a POSIX interval timer on the process's CPU time (`SIGPROF`,
`signal.setitimer(ITIMER_PROF)`) armed around each step of one file's work; when it rings,
its handler raises `FileTimeout`, which unwinds whatever Python code was running (the
readers, spaCy, a rule), and the file gets a `FileReport` whose `error` says so (exit code
2, one sentence on stderr). The steps, in `audit.audit_many`:

1. reading and parsing the file (`read_path`): at most SECONDS;
2. the spaCy parse, done in batches by `nlp.annotate_many`: a batch gets SECONDS as a
   whole (a batch of 16 ordinary articles takes a few seconds); when it runs out, the
   articles of that batch not yet annotated are parsed again one at a time, each with
   SECONDS, so that only the slow one is reported;
3. the rules of one file (`evaluate`): at most SECONDS.

With `--jobs N` the same happens inside each worker process, on that worker's own CPU
time: workers run their tasks in their main thread, where signals are delivered, so a
slow file costs its worker at most about 3 × SECONDS and the other workers go on.

Limits (documented in docs/hardening.md):

- POSIX only, and only in a process's main thread (a signal handler can only be set
  there): elsewhere (Windows, a library caller's thread) the bound is silently not
  applied.
- A signal is handled between Python bytecodes. A single long call into C that does not
  check for signals (one enormous regular-expression match, one numpy operation on a
  huge array) is interrupted only when it returns.
- CPU time of every thread counts: a library that computes on several threads at once
  uses the bound up faster than the clock on the wall (spaCy's parse runs on one).
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

#: The command line's default, in CPU seconds: far above what any real article needs (the
#: densest 500 kB input, the largest accepted by default, takes about 40 s of CPU; the
#: corpus's longest article, 20 kB, a few seconds).
DEFAULT_TIMEOUT = 60.0

#: The timer and its signal: the process's CPU time (user + system), not the wall clock.
TIMER, SIGNAL = getattr(signal, "ITIMER_PROF", None), getattr(signal, "SIGPROF", None)


class FileTimeout(BaseException):
    """The time bound of one file ran out (BaseException: not caught by `except Exception`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"délai de {seconds:g} s dépassé")
        self.seconds = seconds


def available() -> bool:
    """Can a time bound be set here (POSIX CPU-time interval timer, main thread)?"""
    return (hasattr(signal, "setitimer") and TIMER is not None
            and threading.current_thread() is threading.main_thread())


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `FileTimeout` in the block after `seconds` of the process's CPU time; no bound
    when `seconds` is None or not positive, or when `available()` is False. A CPU-time
    timer already armed by the caller is re-armed afterwards with what was left of it."""
    if not seconds or seconds <= 0 or not available():
        yield
        return
    rang = False

    def ring(signum, frame):  # noqa: ARG001
        nonlocal rang
        rang = True
        raise FileTimeout(seconds)

    previous_handler = signal.signal(SIGNAL, ring)
    started = time.process_time()
    previous_delay, previous_interval = signal.setitimer(TIMER, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(TIMER, 0)
        finally:
            signal.signal(SIGNAL, previous_handler)
            if previous_delay > 0:
                left = previous_delay - (time.process_time() - started)
                signal.setitimer(TIMER, max(left, 1e-3), previous_interval)
    if rang:  # the exception was swallowed by the code in the block: its result is not trusted
        raise FileTimeout(seconds)


def message(seconds: float, step: str) -> str:
    """The sentence for the user, after the path."""
    return (f"délai dépassé : plus de {seconds:g} s de calcul pour {step} ; le fichier est ignoré "
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
