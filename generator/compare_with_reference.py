"""Measure the curated spec against Visier's published specs.

    python generator/compare_with_reference.py DATA_IN_SPEC.yaml AUTH_SPEC.yaml

For every reference operation we carry (the DataAndJobHandling tag plus the two sign-in operations) it compares
the parameters (name, place, type) and every request and response property path (``a.b[].c``) with its type.
It prints the match rate and lists what is missing, typed differently, or present only in ours (invented).
The reference files are not part of this project: pass their paths.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

OURS = Path(__file__).resolve().parent.parent / "openapi" / "visier-data-handling.yaml"
SIGN_IN = {("post", "/v1/admin/visierSecureToken"), ("post", "/v1/auth/oauth2/token")}


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    if "allOf" in node and len(node["allOf"]) == 1:
        return _resolve(spec, node["allOf"][0])
    return node


def _paths(spec: dict[str, Any], node: dict[str, Any], prefix: str, depth: int = 0) -> dict[str, str]:
    node = _resolve(spec, node)
    kind = node.get("type", "object")
    out = {prefix: kind} if prefix else {}
    if depth > 6:
        return out
    if kind == "array":
        out.update(_paths(spec, node.get("items", {}), prefix + "[]", depth + 1))
    for name, prop in (node.get("properties") or {}).items():
        out.update(_paths(spec, prop, f"{prefix}.{name}" if prefix else name, depth + 1))
    return out


def _operation_facts(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, str]:
    facts = {f"param:{p['in']}:{p['name']}": p["schema"].get("type", "?") for p in op.get("parameters", [])}
    for content in (op.get("requestBody") or {}).get("content", {}).values():
        for path, kind in _paths(spec, content["schema"], "").items():
            facts[f"request:{path}"] = kind
    for content in op["responses"].get("200", {}).get("content", {}).values():
        for path, kind in _paths(spec, content["schema"], "").items():
            facts[f"response:{path}"] = kind
    return facts


def _operations(spec: dict[str, Any], keep: Any) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and keep(method, path, op)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_in", type=Path)
    parser.add_argument("auth", type=Path)
    args = parser.parse_args()
    ours = yaml.safe_load(OURS.read_text(encoding="utf-8"))
    refs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (args.data_in, args.auth)]
    wanted = [
        _operations(refs[0], lambda m, p, op: "DataAndJobHandling" in op.get("tags", [])),
        _operations(refs[1], lambda m, p, op: (m, p) in SIGN_IN),
    ]
    our_ops = _operations(ours, lambda m, p, op: True)
    total = matched = 0
    problems: list[str] = []
    for ref, ops in zip(refs, wanted, strict=True):
        for key, ref_op in ops.items():
            if key not in our_ops:
                problems.append(f"missing operation {key}")
                continue
            theirs = _operation_facts(ref, ref_op)
            mine = _operation_facts(ours, our_ops[key])
            for fact, kind in theirs.items():
                total += 1
                if mine.get(fact) == kind:
                    matched += 1
                else:
                    problems.append(f"{key[0].upper()} {key[1]} {fact}: reference {kind}, ours {mine.get(fact)}")
            problems += [f"{key[0].upper()} {key[1]} {fact}: invented" for fact in mine if fact not in theirs]
    count = sum(len(ops) for ops in wanted)
    print(f"operations: {count} in the reference, {sum(k in our_ops for o in wanted for k in o)} present")
    print(f"parameters and property paths: {matched}/{total} match ({100 * matched / max(total, 1):.2f}%)")
    print("\n".join(problems) if problems else "no differences")
    return 0 if matched / max(total, 1) >= 0.98 and not any("invented" in p or "missing" in p for p in problems) else 1


if __name__ == "__main__":
    sys.exit(main())
