"""Which operations make the surface: those carrying a tag of the curated spec's operations, under any name Visier
has published that tag by.

The curated spec is the list: when an operation group (a tag) is curated, the tools cover it with no change here.
Operations curated from Visier's other specs (the sign-in operations, from its Authentication spec) are not in a
Data-In file, so their tag is left out. A curated tag whose name differs from Visier's, or that Visier once published
under another name, lists those names in ``UPSTREAM_NAMES``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "openapi" / "visier-data-handling.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Tags of curated operations that come from Visier's Authentication spec, never from Data-In.
OTHER_SPECS = frozenset({"Authentication"})
# A curated tag -> the other names Visier has published it by (PGPKey became PGPKeys on 2025-06-06).
UPSTREAM_NAMES: dict[str, tuple[str, ...]] = {"PGPKeys": ("PGPKey",)}

Spec = dict[str, Any]


def is_curated(spec: Spec) -> bool:
    """Our curated spec (or a copy of it), rather than a file Visier published."""
    return "x-curation" in spec


@dataclass(frozen=True)
class SurfaceTags:
    """The surface's tags: each name a file may use, with the curated tag it stands for."""

    ours: dict[str, str]

    def tag(self, op: dict[str, Any]) -> tuple[str, str] | None:
        """(the tag as the file says it, our curated tag) of an operation on the surface, else None."""
        for tag in op.get("tags") or ():
            if isinstance(tag, str) and tag in self.ours:
                return tag, self.ours[tag]
        return None

    def names(self) -> str:
        return " or ".join(sorted(set(self.ours.values())))


def tags_of(curated: Spec) -> SurfaceTags:
    """The surface's tags as the curated spec ``curated`` carries them on its operations."""
    ours: dict[str, str] = {}
    for item in (curated.get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            for tag in op.get("tags") or () if isinstance(op, dict) else ():
                if isinstance(tag, str) and tag not in OTHER_SPECS:
                    ours.update({name: tag for name in (tag, *UPSTREAM_NAMES.get(tag, ()))})
    return SurfaceTags(ours)


@functools.cache
def curated_tags(path: Path = CURATED) -> SurfaceTags:
    """The surface's tags read from the curated spec at ``path`` (the repository's, by default)."""
    return tags_of(read_spec(path))


def read_spec(path: Path) -> Spec:
    spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(spec, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return spec
