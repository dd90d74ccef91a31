"""Compatibility name for code written against the earlier generated SDK."""
