"""`visier-mock serve`: the mock over HTTP."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import uvicorn

from ._app import create_app
from ._checks import Invalid
from ._config import (
    DEFAULT_API_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    MockConfig,
)
from ._faults import check_rule
from ._header_timeout import DEFAULT_HEADER_TIMEOUT, protocol_class
from ._state import ADMIN, ANALYTIC, CONSOLIDATED_TENANT
from ._tls import TLSFiles, make_certificate, tls_options

TENANTS = (f"Tenants: administrating {ADMIN}; analytic {', '.join(ANALYTIC)}; consolidated analytics "
           f"{CONSOLIDATED_TENANT} (listed with its data versions by GET /v1/op/data-versions, and the tenant "
           "consolidated-analytics-jobs accepts).")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="visier-mock", description="A stateful mock of Visier's Data and Job "
                                     "Handling API, for offline development and tests.", epilog=TENANTS)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the mock over HTTP", epilog=TENANTS)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--api-key", default=DEFAULT_API_KEY)
    serve.add_argument("--username", default=DEFAULT_USERNAME)
    serve.add_argument("--password", default=DEFAULT_PASSWORD)
    serve.add_argument("--client-id", default=DEFAULT_CLIENT_ID)
    serve.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET)
    serve.add_argument("--seed", type=int, default=1, help="seed of the generated data and IDs")
    serve.add_argument("--speed", type=float, default=1.0, help="how much faster than real time jobs run")
    serve.add_argument("--token-ttl", type=float, default=3600.0, help="seconds a sign-in token stays valid")
    serve.add_argument("--latency-ms", type=float, default=0.0, help="added to every answer")
    serve.add_argument("--error-503-rate", type=float, default=0.0, help="share of requests answered 503")
    serve.add_argument("--error-429-rate", type=float, default=0.0, help="share of requests answered 429")
    serve.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds on injected 429/503")
    serve.add_argument("--drop-rate", type=float, default=0.0, help="share of connections closed unanswered")
    serve.add_argument("--fault-operation", default="*", help="operationId the faults apply to (default: all)")
    serve.add_argument("--header-timeout", type=float, default=DEFAULT_HEADER_TIMEOUT,
                       help="seconds a connection may take to send its request headers before it is closed")
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate (chain) file, with --tls-key")
    serve.add_argument("--tls-key", help="the private key of --tls-cert")
    serve.add_argument("--tls-self-signed", action="store_true",
                       help="serve HTTPS with a certificate made now for --host, localhost and 127.0.0.1, signed by a "
                       "new CA whose file it prints as VISIER_CA_BUNDLE (needs the tls extra)")
    return parser


def _tls(args: argparse.Namespace, parser: argparse.ArgumentParser) -> TLSFiles | None:
    if args.tls_self_signed:
        if args.tls_cert or args.tls_key:
            parser.error("--tls-self-signed makes its own certificate: leave out --tls-cert and --tls-key")
        hosts = sorted({args.host, "localhost", "127.0.0.1"})
        try:
            return make_certificate(Path(tempfile.mkdtemp(prefix="visier-mock-tls-")), hosts)
        except RuntimeError as error:
            parser.error(str(error))
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    return TLSFiles(args.tls_cert, args.tls_key) if args.tls_cert else None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    rule = {"latency_ms": args.latency_ms, "error_503_rate": args.error_503_rate,
            "error_429_rate": args.error_429_rate, "retry_after": args.retry_after, "drop_rate": args.drop_rate}
    faults = {args.fault_operation: rule} if any(v for k, v in rule.items() if k != "retry_after") else {}
    try:
        check_rule(rule)
        config = MockConfig(api_key=args.api_key, username=args.username, password=args.password,
                            client_id=args.client_id, client_secret=args.client_secret, seed=args.seed,
                            speed=args.speed, token_ttl=args.token_ttl, faults=faults)
        protocol = protocol_class(args.header_timeout)
    except (Invalid, ValueError) as error:
        parser.error(str(error))
    tls = _tls(args, parser)
    url = f"{'https' if tls else 'http'}://{args.host}:{args.port}"
    # A local mock's credentials are not secrets: printing them is what makes the mock usable.
    print(f"visier-mock serving on {url}", flush=True)
    print(TENANTS, flush=True)
    env = {"VISIER_HOST": url, "VISIER_APIKEY": args.api_key, "VISIER_USERNAME": args.username,
           "VISIER_PASSWORD": args.password, "VISIER_CLIENT_ID": args.client_id,
           "VISIER_CLIENT_SECRET": args.client_secret}
    if tls is not None and tls.ca is not None:
        env["VISIER_CA_BUNDLE"] = tls.ca
    print(json.dumps(env, indent=2), flush=True)
    uvicorn.run(create_app(config), host=args.host, port=args.port, log_level="warning", lifespan="off",
                http=protocol, **tls_options(tls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
