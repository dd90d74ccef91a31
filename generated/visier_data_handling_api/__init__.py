"""The models and request builders generated from the curated spec (openapi/visier-data-handling.yaml).

Each endpoint module holds ``build_request``, ``parse`` and ``OPERATION``, which the SDK (``visier_data_handling``)
sends through its one request path, with its auth, retries and errors; use the SDK's client, not these modules."""
