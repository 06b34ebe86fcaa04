"""The documentation of a rule, as `seo-audit rule CODE` prints it: what it checks, why,
its defaults and what each parameter accepts, how to configure it, an example that
triggers it, and the source of each threshold, all read from the rule's declaration
(`@rule` and its `Params` in `seo_audit/checks/`)."""

from __future__ import annotations

import re
import textwrap

from .checks import Rule, all_rules
from .checks.defaults import toml_value as _toml
from .report import FAMILY_NAMES
from .ruleset import RuleSet, RuleSetting

SEVERITY_FR = {"error": "erreur (error)", "warning": "avertissement (warning)", "info": "info",
               "off": "désactivée (off)"}


def threshold_sources(spec: Rule) -> dict[str, str]:
    """`{"severity" or parameter: source}` for the defaults whose source is declared."""
    sources = {"severity": spec.severity_source} if spec.severity_source else {}
    sources.update({name: p.source for name, p in spec.specs.items() if p.source})
    return sources


def split_doc(spec: Rule) -> tuple[str, str]:
    """(what, why) as declared, else from the check's docstring: the « Why: » paragraph
    and what follows it is the why; what comes before is the what (the summary when
    there is nothing before)."""
    if spec.what:
        return spec.what, spec.why
    doc = spec.doc
    match = re.search(r"(?m)(^|\s)Why:\s*", doc)
    if not match:
        return doc, ""
    what = doc[: match.start()].strip() or spec.summary
    why = doc[match.end():].strip()
    return what, why[:1].upper() + why[1:]


def _shown(value: object) -> str:
    """A default as French prose writes it (25.0 → « 25 », 0.5 → « 0,5 »)."""
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _paragraphs(text: str, indent: str = "  ") -> str:
    blocks = [" ".join(p.split()).replace("« ", "«\u00a0").replace(" »", "\u00a0»")
              for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]  # never wrap inside « »
    return "\n\n".join(textwrap.fill(b, 88, initial_indent=indent, subsequent_indent=indent) for b in blocks)


def rule_page(code: str, in_force: RuleSet | None = None) -> str:
    """The full documentation of `code` (known to the registry)."""
    spec = all_rules()[code]
    default = RuleSetting(spec.severity, spec.defaults)  # what rules/default.toml is generated from
    sources = threshold_sources(spec)
    what, why = split_doc(spec)
    family = FAMILY_NAMES.get(spec.family, spec.family)
    out = [f"{code} — {spec.name}   (famille {spec.family} : {family})", "",
           spec.summary_with(spec.defaults, _shown), ""]
    out += ["Ce que la règle vérifie", _paragraphs(what), ""]
    if why:
        out += ["Pourquoi", _paragraphs(why), ""]
    out.append("Valeurs par défaut (rules/default.toml)")
    out.append(f"  sévérité : {SEVERITY_FR.get(default.severity, default.severity)}")
    for key, value in default.params.items():
        out.append(f"  {key} = {_toml(value)}   ({spec.specs[key].allowed()})")
    current = in_force.settings.get(code) if in_force is not None else None
    if current is not None and current != default:
        params = ", ".join(f"{k} = {_toml(v)}" for k, v in current.params.items())
        out.append(f"  en vigueur ici : sévérité {current.severity}{' ; ' + params if params else ''}"
                   f"   ({', '.join(in_force.sources)})")
    out.append("")
    out.append("Configurer (seo-audit.toml, ou [tool.seo-audit] dans pyproject.toml)")
    out.append(f"  [rules.{code}]")
    out.append(f"  severity = {_toml(default.severity)}   "
               "# error | warning | info | off")
    for key, value in default.params.items():
        out.append(f"  {key} = {_toml(value)}")
    out.append(f"  Désactiver : ignore = [\"{code}\"] (ou la famille \"{spec.family}\") ; "
               "pour certains chemins : [[overrides]].")
    out.append(f"  Dans un article : <!-- seo-audit: disable={code} --> (tout le fichier),")
    out.append(f"  <!-- seo-audit: disable-next={code} --> (le bloc suivant),")
    out.append(f"  ou dans le front matter : seo-audit: {{ignore: [{code}]}}.")
    out.append("")
    if spec.example:
        out.append("Exemple qui la déclenche (paramètres par défaut)")
        out += [f"  │ {line}" if line else "  │" for line in spec.example.rstrip("\n").split("\n")]
        out.append("")
    out.append("Source des seuils")
    if sources:
        for key, comment in sources.items():
            label = "sévérité" if key == "severity" else key
            out.append(f"  {label} : {comment}")
    else:
        out.append("  voir « Pourquoi » ci-dessus.")
    return "\n".join(out) + "\n"
