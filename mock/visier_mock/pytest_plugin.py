"""pytest fixtures for the mock (filled in by the mock package)."""
