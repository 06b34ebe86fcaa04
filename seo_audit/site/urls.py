"""Where a site generator serves an article, and which anchors its headings get.

Nothing here touches the network: links are resolved against the batch itself. An
article is reachable under every URL its generator may give it, so that a link written
for Jekyll or for Hugo resolves either way:

- its front matter `permalink` (Jekyll) or `url` (Hugo), and Hugo's `aliases`;
- `/<folder>/<slug>/`, the folder being its path inside the content tree (Jekyll's
  collection folders lose their underscore: `_posts`, `_startups`), and `/<slug>/`;
- for a dated file name (`2017-02-16-intrapreneur.md`), Jekyll's default post URL
  `/<folder>/2017/02/16/intrapreneur.html`, with and without the folder.

URLs are compared normalised: percent-decoded, lower case, without `index.html`, a
trailing `/`, `.html` or `.md`.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from urllib.parse import unquote, urlsplit

_DATED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_SUFFIXES = (".html", ".htm", ".md", ".markdown")
#: kramdown's explicit heading id: `## Titre {#mon-ancre}`.
_EXPLICIT_ID = re.compile(r"\{:?\s*#([A-Za-z0-9_:.-]+)[^{}]*\}\s*$")
_NON_ID = re.compile(r"[^\w\- ]", re.UNICODE)
_ASCII_NON_ID = re.compile(r"[^a-zA-Z0-9\- ]")

#: Link schemes that are not pages of the site (nor of any other site to visit).
NON_PAGE_SCHEMES = ("mailto", "tel", "javascript", "data", "sms", "ftp", "file")


_PLAIN = re.compile(r"/[a-z0-9_][a-z0-9_./-]*")


def normalise(path: str) -> str:
    """`/Blog/Mon-Article/index.html` → `/blog/mon-article`; `/` stays `/`."""
    path = path.strip().lower()
    if "%" in path:
        path = unquote(path)
    if not path.startswith("/"):
        path = "/" + path
    if "//" in path or "/." in path or not _PLAIN.fullmatch(path):
        path = posixpath.normpath(path)
    for suffix in ("/index.html", "/index.htm", "/_index.md", "/index.md"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    for suffix in _SUFFIXES:
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return path.rstrip("/") or "/"


def url_candidates(relative_path: str, slug: str | None, front_matter: dict) -> list[str]:
    """Normalised URLs under which the article at `relative_path` (inside the content
    tree, with `/`) may be served."""
    folder, name = posixpath.split(relative_path)
    stem = name.rsplit(".", 1)[0]
    parts = [p[1:] if p.startswith("_") else p for p in folder.split("/") if p]
    base = "/" + "/".join(parts) if parts else ""
    found: list[str] = []
    for key in ("permalink", "url"):
        value = front_matter.get(key)
        if isinstance(value, str) and value.startswith("/") and ":" not in value:
            found.append(value)
    aliases = front_matter.get("aliases")
    if isinstance(aliases, list):
        found += [a for a in aliases if isinstance(a, str) and a.startswith("/")]
    names = [n for n in dict.fromkeys([slug, stem]) if n]
    for name_ in names:
        found += [f"{base}/{name_}", f"/{name_}"]
    dated = _DATED.match(stem)
    if dated:
        year, month, day, title = dated.groups()
        for title_ in dict.fromkeys([slug or title, title]):
            found += [f"{base}/{year}/{month}/{day}/{title_}", f"/{year}/{month}/{day}/{title_}"]
    if stem in ("index", "_index"):
        found.append(base or "/")
    return list(dict.fromkeys(normalise(u) for u in found))


def split_link(href: str) -> tuple[str | None, str | None, str, str]:
    """(scheme, host, path, fragment) of a link as written; relative links have no scheme
    nor host."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None, None, href, ""
    return (parts.scheme.lower() or None, (parts.hostname or "").lower() or None,
            parts.path, unquote(parts.fragment))


def is_page_link(href: str) -> bool:
    scheme = split_link(href)[0]
    return scheme not in NON_PAGE_SCHEMES


def heading_ids(text: str) -> set[str]:
    """The anchors the usual generators give a heading: kramdown (Jekyll) keeps ASCII
    letters only, or transliterates them; Hugo and GitHub keep accented letters; an
    explicit `{#id}` wins everywhere."""
    explicit = _EXPLICIT_ID.search(text)
    if explicit:
        return {explicit.group(1)}
    lowered = text.strip().lower()
    ascii_ = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    ids = set()
    for variant, pattern in ((lowered, _NON_ID), (lowered, _ASCII_NON_ID), (ascii_, _ASCII_NON_ID)):
        cleaned = pattern.sub("", variant.replace("’", "").replace("'", ""))
        ids.add(re.sub(r" ", "-", cleaned.strip()))
        ids.add(re.sub(r"-+", "-", re.sub(r" +", "-", cleaned.strip())).strip("-"))
    return {i for i in ids if i}
