"""Repair DeployHQ's published OpenAPI document for openapi-python-client.

The document as published has invalid types, Swagger-2 body parameters, broken
path templates, duplicated and machine-named schemas, and shapes that differ from
what the API really returns. `normalize()` runs the passes (`passes.py`), one
class of defect each, then the checks (`checks.py`), on the walkers of
`walk.py`; the data they need is in openapi/ (`names.toml`, `rules.toml`).

    python -m deployhq_codegen.normalize RAW.json OUT.json [--report R.json] [--generator-view G.json]

Every change is recorded in the report. A defect no pass knows how to handle is
a `NormalizeError` naming its JSON pointer, never a silent drop.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from .checks import check_names, check_refs, check_supported
from .passes import (
    apply_divergences,
    bodiless_deletes,
    dedupe_inline_copies,
    drop_titles,
    extract_schemas,
    fix_responses,
    fix_types,
    inline_component_refs,
    map_example_keys,
    move_body_parameters,
    open_objects,
    relax_responses,
    rename_schemas,
    repair_paths,
    replace_responses,
    strip_prose,
)
from .walk import Json, NormalizeError, Report, canonical, operations, reachable_schemas

__all__ = ["NormalizeError", "Report", "generation_view", "load_data", "main", "normalize"]

# The rules and names are data, kept beside the generator config in openapi/.

# The rules and names are data, kept beside the generator config in openapi/.
HERE = Path(__file__).resolve().parents[2] / "openapi"


def load_data(directory: Path = HERE) -> tuple[Json, Json]:
    """Read the rule and name tables."""
    rules = tomllib.loads((directory / "rules.toml").read_text())
    names = tomllib.loads((directory / "names.toml").read_text())
    return rules, names


def normalize(raw: Json, rules: Json, names: Json, *, tolerant: bool = False) -> tuple[Json, Report]:
    """Return a repaired copy of `raw` and the report of what changed (see
    `Report` for `tolerant`)."""
    doc = canonical(raw)
    report = Report(tolerant)
    check_refs(doc)
    inline_component_refs(doc, report)
    fix_types(doc, rules.get("types", {}), report)
    repair_paths(doc, report)
    move_body_parameters(doc, report)
    fix_responses(doc, rules.get("media_types", {}), report)
    strip_prose(doc)
    drop_titles(doc)
    map_example_keys(doc, report)
    rename_schemas(doc, names.get("schemas", {}), report)
    extract_schemas(doc, names.get("extract", {}), report)
    dedupe_inline_copies(doc, report)
    apply_divergences(doc, rules.get("divergence", []), report)
    replace_responses(doc, rules.get("responses", {}), report)
    open_objects(doc, report)
    relax_responses(doc, rules.get("timestamps", {}), rules.get("required", {}), report)
    bodiless_deletes(doc, report)
    check_names(doc)
    check_supported(doc, rules.get("media_types", {}), report)
    return doc, report


def generation_view(doc: Json) -> Json:
    """What the generator sees: only success responses (the facade decodes errors
    itself), and only the schemas still referenced after that."""
    view = copy.deepcopy(doc)
    for _path, _method, op in operations(view):
        op["responses"] = {s: r for s, r in op.get("responses", {}).items() if s.startswith("2")}
    schemas = view["components"]["schemas"]
    used = reachable_schemas(view, [view["paths"]])
    view["components"]["schemas"] = {name: schema for name, schema in schemas.items() if name in used}
    return view


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", type=Path, help="DeployHQ's document as published")
    parser.add_argument("out", type=Path, help="where to write the normalized document")
    parser.add_argument("--report", type=Path, help="write the list of changes here (JSON)")
    parser.add_argument("--generator-view", type=Path, help="write the document the generator reads here")
    args = parser.parse_args(argv)
    try:
        raw = json.loads(args.raw.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        print(f"normalize: cannot read {args.raw}: {exc}", file=sys.stderr)
        return 1
    rules, names = load_data()
    try:
        doc, report = normalize(raw, rules, names)
    except NormalizeError as exc:
        print(f"normalize: {exc}", file=sys.stderr)
        return 1
    _write(args.out, doc)
    if args.report:
        _write(args.report, report.entries)
    if args.generator_view:
        _write(args.generator_view, generation_view(doc))
    return 0


def _write(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2) + "\n")
