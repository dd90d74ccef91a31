"""Upload memory: the SDK's streamed uploads (fileUpload, fileUpload encrypted first with encrypt=True, and Direct
Data Intake's multipart uploadFile) against a raw httpx upload of the same file, side by side.

    python benchmarks/upload_memory.py          # 200 MB, 3 interleaved rounds; writes docs/benchmarks-upload.md
    python benchmarks/upload_memory.py --smoke  # 4 MB, one round, nothing written

Each upload runs in a fresh process, against the mock (fileUpload) or the test upload service
(tests/client/intake_server.py, which hashes the multipart file part without keeping it, DDI's uploadFile), each
server in its own process. The figure is the growth of the process's peak RSS (VmHWM) over its RSS just
before the upload, after imports, client and sign-in (for DDI, a first small upload), so it counts only what the
upload itself holds. The target (issues 30 and 31): under 30 MB for a 200 MB file, through every SDK path.

The encrypted upload (the [pgp] extra) encrypts a file of random bytes, as incompressible as a real ZIP (gpg would
shrink the repetitive test file to almost nothing), for a key pair the mock made; its "before" is taken after the
key pair is made. gpg runs as a child process: its own peak RSS is reported beside the table, not added to it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, PASSWORD, USERNAME, machine, mock_process, server_process

ROOT = Path(__file__).resolve().parent.parent
UPLOAD_SERVICE = ROOT / "tests" / "client" / "intake_server.py"
LIMIT_MB = 30.0

# Each contender uploads argv[2] to the mock at argv[1] and prints: RSS before, peak RSS (KiB), bytes received.
# reset() clears the peak (VmHWM) first, so that a peak left by the imports cannot hide the upload's own growth.
_MEMORY = (
    "def kib(k): return int(next(l for l in open('/proc/self/status') if l.startswith(k)).split()[1])\n"
    "def reset(): open('/proc/self/clear_refs', 'w').write('5')\n"
)
SDK = _MEMORY + f"""
import sys, visier_data_handling as v
c = v.VisierDataHandling(host=sys.argv[1], api_key={API_KEY!r}, username={USERNAME!r}, password={PASSWORD!r})
c.data_and_job_handling.latest_enabled_dv(limit=1)  # signs in and opens the connection
reset()
before = kib('VmRSS')
result = c.upload(sys.argv[2])
print(before, kib('VmHWM'), result.size)
"""
DDI = _MEMORY + f"""
import sys, pathlib, tempfile, visier_data_handling as v
from visier_data_handling._twins import finish
from visier_data_handling._flows.intake_upload import upload_to_transaction
c = v.VisierDataHandling(host=sys.argv[1], api_key={API_KEY!r}, username={USERNAME!r}, password={PASSWORD!r})
ops = c.sync_driven_direct_data_intake
with tempfile.TemporaryDirectory() as folder:  # a first small upload: signs in, opens the connection, imports
    small = pathlib.Path(folder) / 'warm.zip'
    small.write_bytes(b'PK' * 1000)
    finish(upload_to_transaction(ops, 'txn-bench', 'Employee', small))
reset()
before = kib('VmRSS')
result = finish(upload_to_transaction(ops, 'txn-bench', 'Employee', sys.argv[2]))
print(before, kib('VmHWM'), result.answer['size'])
"""
ENCRYPTED = _MEMORY + f"""
import resource, sys, visier_data_handling as v
c = v.VisierDataHandling(host=sys.argv[1], api_key={API_KEY!r}, username={USERNAME!r}, password={PASSWORD!r})
c.pgp_keys.generate_pgp_key_pair()  # signs in, opens the connection; the key the upload is encrypted for
reset()
before = kib('VmRSS')
result = c.upload(sys.argv[2], encrypt=True)
assert result.filename.endswith('.zip.gpg'), result.filename
print(before, kib('VmHWM'), result.size, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
RAW = _MEMORY + f"""
import sys, os, httpx
h = httpx.Client(base_url=sys.argv[1], timeout=60)
token = h.post('/v1/admin/visierSecureToken', data={{'username': {USERNAME!r}, 'password': {PASSWORD!r}}}).text
h.headers.update({{'apikey': {API_KEY!r}, 'Cookie': 'VisierASIDToken=' + token}})
h.get('/v1/op/data-versions/latest-enabled', params={{'limit': 1}})
reset()
before = kib('VmRSS')
name = os.path.basename(sys.argv[2])
probe = h.put('/v1/data/upload/files/' + name, content=b'')
def chunks():
    with open(sys.argv[2], 'rb') as f:
        while block := f.read(1 << 20):
            yield block
sent = h.put(probe.headers['location'], content=chunks(),
             headers={{'Content-Length': str(os.path.getsize(sys.argv[2]))}})
print(before, kib('VmHWM'), sent.raise_for_status().json()['size'])
"""


def growth_mb(code: str, url: str, path: Path, children: list[float] | None = None) -> float:
    """The upload's RSS growth in MB; an encrypted upload (``children`` given) also appends gpg's peak RSS."""
    done = subprocess.run([sys.executable, "-c", code, url, str(path)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    before, peak, received, *child = (int(x) for x in done.stdout.split())
    size = path.stat().st_size
    # An upload that did not happen uses no memory; never report that. Encrypted, random bytes only grow a little.
    if received != size if children is None else not size <= received < size * 1.01:
        raise RuntimeError(f"the upload sent {received} bytes for a file of {size}")
    if children is not None:
        children.append(child[0] / 1024)
    return (peak - before) / 1024


def _write(path: Path, size_mb: int, block: Callable[[], bytes]) -> None:
    with path.open("wb") as f:
        while f.tell() < size_mb * 1024 * 1024:
            f.write(block())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a 4 MB file, one round, nothing written")
    args = parser.parse_args()
    size_mb, rounds = (4, 1) if args.smoke else (200, 3)
    results: dict[str, list[float]] = {"SDK upload": [], "SDK encrypted upload": [], "SDK DDI upload": [],
                                       "raw httpx": []}
    gpg: list[float] = []
    service = server_process([sys.executable, str(UPLOAD_SERVICE), "{port}"], "/", "the upload service")
    with tempfile.TemporaryDirectory() as folder, mock_process("--speed", "50") as url, service as ddi_url:
        path, random_path = Path(folder) / "bench_upload.zip", Path(folder) / "bench_random.zip"
        _write(path, size_mb, lambda: b"PK" + bytes(range(256)) * 4096)
        _write(random_path, size_mb, lambda: os.urandom(1 << 20))
        for _ in range(rounds):  # interleaved, so all see the same machine
            results["SDK upload"].append(growth_mb(SDK, url, path))
            results["SDK encrypted upload"].append(growth_mb(ENCRYPTED, url, random_path, gpg))
            results["SDK DDI upload"].append(growth_mb(DDI, ddi_url, path))
            results["raw httpx"].append(growth_mb(RAW, url, path))
    lines = [
        f"# Upload memory ({size_mb} MB file)",
        "",
        f"Machine: {machine()}. Peak RSS growth over the RSS just before the upload, in fresh processes, "
        f"{rounds} interleaved rounds. Target: each SDK upload under {LIMIT_MB:.0f} MB.",
        "",
        "| contender | min MB | median MB | max MB |",
        "|---|---:|---:|---:|",
    ]
    for name, values in results.items():
        lines.append(f"| {name} | {min(values):.1f} | {statistics.median(values):.1f} | {max(values):.1f} |")
    worst = max(v for name, values in results.items() if name.startswith("SDK") for v in values)
    lines += ["", f"gpg's own peak RSS while encrypting (a child process, not counted above): {max(gpg):.1f} MB."]
    lines += ["", f"SDK worst case {worst:.1f} MB: {'met' if worst < LIMIT_MB else 'MISSED'}."]
    print("\n".join(lines))
    if not args.smoke:
        (ROOT / "docs" / "benchmarks-upload.md").write_text("\n".join(lines) + "\n")
    if worst >= LIMIT_MB:
        sys.exit(1)


if __name__ == "__main__":
    main()
