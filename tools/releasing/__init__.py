"""Release tooling for maintainers (never imported by the SDK or the mock): what a new Visier spec changes on the
Data and Job Handling surface (spec_diff), what the SDK's public Python API changed since the last release
(api_diff), and the curator's round when Visier publishes a new spec (spec_update)."""
