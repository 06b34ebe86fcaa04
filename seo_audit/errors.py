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


#: The operating system's reasons, in French: `strerror` is in the C locale's English.
_OS_PROBLEMS = {
    "ENAMETOOLONG": "chemin trop long pour le système",
    "EACCES": "permissions insuffisantes",
    "EPERM": "opération non permise",
    "ENOENT": "introuvable",
    "ENOTDIR": "un élément du chemin n’est pas un dossier",
    "ELOOP": "boucle de liens symboliques",
    "ENOSPC": "disque plein",
    "EDQUOT": "quota disque dépassé",
    "EROFS": "système de fichiers en lecture seule",
    "EIO": "erreur d’entrée-sortie du disque",
    "EMFILE": "trop de fichiers ouverts",
    "EISDIR": "c’est un dossier",
}


def os_problem(error: OSError) -> str:
    """Why an OS call failed, in French when the reason is a known one, else the system's words."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    return _OS_PROBLEMS.get(name) or str(error.strerror or error)
