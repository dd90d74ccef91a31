"""The demo's progress line: counts by status, a bar, redrawn in place on a terminal, one line per change elsewhere."""

from __future__ import annotations

import io

from visier_data_handling._progress import ProgressBar, format_counts


def test_counts_are_ordered_and_zeros_left_out() -> None:
    assert format_counts({"Running": 2, "Succeeded": 3, "Zeta": 1, "Failed": 0}) == "Succeeded 3 · Running 2 · Zeta 1"


def test_pipe_mode_writes_a_line_per_change() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, label="load", total=4, width=8)
    bar({"Running": 4})
    bar({"Running": 4})
    bar({"Succeeded": 2, "Failed": 1, "Running": 1})
    bar.close()
    assert stream.getvalue().splitlines() == [
        "load [........] 0/4 done  Running 4",
        "load [######..] 3/4 done  Succeeded 2 · Failed 1 · Running 1  (!)",
    ]


def test_terminal_mode_redraws_one_line() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, total=2, width=4, live=True)
    bar({"Running": 2})
    bar({"Succeeded": 2})
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n") and text.count("\n") == 1
    assert "[####] 2/2 done  Succeeded 2" in text


def test_the_bar_grows_with_jobs_seen_without_a_total() -> None:
    stream = io.StringIO()
    ProgressBar(stream, width=4)({"Succeeded": 1, "Running": 3})
    assert stream.getvalue() == "[#...] 1/4 done  Succeeded 1 · Running 3\n"
