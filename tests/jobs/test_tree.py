"""Job tree types: walking, failures, data versions, counts and rendering."""

from __future__ import annotations

from visier_data_handling._jobs.tree import JobKind, JobNode, JobTree, is_terminal


def sample() -> JobTree:
    root = JobNode(kind=JobKind.RECEIVING, job_id="root", tenant_code="WFF_j1r", status="Succeeded")
    a = JobNode(kind=JobKind.RECEIVING, job_id="ra", tenant_code="WFF_j1r~a", status="Succeeded")
    b = JobNode(kind=JobKind.RECEIVING, job_id="rb", tenant_code="WFF_j1r~b", status="Succeeded")
    c = JobNode(
        kind=JobKind.RECEIVING, job_id="rc", tenant_code="WFF_j1r~c", status="Succeeded", awaiting_children=True
    )
    a.children.append(
        JobNode(kind=JobKind.PROCESSING, job_id="pa", tenant_code="WFF_j1r~a", status="Succeeded", data_version="71")
    )
    b.children.append(
        JobNode(kind=JobKind.PROCESSING, job_id="pb", tenant_code="WFF_j1r~b", status="Failed", message="bad rows")
    )
    root.children += [a, b, c]
    return JobTree(root)


def test_walk_leaves_find() -> None:
    tree = sample()
    assert [n.job_id for n in tree.walk()] == ["root", "ra", "pa", "rb", "pb", "rc"]
    assert [n.job_id for n in tree.leaves()] == ["pa", "pb", "rc"]
    assert tree.find("pb") is not None and tree.find("nope") is None
    assert tree.tenants() == ["WFF_j1r", "WFF_j1r~a", "WFF_j1r~b", "WFF_j1r~c"]


def test_failed_data_versions_counts_settled() -> None:
    tree = sample()
    assert [n.job_id for n in tree.failed()] == ["pb"]
    assert tree.data_versions() == {"WFF_j1r~a": ["71"]}
    # rc succeeded but still awaits its processing job: counted as Pending, and the tree is not settled.
    assert tree.counts() == {"Succeeded": 1, "Failed": 1, "Pending": 1}
    assert not tree.settled
    tree.find("rc").awaiting_children = False  # type: ignore[union-attr]
    assert tree.settled


def test_status_words() -> None:
    for word in ("Succeeded", "Failed", "Error", "Cancelled", "RolledBack"):
        assert is_terminal(word)
    for word in ("Pending", "Running", "Rescheduling", "Rescheduled", "Cancelling", "Brand new", "", None):
        assert not is_terminal(word)


def test_render_is_readable() -> None:
    text = sample().render()
    assert text.splitlines() == [
        "receiving WFF_j1r root Succeeded",
        "├── receiving WFF_j1r~a ra Succeeded",
        "│   └── processing WFF_j1r~a pa Succeeded data version 71",
        "├── receiving WFF_j1r~b rb Succeeded",
        "│   └── processing WFF_j1r~b pb Failed: bad rows",
        "└── receiving WFF_j1r~c rc Succeeded",
    ]
    assert str(sample()) == text


def test_deep_and_wide_trees_do_not_recurse() -> None:
    root = node = JobNode(kind=JobKind.RECEIVING, job_id="0")
    for index in range(1, 5000):
        child = JobNode(kind=JobKind.RECEIVING, job_id=str(index), status="Succeeded")
        node.children.append(child)
        node = child
    tree = JobTree(root)
    assert sum(1 for _ in tree.walk()) == 5000
    assert len(tree.render().splitlines()) == 5000
