"""Everything between a request and the wire: auth and the one sign-in, retries, transports, logging and the errors a
broken connection turns into. Nothing here knows an operation by name."""
