"""The benchmark table: one row per figure, a column per contender (median, min-max), the ratios and the targets."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Row:
    name: str
    unit: str
    better: str  # "lower" or "higher"
    results: dict[str, list[float]]  # contender -> one value per round
    targets: dict[str, float] = field(default_factory=dict)  # "raw"/"official": ratio bound; "limit": ours' bound

    def median(self, contender: str) -> float | None:
        values = self.results.get(contender)
        return statistics.median(values) if values else None

    def ratio(self, contender: str) -> float | None:
        ours, other = self.median("ours"), self.median(contender)
        return ours / other if ours is not None and other else None

    def verdicts(self) -> list[str]:
        out = []
        for against, bound in self.targets.items():
            value = self.median("ours") if against == "limit" else self.ratio(against)
            sign = "≤" if self.better == "lower" else "≥"
            label = f"{sign} {bound:g} {self.unit}" if against == "limit" else f"{sign} {bound:g}x {against}"
            if value is None:
                out.append(f"{label}: n.a.")
                continue
            met = value <= bound if self.better == "lower" else value >= bound
            out.append(f"{label}: {'yes' if met else '**NO**'}")
        return out


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _cell(values: list[float] | None, unit: str, installed: bool) -> str:
    if not values:
        return "not installed" if not installed else "n.a."
    middle = _number(statistics.median(values))
    if len(values) == 1:
        return f"{middle} {unit}"
    return f"{middle} {unit} ({_number(min(values))}-{_number(max(values))})"


def _ratio(value: float | None) -> str:
    return "n.a." if value is None else f"{value:.2f}x"


def render(rows: list[Row], peers: bool) -> str:
    lines = [
        "| figure | raw httpx | official SDK | ours | ours / raw httpx | ours / official | target: met |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        cells = [
            _cell(row.results.get("raw"), row.unit, True),
            _cell(row.results.get("official"), row.unit, peers),
            _cell(row.results.get("ours"), row.unit, True),
            _ratio(row.ratio("raw")),
            _ratio(row.ratio("official")),
            "; ".join(row.verdicts()),
        ]
        lines.append(f"| {row.name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
