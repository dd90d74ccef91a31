"""A page costs what it shows (plus what precedes it), never the whole list: lists are produced lazily and cut."""

from __future__ import annotations

from collections.abc import Iterator

from visier_mock._paging import page


def _counted(total: int, produced: list[int]) -> Iterator[int]:
    for item in range(total):
        produced.append(item)
        yield item


def test_a_page_draws_only_up_to_its_end() -> None:
    produced: list[int] = []
    items, limit, start = page(_counted(1_000_000, produced), 20, 10)
    assert items == list(range(20, 30)) and (limit, start) == (10, 20)
    assert len(produced) == 30


def test_the_default_limit_and_a_start_past_the_end() -> None:
    assert page(iter(range(5)), None, None) == ([0, 1, 2, 3, 4], 1000, 0)
    assert page(iter(range(5)), 10, 3) == ([], 3, 10)
