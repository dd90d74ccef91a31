"""`visier-mock serve`: the mock over HTTP.

It binds its port before saying anything, so a port in use is one error line (exit 1), not the settings and then a
traceback. Once listening it prints the URL and the settings to use, as shell ``export`` lines.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import signal
import socket
import sys
import tempfile
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

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
DISTRIBUTION = "visier-data-handling-mock"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="visier-mock", description="A stateful mock of Visier's Data and Job "
                                     "Handling API, for offline development and tests.", epilog=TENANTS)
    parser.add_argument("--version", action="version", version=f"visier-mock {version(DISTRIBUTION)}")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the mock over HTTP", epilog=TENANTS,
                           formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (0: any free port)")
    serve.add_argument("--api-key", default=DEFAULT_API_KEY, help="the API key it accepts")
    serve.add_argument("--username", default=DEFAULT_USERNAME, help="the user it accepts")
    serve.add_argument("--password", default=DEFAULT_PASSWORD, help="that user's password")
    serve.add_argument("--client-id", default=DEFAULT_CLIENT_ID, help="the OAuth client it accepts")
    serve.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET, help="that client's secret")
    serve.add_argument("--seed", type=int, default=1, help="seed of the generated data and IDs")
    serve.add_argument("--speed", type=float, default=1.0, help="how much faster than real time jobs run")
    serve.add_argument("--start", type=_start_time, default=None, metavar="TIME",
                       help="when the mock's clock starts, in ISO 8601 (such as 2026-01-01T00:00:00Z), so seeded data "
                       "and job times match on every run (default: now)")
    serve.add_argument("--token-ttl", type=float, default=3600.0, help="seconds a sign-in token stays valid")
    serve.add_argument("--latency-ms", type=float, default=0.0, help="added to every answer")
    serve.add_argument("--error-503-rate", type=float, default=0.0, help="share of requests answered 503")
    serve.add_argument("--error-429-rate", type=float, default=0.0, help="share of requests answered 429")
    serve.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds on injected 429/503")
    serve.add_argument("--drop-rate", type=float, default=0.0, help="share of connections closed unanswered")
    serve.add_argument("--fault-operation", default="*", help="operationId the faults apply to (*: all)")
    serve.add_argument("--header-timeout", type=float, default=DEFAULT_HEADER_TIMEOUT,
                       help="seconds a connection may take to send its request headers before it is closed")
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate (chain) file, with --tls-key")
    serve.add_argument("--tls-key", help="the private key of --tls-cert")
    serve.add_argument("--tls-self-signed", action="store_true",
                       help="serve HTTPS with a certificate made now for --host, localhost and 127.0.0.1, signed by a "
                       "new CA whose file it prints as VISIER_CA_BUNDLE (needs the tls extra)")
    return parser


def _exit_on_sigterm(signum: int, _: object) -> None:
    raise SystemExit(128 + signum)


def _start_time(text: str) -> float:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 time such as 2026-01-01T00:00:00Z") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


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


def settings(url: str, args: argparse.Namespace) -> list[str]:
    """The settings a client needs, as shell lines: ``eval "$(...)"`` or copy them."""
    values = {"VISIER_HOST": url, "VISIER_APIKEY": args.api_key, "VISIER_USERNAME": args.username,
              "VISIER_PASSWORD": args.password, "VISIER_CLIENT_ID": args.client_id,
              "VISIER_CLIENT_SECRET": args.client_secret}
    return [f"export {name}={shlex.quote(value)}" for name, value in values.items()]


def listen(host: str, port: int) -> socket.socket:
    """A socket bound and listening, or OSError (a port in use, an address not here)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def serve(app: Any, sock: socket.socket, protocol: type, tls: TLSFiles | None = None) -> None:
    config = uvicorn.Config(app, log_level="warning", lifespan="off", http=protocol, **tls_options(tls))
    uvicorn.Server(config).run(sockets=[sock])


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
                            speed=args.speed, start=args.start, token_ttl=args.token_ttl, faults=faults)
        protocol = protocol_class(args.header_timeout)
    except (Invalid, ValueError) as error:
        parser.error(str(error))
    tls = _tls(args, parser)
    try:
        sock = listen(args.host, args.port)
    except OSError as error:
        print(f"visier-mock: error: cannot listen on {args.host}:{args.port}: {error.strerror or error}",
              file=sys.stderr)
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"{'https' if tls else 'http'}://{host}:{sock.getsockname()[1]}"
    # A made certificate's folder holds its private key: it goes when the mock stops, on Ctrl-C or SIGTERM too
    # (uvicorn re-raises the signal it caught once it has shut down; SIGTERM's default would skip the cleanup).
    # Both are handled from before the settings are printed: a caller may stop the mock as soon as it reads them.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        # A local mock's credentials are not secrets: printing them is what makes the mock usable.
        print(f"visier-mock serving on {url}", flush=True)
        print(TENANTS, flush=True)
        lines = settings(url, args)
        if tls is not None and tls.ca is not None:
            lines.append(f"export VISIER_CA_BUNDLE={shlex.quote(str(tls.ca))}")
        print("\n".join(lines), flush=True)
        serve(create_app(config), sock, protocol, tls)
    except KeyboardInterrupt:
        return 130
    finally:
        if args.tls_self_signed and tls is not None:
            shutil.rmtree(Path(tls.certfile).parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
