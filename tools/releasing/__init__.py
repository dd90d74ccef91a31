"""Release tooling for maintainers (never imported by the SDK or the mock): what a new Visier spec changes on the
surface the curated spec carries, judged by what users see (spec_diff), what the SDK's public Python API changed
since the last release (api_diff), the curator's round when Visier publishes a new spec (spec_update), and both over
Visier's whole published history (spec_history)."""
