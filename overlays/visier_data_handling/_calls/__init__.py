"""Turning a user's call into a generated request and back: arguments, pages, page-ahead and raw responses."""
