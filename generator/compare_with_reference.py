"""Measure the curated spec against Visier's published specs.

    python generator/compare_with_reference.py DATA_IN_SPEC.yaml [AUTH_SPEC.yaml]

For every reference operation we carry (those of every tag the curated spec's operations carry, such as
DataAndJobHandling and DirectDataIntake, plus the two sign-in operations, when the authentication spec is given) it
compares the parameters (name, place, type) and every request and response property path (``a.b[].c``) with its
type. Operations are matched by method and path, not by name, since our operationIds and
schema names are curated. It prints the match rate and lists what is missing, typed differently, or present only in
ours (invented). A type that differs where our schema states the reference's type as ``x-reference-type`` is a
documented deviation (listed under x-deviations in the spec), not a gap. The exit code is 0 when every difference is
documented. The reference files are not part of this project: pass their paths.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

OURS = Path(__file__).resolve().parent.parent / "openapi" / "visier-data-handling.yaml"
SIGN_IN = {("post", "/v1/admin/visierSecureToken"), ("post", "/v1/auth/oauth2/token")}
REFERENCE_TYPE = "x-reference-type"


@dataclass(frozen=True)
class Fact:
    """The type at one parameter or property path, and the reference's type when ours documents a deviation."""

    kind: str
    reference_kind: str | None = None


@dataclass
class Comparison:
    operations: int = 0
    present: int = 0
    total: int = 0
    matched: int = 0
    deviations: list[str] = field(default_factory=list)  # documented: x-reference-type names the reference's type
    gaps: list[str] = field(default_factory=list)  # missing, typed differently, invented

    def lines(self) -> list[str]:
        rate = 100 * self.matched / max(self.total, 1)
        return [
            f"operations: {self.operations} in the reference, {self.present} present",
            f"parameters and property paths: {self.matched}/{self.total} match ({rate:.2f}%)",
            *(f"documented deviation: {d}" for d in self.deviations),
            *(self.gaps or ["no differences beyond the documented deviations"]),
        ]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    if "allOf" in node and len(node["allOf"]) == 1:
        return _resolve(spec, node["allOf"][0])
    return node


def _kind(spec: dict[str, Any], node: dict[str, Any]) -> str:
    branches = node.get("anyOf") or node.get("oneOf")
    if branches:
        return "|".join(sorted({_resolve(spec, b).get("type", "object") for b in branches}))
    return str(node.get("type", "object"))


def _paths(spec: dict[str, Any], node: dict[str, Any], prefix: str, depth: int = 0) -> dict[str, Fact]:
    node = _resolve(spec, node)
    kind = _kind(spec, node)
    out = {prefix: Fact(kind, node.get(REFERENCE_TYPE))} if prefix else {}
    if depth > 6:
        return out
    if kind == "array":
        out.update(_paths(spec, node.get("items", {}), prefix + "[]", depth + 1))
    for name, prop in (node.get("properties") or {}).items():
        out.update(_paths(spec, prop, f"{prefix}.{name}" if prefix else name, depth + 1))
    return out


def _operation_facts(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Fact]:
    facts = {
        f"param:{p['in']}:{p['name']}": Fact(_kind(spec, p["schema"]), p["schema"].get(REFERENCE_TYPE))
        for p in op.get("parameters", [])
    }
    # A media type may state no schema (some of Visier's older files do): it has no property paths to compare.
    for content in (op.get("requestBody") or {}).get("content", {}).values():
        for path, fact in _paths(spec, content.get("schema", {}), "").items():
            facts[f"request:{path}"] = fact
    for content in op["responses"].get("200", {}).get("content", {}).values():
        for path, fact in _paths(spec, content.get("schema", {}), "").items():
            facts[f"response:{path}"] = fact
    return facts


def _operations(spec: dict[str, Any], keep: Any) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and keep(method, path, op)
    }


def compare(ours: dict[str, Any], data_in: dict[str, Any], auth: dict[str, Any] | None = None) -> Comparison:
    """How the curated spec ``ours`` stands against the reference's Data-In (and authentication) spec."""
    carried = {t for op in _operations(ours, lambda m, p, op: True).values() for t in op.get("tags", [])}
    carried.discard("Authentication")  # the sign-in operations are matched by method and path (SIGN_IN)
    wanted = [(data_in, _operations(data_in, lambda m, p, op: bool(carried.intersection(op.get("tags", [])))))]
    if auth is not None:
        wanted.append((auth, _operations(auth, lambda m, p, op: (m, p) in SIGN_IN)))
    our_ops = _operations(ours, lambda m, p, op: True)
    result = Comparison()
    for ref, ops in wanted:
        result.operations += len(ops)
        for key, ref_op in ops.items():
            if key not in our_ops:
                result.gaps.append(f"missing operation {key[0].upper()} {key[1]}")
                continue
            result.present += 1
            theirs, mine = _operation_facts(ref, ref_op), _operation_facts(ours, our_ops[key])
            where = f"{key[0].upper()} {key[1]}"
            for name, fact in theirs.items():
                result.total += 1
                own = mine.get(name)
                if own is not None and own.kind == fact.kind:
                    result.matched += 1
                    continue
                line = f"{where} {name}: reference {fact.kind}, ours {own.kind if own else None}"
                documented = own is not None and own.reference_kind == fact.kind
                (result.deviations if documented else result.gaps).append(line)
            result.gaps += [f"{where} {name}: invented" for name in mine if name not in theirs]
    return result


def _load(path: Path) -> dict[str, Any]:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_in", type=Path)
    parser.add_argument("auth", type=Path, nargs="?")
    args = parser.parse_args()
    result = compare(_load(OURS), _load(args.data_in), _load(args.auth) if args.auth else None)
    print("\n".join(result.lines()))
    return 1 if result.gaps else 0


if __name__ == "__main__":
    sys.exit(main())
