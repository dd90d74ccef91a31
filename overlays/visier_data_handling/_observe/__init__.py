"""What the SDK tells operators: OpenTelemetry spans (when the application set a tracer provider), structured log
records (``VISIER_LOG``), and the service's error IDs. See docs/observability.md."""
