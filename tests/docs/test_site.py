"""The docs site: it builds in strict mode from docs/ and mkdocs.yml without the network, and a headless Chromium
draws each diagram of the jobs page as a picture (an image that loaded, with the diagram's colours and lines where
the page puts it), not as text.

The build is the one ``make test`` runs (``make docs`` builds the same into site/). Chromium comes from the system
(``make chromium`` installs Debian's chromium-headless-shell); the test fails, never skips, when it is missing."""

from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest
from web_server import serving

from . import png

ROOT = Path(__file__).resolve().parents[2]
DIAGRAMS = ["job-tree-diagram", "extract-and-load-diagram", "ddi-transaction-diagram"]
# The page is drawn at half scale: a quarter of the pixels to read back, and the diagrams' boxes and lines still
# several pixels across.
SCALE = 0.5
WINDOW = (1200, 3200)
# Fill colours of the diagrams' boxes (docs/diagrams/*.svg): a job (blue), a tenant's job (green), a state (purple).
FILLS = {"job": (0xE3, 0xF2, 0xFD), "tenant": (0xE8, 0xF5, 0xE9), "state": (0xF3, 0xE5, 0xF5)}
# Collects what the test needs from the laid-out page into the title, which --dump-dom prints: each diagram's box,
# and whether its image loaded and decoded (a broken image shows its alt text, with no natural size).
PROBE = """<script>
window.addEventListener("load", () => {
  const found = {};
  for (const img of document.querySelectorAll("article img")) {
    const r = img.getBoundingClientRect();
    found[img.id] = {src: img.getAttribute("src"), complete: img.complete, naturalWidth: img.naturalWidth,
                     x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height};
  }
  document.title = "PROBE" + JSON.stringify(found);
});
</script>"""


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--quiet",
                            "--site-dir", str(target)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                           env=env)
    assert built.returncode == 0, built.stdout + built.stderr
    return target


def test_the_site_builds_strictly_with_every_page_and_nothing_from_the_network(site: Path) -> None:
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    expected = {"index.html", "getting-started.html", "auth-and-settings.html", "jobs.html", "paging.html",
                "reliability.html", "networks.html", "uploads-and-intake.html", "cli.html", "mock.html",
                "airflow.html", "releasing.html", "architecture.html", "benchmarks.html", "python-api.html",
                "reference/index.html", "reference/models.html", "reference/direct_data_intake.html",
                "reference/data_intake.html", "reference/pgp_keys.html"}
    assert expected <= pages, expected - pages
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fetched = re.findall(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(https?://[^\"]+)", text)
        assert fetched == [], (page.name, fetched)  # no CDN, no web fonts: the site works offline
    # mkdocstrings rendered the overlays' docstrings.
    assert "JobFuture" in (site / "python-api.html").read_text(encoding="utf-8")


def _chromium() -> str:
    found = shutil.which("chromium-headless-shell") or shutil.which("chromium")
    assert found, "no headless Chromium: `make chromium` installs Debian's chromium-headless-shell"
    return found


@pytest.fixture
def served(site: Path) -> Iterator[str]:
    # The test's own copy of the jobs page, with the probe: the built page itself is left as it is.
    page = (site / "jobs.html").read_text(encoding="utf-8")
    (site / "jobs-probed.html").write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    with serving(functools.partial(_QuietHandler, directory=str(site))) as url:
        yield url + "/jobs-probed.html"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _browse(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    # The network flags keep Chromium from calling home on a closed network; the profile is thrown away.
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
               f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--force-device-scale-factor={SCALE}",
               "--virtual-time-budget=5000", *extra, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _near(pixel: tuple[int, int, int], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(pixel, colour, strict=True))


def test_the_jobs_page_draws_each_diagram_as_a_picture(served: str, tmp_path: Path) -> None:
    dom = _browse(served, tmp_path / "profile", "--dump-dom").stdout
    title = re.search(r"<title>PROBE(.*?)</title>", dom, re.S)
    assert title, "the probe did not run: " + dom[:300]
    images = json.loads(html.unescape(title.group(1)))
    assert set(DIAGRAMS) <= set(images), images
    shot = tmp_path / "jobs.png"
    _browse(served, tmp_path / "profile", f"--screenshot={shot}")
    width, height, rows = png.read(shot.read_bytes())
    assert (width, height) == (int(WINDOW[0] * SCALE), int(WINDOW[1] * SCALE))
    for name in DIAGRAMS:
        box = images[name]
        assert box["src"].endswith(".svg") and box["complete"] and box["naturalWidth"] > 0, (name, box)
        assert box["width"] > 300 and box["height"] > 100, (name, box)  # drawn at size, not shrunk to an icon
        top, bottom = int(box["y"] * SCALE), int((box["y"] + box["height"]) * SCALE)
        left, right = int(box["x"] * SCALE), int((box["x"] + box["width"]) * SCALE)
        assert bottom <= height, f"{name} is below the screenshot: make WINDOW taller"
        region = [pixel for row in rows[top:bottom] for pixel in row[left:right]]
        dark = sum(1 for p in region if max(p) < 100)  # lines, arrows and text
        filled = {kind for kind, colour in FILLS.items() if any(_near(p, colour) for p in region)}
        assert dark > 200, (name, dark)
        assert len(filled) >= 2, (name, filled)  # boxes of two kinds at least: a picture, not a line of text


def test_the_committed_diagrams_are_what_the_script_draws() -> None:
    sys.path.insert(0, str(ROOT / "docs" / "diagrams"))
    try:
        import draw  # docs/diagrams/draw.py
    finally:
        sys.path.remove(str(ROOT / "docs" / "diagrams"))
    drawn = draw.drawings()
    assert {f"{name.removesuffix('-diagram')}.svg" for name in DIAGRAMS} == set(drawn)
    for name, text in drawn.items():
        assert (ROOT / "docs" / "diagrams" / name).read_text(encoding="utf-8") == text, name


def test_the_build_is_strict_about_links_anchors_and_pages_left_out() -> None:
    """What makes a broken link, a missing anchor or a page missing from nav fail the build (and so make test)."""
    import yaml

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert config["strict"] == "true" and config["theme"]["font"] == "false"
    assert config["validation"] == {"omitted_files": "warn", "absolute_links": "warn", "unrecognized_links": "warn",
                                    "anchors": "warn"}
