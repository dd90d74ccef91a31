"""The SDK's public Python API as griffe sees it, in a form that can be stored and compared.

"Public" is what users import or call: the overlay package's exported names (``visier_data_handling.__all__``, each
followed to its definition), the generated models (``visier_data_handling_api.models``), the typed operation
surface (``surface.py``) and the generated ``types``. Each is read statically by griffe (no import of the SDK), and
kept as griffe's JSON with what does not decide compatibility dropped: docstrings, file paths, imports, private
members. The stored snapshot and the current tree go through the same reduction, so griffe compares like with like.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
OVERLAYS = ROOT / "overlays"
SDK, API = "visier_data_handling", "visier_data_handling_api"
# (name in the snapshot, module, whether to follow its exports or take its own public members)
NAMESPACES = ((SDK, SDK, True), ("models", f"{API}.models", True), ("surface", f"{API}.surface", False),
              ("types", f"{API}.types", False))
_DROPPED = {"docstring", "filepath", "imports", "runtime", "analysis"}

Json = dict[str, Any]


def public_api(generated: Path = GENERATED, overlays: Path = OVERLAYS) -> Json:
    """The public API of the SDK whose generated package is under ``generated`` and overlays under ``overlays``."""
    loader = griffe.GriffeLoader(search_paths=[generated, overlays], allow_inspection=False)
    for package in (API, SDK):
        loader.load(package)
    loader.resolve_aliases(implicit=False, external=False)
    members = {}
    for name, path, follow_exports in NAMESPACES:
        module = loader.modules_collection[path]
        chosen = _exported(module) if follow_exports else _own(module)
        members[name] = {"kind": "module", "name": name, "lineno": 1, "endlineno": 1,
                         "members": {key: _reduce(_as_json(obj)) for key, obj in sorted(chosen.items())}}
    return {"kind": "module", "name": "public", "lineno": 1, "endlineno": 1, "members": members}


def as_module(api: Json) -> griffe.Module:
    """A stored or current API as the griffe module find_breaking_changes compares."""
    module = json.loads(json.dumps(api), object_hook=griffe.json_decoder)
    if not isinstance(module, griffe.Module):
        raise ValueError("not a griffe module")
    return module


def _exported(module: griffe.Module) -> dict[str, griffe.Object]:
    names = [str(name) for name in module.exports or ()]
    return {name: _final(module[name]) for name in names}


def _own(module: griffe.Module) -> dict[str, griffe.Object]:
    return {name: _final(member) for name, member in module.members.items()
            if not name.startswith("_") and not member.is_alias}


def _final(obj: griffe.Object | griffe.Alias) -> griffe.Object:
    target = obj.final_target if isinstance(obj, griffe.Alias) else obj
    if not isinstance(target, griffe.Object):
        raise TypeError(f"{obj.path} does not resolve to a definition")
    return target


def _as_json(obj: griffe.Object) -> Json:
    return dict(json.loads(obj.as_json(full=False)))


def _reduce(node: Any) -> Any:
    if isinstance(node, list):
        return [_reduce(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in _DROPPED:
            continue
        if key in ("lineno", "endlineno"):  # griffe's decoder wants them; a fixed value keeps the snapshot stable
            value = 1
        if key == "members":
            value = {name: member for name, member in value.items() if _public(name, member)}
        out[key] = _reduce(value)
    return out


def _public(name: str, member: Json) -> bool:
    if member.get("kind") == "alias":  # an import: the imported thing is compared where it is defined
        return False
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))
