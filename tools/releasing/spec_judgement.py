"""What each change between two of Visier's files means for users of this SDK, judged against the curated spec.

Users see the curated spec, not Visier's file. So every upstream change (old upstream -> new upstream) is compared
with what the curated spec says about the same thing (the same place, and the same topic there: its type, one enum
value, one limit, its presence, whether it is required...), through the changes from the curated spec to the new
upstream:

- none there: the curated spec already says what the new upstream says. Users see no change; the curated spec's
  deviation from the old upstream there can be retired (``already``).
- the same change there: the curated spec says what the old upstream said, so users meet the change as classified
  (``as-today``).
- another change there: the curated spec differs from both (``for-the-curator``). What users would meet by following
  the new upstream is the curated spec's own change there, and that is what counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .spec_changes import Change, compare
from .spec_shapes import method_name
from .spec_surface import Surface

Standing = Literal["as-today", "already", "for-the-curator"]
# Kinds whose detail quotes a file's own schema names or operationIds, which curation renames.
_NAMED_DETAIL = frozenset({"model-removed", "model-renamed", "method-renamed"})
# Kinds placed under the old file's method name, not the new one's.
_BASE_NAMED = frozenset({"operation-removed", "method-renamed"})
CURATION_DOC = Path(__file__).resolve().parents[2] / "docs" / "spec-curation.md"


@dataclass(frozen=True)
class Verdict:
    change: Change  # the upstream change
    standing: Standing
    seen: tuple[Change, ...]  # what users meet: the change itself, nothing, or the curated spec's own change there
    deviation: str = ""  # for "already": where the retired deviation is documented, if anywhere

    def as_dict(self) -> dict[str, object]:
        return {**self.change.as_dict(), "standing": self.standing, "seen": [c.as_dict() for c in self.seen],
                "deviation": self.deviation}


def judge(base: Surface, head: Surface, changes: list[Change], curated: Surface) -> list[Verdict]:
    """Each of ``changes`` (from ``base`` to ``head``) against the ``curated`` spec's surface."""
    theirs: dict[tuple[str, str], list[Change]] = {}
    for change in compare(curated, head):
        theirs.setdefault((change.place, _topic(change)), []).append(change)
    ours = _curated_names(base, curated)
    deviations = _documented(curated)
    verdicts = []
    for change in changes:
        place = ours.get(change.place, change.place) if change.kind in _BASE_NAMED else change.place
        there = theirs.get((place, _topic(change)), [])
        if not there:
            verdicts.append(Verdict(change, "already", (), _deviation(change.place, deviations)))
        elif _signature(change) in {_signature(c) for c in there}:
            verdicts.append(Verdict(change, "as-today", (change,)))
        else:
            verdicts.append(Verdict(change, "for-the-curator", tuple(there)))
    return verdicts


def seen(verdicts: list[Verdict]) -> list[Change]:
    """What users meet, each change once."""
    return list(dict.fromkeys(c for v in verdicts for c in v.seen))


def _topic(change: Change) -> str:
    """What about its place a change is about: two changes at one place on different topics are unrelated."""
    kind = change.kind
    if kind.startswith("enum-value-"):
        return "enum " + re.sub(r"^(new )?value (.*?)( is gone)?$", r"\2", change.detail)
    if kind.startswith("constraint-"):
        return "limit " + change.detail.split(" ", 1)[0]
    if kind.startswith(("type-", "enum-")):
        return "type"
    if kind == "success-response-removed":
        return change.detail
    for topic in ("required", "optional"):
        if kind.endswith(topic):
            return "required"
    return kind.split("-", 1)[0]  # operation, method, parameter, property, model, request (body), pattern


def _signature(change: Change) -> tuple[str, str, str, str]:
    return change.kind, change.level, change.action, "" if change.kind in _NAMED_DETAIL else change.detail


def _curated_names(base: Surface, curated: Surface) -> dict[str, str]:
    """The old file's method names -> the curated spec's, for the same method and path (curation fixes typos)."""
    ours = {(m, p): method_name(curated, op, m, p) for m, p, op in curated.operations()}
    return {method_name(base, op, m, p): ours[(m, p)] for m, p, op in base.operations() if (m, p) in ours}


def _documented(curated: Surface) -> list[str]:
    """The deviations the curated spec documents: its x-deviations, and the lines of docs/spec-curation.md."""
    listed = list(curated.deviations)
    if CURATION_DOC.exists():
        listed += [line.strip() for line in CURATION_DOC.read_text(encoding="utf-8").splitlines() if line.strip()]
    return listed


def _deviation(place: str, documented: list[str]) -> str:
    """The documented deviation naming this place: its method or model, and its argument or attribute if any."""
    method = re.match(r"[a-z0-9_]+\.([a-z0-9_]+)(?:\((\w+)=\))?", place)
    if method:
        owner, attribute = _camel(method[1]), _camel(method[2] or "")
    else:
        owner, _, rest = place.partition(".")
        attribute = _camel(re.split(r"[.\[ ]", rest)[-1]) if rest else ""
    wanted = [w for w in (owner, attribute) if w]
    return next((d for d in documented if all(re.search(rf"\b{re.escape(w)}\b", d) for w in wanted)), "")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest) if rest else name
