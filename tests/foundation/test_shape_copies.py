"""No two functions of the SDK (overlays/) repeat six lines of the same shape (issue #32, point 14).

A shape is a line with its names, strings and numbers blanked: ``rows = ops.list_credentials(tenant)`` and
``rows = ops.list_connectors(tenant)`` are the same shape. Lines of three tokens or fewer (``)``, ``else:``,
``return x``) and a keyword passed on as it is (``host=host,``) do not count: they are punctuation and plumbing,
not logic that could be written once. Six such lines in a row, in two functions, is logic written twice (the CLI's
list commands and the job-tree builders were, once)."""

from __future__ import annotations

import ast
import io
import keyword
import tokenize
from pathlib import Path

OVERLAYS = Path(__file__).resolve().parents[2] / "overlays"
RUN = 6
PLUMBING = (["N", "=", "N", ","], ["N", "=", "N", ")"])
Place = tuple[str, int, str]  # file, first line, function


def shape(line: str) -> str | None:
    """The line's shape, or None when it does not count."""
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text + "\n").readline)
                  if t.type in (tokenize.NAME, tokenize.OP, tokenize.STRING, tokenize.NUMBER)]
    except (tokenize.TokenError, SyntaxError):
        return text  # a line of a longer statement: compared as it is
    blanked = ["N" if t.type == tokenize.NAME and not keyword.iskeyword(t.string) else
               "S" if t.type == tokenize.STRING else "0" if t.type == tokenize.NUMBER else t.string for t in tokens]
    if len(blanked) <= 3 or blanked in PLUMBING:
        return None
    return " ".join(blanked)


def _body_lines(function: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> list[tuple[int, str]]:
    first = function.body[0]
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    start = function.body[1].lineno if docstring and len(function.body) > 1 else first.lineno
    end = function.end_lineno or start
    return [(n, s) for n in range(start, end + 1) if (s := shape(lines[n - 1])) is not None]


def copies(files: list[Path]) -> list[tuple[Place, Place]]:
    """Pairs of functions that share a run of RUN lines of the same shape, each named by where its first shared
    run starts."""
    runs: dict[tuple[str, ...], set[Place]] = {}
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = _body_lines(node, lines)
                for k in range(len(body) - RUN + 1):
                    key = tuple(s for _, s in body[k:k + RUN])
                    runs.setdefault(key, set()).add((path.name, body[k][0], node.name))
    pairs: dict[tuple[tuple[str, str], tuple[str, str]], tuple[Place, Place]] = {}
    for places in runs.values():
        ordered = sorted(places)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                # A nested function's lines are its outer function's too: the same lines are no copy.
                if (a[0], a[1]) != (b[0], b[1]) and (a[0], a[2]) != (b[0], b[2]):
                    functions = ((a[0], a[2]), (b[0], b[2]))
                    pairs[functions] = min(pairs.get(functions, (a, b)), (a, b))
    return sorted(pairs.values())


def test_no_two_functions_of_the_sdk_repeat_a_shape() -> None:
    assert copies(sorted(OVERLAYS.rglob("*.py"))) == []


def test_a_copy_with_other_names_is_found(tmp_path: Path) -> None:
    """The shape of the CLI's two list commands before they became one."""
    body = (
        "    rows = ops.{0}(tenant=tenant, limit=limit)\n"
        "    items = [item.to_dict() for item in rows.{1} or []]\n"
        "    if output == 'json':\n        print(json.dumps(items, indent=2))\n"
        "    table = make_table(items, columns={2})\n"
        "    console.print(table, soft_wrap=True)\n"
        "    return len(items)\n"
    )
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def connectors_list(ops, tenant, limit, output):\n" + body.format("connectors", "connectors", "['id']")
        + "def credentials_list(ops, tenant, limit, output):\n" + body.format("credentials", "credentials", "['c']")
        + "def plumbing(host, key):\n    return build(\n        host=host,\n        key=key,\n    )\n",
        encoding="utf-8",
    )
    assert [(a[2], b[2]) for a, b in copies([sample])] == [("connectors_list", "credentials_list")]
