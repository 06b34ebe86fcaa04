"""Every file the tool writes goes through here, so that nothing is lost and nothing changes form.

`write_atomic(path, content, …)` guarantees, for every writer (`check -o`, the HTML pages,
`outline --write` and `-o`, the cache):

- **never over an input**: a target that is one of the audited files (same resolved path,
  or same device and inode) is refused (`WriteRefused`);
- **never over a file the tool did not create** unless asked (`create_only`, lifted by
  `--force`);
- **never over a source edited meanwhile**: with `unchanged=Snapshot`, the source's size,
  mtime and hash are checked just before the rename;
- **atomic for regular files**: a temporary file in the same folder, `fsync`, then
  `os.replace`; a failure or a signal (Ctrl-C, SIGTERM) leaves the old file untouched and
  removes the temporary file;
- **the file keeps its form**: its mode (and owner, where allowed); a symbolic link is
  written through to its target and stays a link; a file with several hard links is
  written in place, so every link sees the new content; a new file follows the umask;
- **special files are written into, never renamed over**: a device, a FIFO,
  `/dev/stdout` or anything under `/dev/` and `/proc/`.

`encode_like(text, original)` encodes text as the original bytes were (UTF-8 with or
without BOM, UTF-16 LE/BE with BOM), so a round trip keeps the encoding.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


class WriteRefused(OSError):
    """A write the tool must not do; `str()` is the French sentence after the path (an
    OSError, so that every writer's existing error path also stops on it)."""


@dataclass(frozen=True)
class Snapshot:
    """What a source file was when it was read: `--write` refuses if it changed since."""

    path: str
    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | Path, data: bytes) -> "Snapshot":
        info = os.stat(path)
        return cls(str(path), info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def unchanged(self) -> bool:
        try:
            info = os.stat(self.path)
            if (info.st_size, info.st_mtime_ns) != (self.size, self.mtime_ns):
                return False
            with open(self.path, "rb") as stream:
                return hashlib.sha256(stream.read(self.size + 1)).hexdigest() == self.digest
        except OSError:
            return False


def _identity(path: str | Path) -> tuple[str, tuple[int, int] | None]:
    real = os.path.realpath(path)
    try:
        info = os.stat(path)
        return real, (info.st_dev, info.st_ino)
    except OSError:
        return real, None


def is_one_of(path: str | Path, inputs: Iterable[str | Path]) -> bool:
    """Is `path` the same file as one of `inputs` (resolved path, or device and inode)?"""
    real, node = _identity(path)
    for other in inputs:
        if str(other) in ("-", "<stdin>"):
            continue
        other_real, other_node = _identity(other)
        if real == other_real or (node is not None and node == other_node):
            return True
    return False


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _special(path: str, info: os.stat_result | None) -> bool:
    """Written into, never renamed over: devices, FIFOs, sockets, /dev and /proc entries."""
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        return True
    absolute = os.path.abspath(path)
    return absolute.startswith(("/dev/", "/proc/"))


class _Pending:
    """A file written to its temporary name, waiting for `commit()` (the rename)."""

    def __init__(self, target: str, temporary: str | None, unchanged: Snapshot | None) -> None:
        self.target, self.temporary, self.unchanged = target, temporary, unchanged

    def commit(self) -> None:
        if self.temporary is None:
            return
        if self.unchanged is not None and not self.unchanged.unchanged():
            self.discard()
            raise WriteRefused("le fichier a été modifié pendant l’exécution ; rien n’a été écrit "
                               "(relancez la commande sur la nouvelle version).")
        os.replace(self.temporary, self.target)
        self.temporary = None

    def discard(self) -> None:
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except FileNotFoundError:
                pass
            self.temporary = None


def _prepare(path: str | Path, content: str | bytes, *, inputs: Sequence[str | Path] = (),
             create_only: bool = False, unchanged: Snapshot | None = None,
             like: str | Path | None = None) -> _Pending:
    name = os.fspath(path)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if name.endswith(("/", os.sep)) or os.path.isdir(name):
        raise WriteRefused("c’est un dossier ; indiquez un nom de fichier.")
    if inputs and is_one_of(name, inputs):
        raise WriteRefused("c’est un des fichiers lus par la commande ; choisissez un autre fichier "
                           "de sortie (rien n’a été écrit).")
    try:
        info: os.stat_result | None = os.stat(name)
    except FileNotFoundError:
        info = None
    if create_only and (info is not None or os.path.islink(name)):
        raise WriteRefused("le fichier existe déjà et seo-audit ne l’a pas créé ; rien n’a été écrit "
                           "(--force pour le remplacer).")
    if info is not None and stat.S_ISREG(info.st_mode) and not info.st_mode & 0o222:
        # the owner made it read-only: a rename would replace it all the same (and root may write anyway)
        raise WriteRefused("le fichier est en lecture seule ; rien n’a été écrit "
                           "(rendez-le modifiable pour qu’il soit réécrit).")
    if _special(name, info):
        with open(name, "wb") as stream:  # a device, a FIFO, /dev/stdout: written into
            stream.write(data)
        return _Pending(name, None, None)
    target = os.path.realpath(name) if info is not None else name  # through symbolic links
    if info is not None and info.st_nlink > 1:
        if unchanged is not None and not unchanged.unchanged():
            raise WriteRefused("le fichier a été modifié pendant l’exécution ; rien n’a été écrit "
                               "(relancez la commande sur la nouvelle version).")
        with open(target, "r+b") as stream:  # hard links: in place, every link sees it
            stream.write(data)
            stream.truncate()
            stream.flush()
            os.fsync(stream.fileno())
        return _Pending(target, None, None)
    folder = os.path.dirname(target) or "."
    handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder)
    pending = _Pending(target, temporary, unchanged)
    try:
        with os.fdopen(handle, "wb") as stream:
            if info is not None:
                os.fchmod(stream.fileno(), stat.S_IMODE(info.st_mode))
                if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
                    try:
                        os.fchown(stream.fileno(), info.st_uid, info.st_gid)
                    except OSError:
                        pass  # not allowed: the content still goes in, under our name
            elif like is not None:  # FILE.md made from FILE.txt: no more open than its source, nor the umask
                os.fchmod(stream.fileno(), stat.S_IMODE(os.stat(like).st_mode) & 0o666 & ~_umask())
            else:
                os.fchmod(stream.fileno(), 0o666 & ~_umask())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        pending.discard()
        raise
    return pending


def write_atomic(path: str | Path, content: str | bytes, *, inputs: Sequence[str | Path] = (),
                 create_only: bool = False, unchanged: Snapshot | None = None,
                 like: str | Path | None = None) -> None:
    """Either the whole new content is in place, or the old file is untouched (see above).
    A new file takes the umask's permissions, and no more than those of `like` when given. Raises
    `WriteRefused` (a sentence for the user) or `OSError`."""
    pending = _prepare(path, content, inputs=inputs, create_only=create_only, unchanged=unchanged, like=like)
    try:
        pending.commit()
    finally:
        pending.discard()


class AtomicBatch:
    """Several files (an HTML batch) as one: each `add` checks its target and writes the
    content to a temporary file (so only one page is in memory at a time); `commit` renames
    them all into place. Leaving the `with` block without committing (an error, Ctrl-C,
    SIGTERM) removes every temporary file: no page is half-written, none left without
    its index."""

    def __init__(self, inputs: Sequence[str | Path] = ()) -> None:
        self.inputs = inputs
        self.pending: list[_Pending] = []

    def add(self, path: str | Path, content: str | bytes) -> None:
        self.pending.append(_prepare(path, content, inputs=self.inputs))

    def commit(self) -> None:
        for item in self.pending:
            item.commit()

    def __enter__(self) -> "AtomicBatch":
        return self

    def __exit__(self, *exc: object) -> None:
        for item in self.pending:
            item.discard()


def encode_like(text: str, original: bytes) -> bytes:
    """`text` in the encoding of `original`: UTF-16 (LE/BE) or UTF-8, with its BOM if it had one."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if original.startswith(bom):
            return bom + text.lstrip("\ufeff").encode(codec)
    return text.encode("utf-8")


def create_private(path: str | Path, data: bytes) -> None:
    """Create a new file readable by its owner only (a secret); FileExistsError if there is
    one already, so two processes never overwrite each other's."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
