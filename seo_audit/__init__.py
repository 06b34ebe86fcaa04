"""seo-audit: a rule-based SEO auditor and structurer for French articles.

    >>> from seo_audit import audit
    >>> report = audit("article.md")
    >>> report.scores, [f.code for f in report.findings]
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seo-audit")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

from .audit import Options, audit, audit_many  # noqa: E402

__all__ = ["Options", "audit", "audit_many", "__version__"]
