"""`seo-audit lsp`: the audit as a language server, for writers in a code editor.

`server` speaks the protocol (pygls); `analysis` runs the same audit as `check` on the
editor's unsaved text; `diagnostics` and `actions` turn findings and the structurer's
proposals into what the editor shows and applies; `positions` converts between the
audit's columns and the protocol's.
"""
