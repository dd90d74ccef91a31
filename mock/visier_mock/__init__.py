"""A stateful, spec-driven mock of Visier's Data and Job Handling service."""
