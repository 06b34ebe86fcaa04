"""The TOML rule sets shipped with seo-audit (a package only so that they install with it)."""
