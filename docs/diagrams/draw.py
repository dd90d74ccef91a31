"""Draws the docs' three diagrams as plain SVG files next to this script: a load's job tree, extract-and-load, and a
Direct Data Intake transaction's states. Run it after changing a picture (python docs/diagrams/draw.py) and commit
the SVG files; tests/docs/test_site.py checks that they are what it draws, and that a browser draws them."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
FILLS = {"start": "#e8eaf6", "job": "#e3f2fd", "tenant": "#e8f5e9", "dv": "#fff8e1", "state": "#f3e5f5",
         "bad": "#ffebee"}
INK = "#455a64"
MARKER = ('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
          f'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>')


def svg(width: int, height: int, body: list[str], title: str) -> str:
    opening = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
               f'viewBox="0 0 {width} {height}" role="img" aria-label="{title}" font-family="sans-serif" '
               'font-size="13">')
    background = f'<rect width="{width}" height="{height}" fill="#ffffff"/>'
    return "\n".join([opening, f"<title>{title}</title>", MARKER, background, *body, "</svg>"]) + "\n"


def box(x: float, y: float, w: float, h: float, lines: list[str], kind: str) -> list[str]:
    out = [f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="{FILLS[kind]}" stroke="{INK}" '
           'stroke-width="1.5"/>']
    for i, line in enumerate(lines):
        ty = y + h / 2 + (i - (len(lines) - 1) / 2) * 16 + 4
        weight = ' font-weight="bold"' if i == 0 else ""
        out.append(f'<text x="{x + w / 2}" y="{ty}" text-anchor="middle"{weight}>{line}</text>')
    return out


def arrow(x1: float, y1: float, x2: float, y2: float) -> list[str]:
    return [f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{INK}" stroke-width="1.5" '
            'marker-end="url(#arrow)"/>']


def note(x: float, y: float, text: str, anchor: str = "start") -> list[str]:
    return [f'<text x="{x}" y="{y}" text-anchor="{anchor}" font-size="11" fill="#37474f">{text}</text>']


def job_tree() -> str:
    b = [*box(20, 150, 150, 50, ["startLoad", "files: hcm.zip.gpg"], "start"), *arrow(170, 175, 220, 175)]
    b += box(220, 140, 170, 70, ["receiving job", "(the load's top job)", "job ID returned"], "job")
    for i, tenant in enumerate(["WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~p4q"]):
        y = 30 + i * 115
        b += [*arrow(390, 175, 440, y + 30), *box(440, y, 160, 60, ["receiving job", tenant], "tenant")]
        b += [*arrow(600, y + 30, 640, y + 30), *box(640, y, 160, 60, ["processing job", tenant], "tenant")]
        b += [*arrow(800, y + 30, 840, y + 30), *box(840, y, 130, 60, ["data version", f"70000{15 + i}"], "dv")]
    b += note(440, 20, "one per tenant the files are for")
    return svg(990, 380, b, "A load's job tree: startLoad, the receiving job, each tenant's receiving and "
               "processing job, and the data version each creates")


def extract_and_load() -> str:
    b = [*box(20, 120, 150, 50, ["startExtraction", "tenants or all"], "start"), *arrow(170, 145, 210, 145)]
    b += box(210, 110, 150, 70, ["dispatching job", "(the top job)"], "job")
    for i, tenant in enumerate(["WFF_j1r~c7o", "WFF_j1r~e1a"]):
        y = 40 + i * 140
        b += [*arrow(360, 145, 400, y + 30), *box(400, y, 140, 60, ["extraction job", tenant], "tenant")]
        b += [*arrow(540, y + 30, 570, y + 30), *box(570, y, 140, 60, ["receiving job", tenant], "tenant")]
        b += [*arrow(710, y + 30, 740, y + 30), *box(740, y, 140, 60, ["processing job", tenant], "tenant")]
        b += [*arrow(880, y + 30, 910, y + 30), *box(910, y, 120, 60, ["data version", "new"], "dv")]
    return svg(1050, 290, b, "Extract and load: the dispatching job, then per tenant extraction, receiving and "
               "processing, and a new data version")


def ddi() -> str:
    b = [*box(20, 110, 150, 50, ["startTransaction", "returns its ID"], "start"), *arrow(170, 135, 220, 135)]
    b += box(220, 100, 160, 70, ["open", "uploadFile per object", "(checked first)"], "state")
    b += [*arrow(380, 120, 470, 60), *note(462, 40, "commitTransaction", "end")]
    b += [*box(470, 30, 160, 60, ["committed", "exactly once"], "state"), *arrow(630, 60, 680, 60)]
    b += box(680, 30, 170, 60, ["processing job", "followed as a JobFuture"], "job")
    b += [*arrow(380, 150, 470, 210), *note(462, 240, "rollbackTransaction", "end")]
    b += box(470, 190, 160, 60, ["rolled back", "nothing loaded"], "bad")
    b += note(470, 285, "Any failure before the commit (a refused upload, Ctrl-C, a timeout) rolls back.")
    b += note(470, 302, "A lost commit answer: the SDK watches the open list before it ever commits again.")
    return svg(880, 320, b, "A Direct Data Intake transaction: open, then committed (its processing job follows) "
               "or rolled back")


def drawings() -> dict[str, str]:
    """Each SVG file's name and text."""
    return {"job-tree.svg": job_tree(), "extract-and-load.svg": extract_and_load(), "ddi-transaction.svg": ddi()}


if __name__ == "__main__":
    for name, text in drawings().items():
        (HERE / name).write_text(text, encoding="utf-8")
