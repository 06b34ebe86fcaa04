"""The annotated HTML report: one self-contained page per article, and a batch index.

- `shared`: escaping, labels, the head and its Content-Security-Policy, the stylesheets
  and script (package data: ``page.css``, ``index.css``, ``index.js``);
- `marks`: where each finding's span falls in the text, and the marked text;
- `page`: one article's page (scores, annotated text, checklist);
- `index`: a batch of pages and their index.
"""

from __future__ import annotations

from .index import is_batch, page_names, render, render_index, write_batch
from .marks import Mark, Placement, marked_text, place
from .page import render_page
from .shared import CSS, INDEX_CSS, INDEX_JS, _e, _head, _plural

__all__ = ["CSS", "INDEX_CSS", "INDEX_JS", "Mark", "Placement", "_e", "_head", "_plural", "is_batch",
           "marked_text", "page_names", "place", "render", "render_index", "render_page", "write_batch"]
