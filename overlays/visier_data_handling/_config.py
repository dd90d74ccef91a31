"""Client settings: where the service is, which credentials to use, and the HTTP defaults.

Which credentials win when several are given (the earlier generated SDK's README passes several at once):

1. ``access_token`` -- a bearer token used as is;
2. ``cookie_auth`` -- an ASID token used as is (sent as the ``VisierASIDToken`` cookie);
3. ``username`` + ``password`` + ``client_id`` [+ ``client_secret``] -- OAuth 2.0 password grant (bearer);
4. ``client_id`` + ``client_secret`` without a username -- OAuth 2.0 client-credentials grant (bearer);
5. ``username`` + ``password`` -- ASID sign-in (cookie).

A token given directly is renewed on a 401 only when sign-in credentials of the same kind are also given
(3/4 for a bearer token, 5 for an ASID token); otherwise the 401 is raised. The ``apikey`` header is always sent.
"""

from __future__ import annotations

import enum
import os
import ssl
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs
import httpx

from ._exceptions import ConfigurationError, InvalidArgument, WrongHost
from ._http.log import logger

DEFAULT_MAX_RETRIES = 3
# A sign-in answers in seconds: a silent host is given up on after this many, retries included (sign_in_timeout=).
DEFAULT_SIGN_IN_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 60.0


class SignIn(enum.Enum):
    """How the client gets a (new) token."""

    NONE = "none"  # only a token given directly; a 401 is final
    ASID = "asid"  # POST /v1/admin/visierSecureToken with username/password
    OAUTH_PASSWORD = "password"  # POST /v1/auth/oauth2/token, grant_type=password
    OAUTH_CLIENT = "client_credentials"  # POST /v1/auth/oauth2/token, grant_type=client_credentials


class Scheme(enum.Enum):
    """How the token travels."""

    BEARER = "bearer"  # Authorization: Bearer <token>
    COOKIE = "cookie"  # Cookie: VisierASIDToken=<token>


def _secret(value: object) -> str:
    return "None" if value is None else "'***'"


@attrs.frozen(kw_only=True)
class Settings:
    """Validated settings. Secrets are left out of the repr."""

    host: str
    api_key: str = attrs.field(repr=_secret)
    username: str | None = None
    password: str | None = attrs.field(default=None, repr=_secret)
    access_token: str | None = attrs.field(default=None, repr=_secret)
    asid_token: str | None = attrs.field(default=None, repr=_secret)
    client_id: str | None = None
    client_secret: str | None = attrs.field(default=None, repr=_secret)
    target_tenant_id: str | None = None
    scheme: Scheme = Scheme.COOKIE
    sign_in: SignIn = SignIn.NONE

    def secrets(self) -> list[str]:
        """Every secret value, for log redaction."""
        values = (self.api_key, self.password, self.access_token, self.asid_token, self.client_secret)
        return [v for v in values if v]


def _pick(name: str, *values: str | None) -> str | None:
    """The one value given under several names; two different values is a contradiction."""
    given = {v for v in values if v not in (None, "")}
    if len(given) > 1:
        raise ConfigurationError(f"{name} was given twice with different values; pass it once")
    return given.pop() if given else None


def build_settings(
    *,
    host: str | None,
    api_key: str | None,
    api_key_auth: str | None = None,
    username: str | None = None,
    password: str | None = None,
    access_token: str | None = None,
    cookie_auth: str | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    target_tenant_id: str | None = None,
) -> Settings:
    """Check the settings together; every problem found is named in one ConfigurationError."""
    problems: list[str] = []
    host_with_path = ""
    key = _pick("the API key (api_key / api_key_auth)", api_key, api_key_auth)
    if not host:
        problems.append("host (or VISIER_HOST / VISIER_VANITY in the environment)")
    elif not host.startswith(("http://", "https://")):
        problems.append(f"host as a URL starting with https:// (got {host!r})")
    elif urlsplit(host).path.strip("/"):  # sign-in and every call go to the host's own paths
        host_with_path = f"host as the service's URL with no path, such as https://tenant.api.visier.io (got {host!r})"
        problems.append(host_with_path)
    if not key:
        problems.append("api_key (or VISIER_APIKEY)")
    if password and not username:
        problems.append("username (VISIER_USERNAME), since a password was given")
    if username and not password:
        problems.append("password (VISIER_PASSWORD), since a username was given")
    if client_secret and not client_id:
        problems.append("client_id (VISIER_CLIENT_ID), since a client secret was given")
    user = bool(username and password)
    if client_id and not client_secret and not user:
        problems.append("client_secret (VISIER_CLIENT_SECRET), or username and password for the password grant")

    if user and client_id:
        sign_in, scheme = SignIn.OAUTH_PASSWORD, Scheme.BEARER
    elif client_id and client_secret:
        sign_in, scheme = SignIn.OAUTH_CLIENT, Scheme.BEARER
    elif user:
        sign_in, scheme = SignIn.ASID, Scheme.COOKIE
    else:
        sign_in, scheme = SignIn.NONE, Scheme.BEARER
    if access_token:
        scheme = Scheme.BEARER
        if sign_in is SignIn.ASID:
            sign_in = SignIn.NONE  # an ASID sign-in cannot renew a bearer token
    elif cookie_auth:
        scheme = Scheme.COOKIE
        if sign_in is not SignIn.ASID:
            sign_in = SignIn.NONE
    elif sign_in is SignIn.NONE and not problems:
        problems.append(
            "credentials: username and password, client_id and client_secret, or an access_token "
            "(VISIER_USERNAME/VISIER_PASSWORD or VISIER_CLIENT_ID/VISIER_CLIENT_SECRET)"
        )
    if problems == [host_with_path]:
        raise WrongHost(f"{host!r} may not be a Visier API's URL, since it has a path; set " + host_with_path)
    if problems:
        raise ConfigurationError("Visier client is not configured; set " + "; ".join(problems))
    assert host is not None and key is not None
    return Settings(
        host=host.rstrip("/"),
        api_key=key,
        username=username,
        password=password,
        access_token=access_token or None,
        asid_token=cookie_auth or None,
        client_id=client_id,
        client_secret=client_secret,
        target_tenant_id=target_tenant_id,
        scheme=scheme,
        sign_in=sign_in,
    )


def env_settings(environ: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The VISIER_* environment variables as constructor arguments."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        return env.get(name) or None

    host, vanity = get("VISIER_HOST"), get("VISIER_VANITY")
    from_vanity = f"https://{vanity}.api.visier.io" if vanity else None
    if host and from_vanity and host.rstrip("/") != from_vanity:
        raise ConfigurationError(f"VISIER_HOST ({host}) and VISIER_VANITY ({vanity}) disagree; set only one of them")
    return {
        "host": host or from_vanity,
        "api_key": get("VISIER_APIKEY"),
        "username": get("VISIER_USERNAME"),
        "password": get("VISIER_PASSWORD"),
        "client_id": get("VISIER_CLIENT_ID"),
        "client_secret": get("VISIER_CLIENT_SECRET"),
        "target_tenant_id": get("VISIER_TARGET_TENANT_ID"),
        "proxy": get("VISIER_PROXY"),
        "verify": get("VISIER_CA_BUNDLE"),
    }


ProxyTypes = str | httpx.URL | httpx.Proxy
VerifyTypes = bool | str | os.PathLike[str] | ssl.SSLContext
CertTypes = str | tuple[str, str] | tuple[str, str, str]  # httpx's: certificate file, key file, key password


def _proxy_repr(proxy: httpx.Proxy | None) -> str:
    return "None" if proxy is None else repr(str(proxy.url))  # the URL without its credentials


@attrs.frozen(kw_only=True)
class Network:
    """Which proxy and which certificate authorities the network transports use (as httpx decides them: see
    ``_http/network.py``). The proxy's credentials and the key's password are left out of the repr."""

    proxy: httpx.Proxy | None = attrs.field(default=None, repr=_proxy_repr)
    verify: ssl.SSLContext | str | bool = True
    cert: tuple[str, ...] | None = attrs.field(default=None, repr=lambda c: "None" if c is None else repr(c[0]))
    trust_env: bool = True

    def secrets(self) -> list[str]:
        """The proxy's credentials and the client key's password, for log redaction."""
        found = [self.cert[2]] if self.cert is not None and len(self.cert) > 2 else []
        return found + proxy_secrets(self.proxy)


def proxy_secrets(proxy: httpx.Proxy | None) -> list[str]:
    if proxy is None or proxy.auth is None:
        return []
    user, password = proxy.auth
    return [password, f"{user}:{password}", _basic(user, password)]


def _basic(user: str, password: str) -> str:
    import base64

    return base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def proxy_authorization(proxy: httpx.Proxy) -> dict[str, str]:
    """The ``Proxy-Authorization`` header for a proxy given with credentials (none without)."""
    return {} if proxy.auth is None else {"Proxy-Authorization": f"Basic {_basic(*proxy.auth)}"}


def _proxy(value: object) -> httpx.Proxy | None:
    if value is None or isinstance(value, httpx.Proxy):
        return value
    if not isinstance(value, str | httpx.URL):
        raise ConfigurationError(f"proxy must be a URL or an httpx.Proxy, not {type(value).__name__}")
    try:
        return httpx.Proxy(value)
    except (ValueError, httpx.InvalidURL):  # never echoed: the URL may hold credentials
        raise ConfigurationError(
            "proxy must be a URL with an http://, https:// or socks5:// scheme, such as http://proxy.example.com:3128"
        ) from None


def _existing(name: str, value: object) -> str:
    if not isinstance(value, str | os.PathLike):
        raise ConfigurationError(f"{name} must be a path, not {type(value).__name__}")
    path = os.fspath(value)
    if not os.path.exists(path):
        raise ConfigurationError(f"{name}: no such file or directory: {path!r}")
    return str(path)


def network_settings(proxy: object = None, verify: object = True, cert: object = None,
                     trust_env: object = True) -> Network:
    """Check the proxy and TLS settings; ``verify=False`` is logged as a warning, since it lets anyone on the path
    read and change the traffic."""
    if not isinstance(trust_env, bool):
        raise ConfigurationError(f"trust_env must be True or False, not {trust_env!r}")
    checked = verify if isinstance(verify, bool | ssl.SSLContext) else _existing("verify (a CA bundle)", verify)
    if checked is False:
        logger.warning("TLS certificates are not checked (verify=False, --insecure): anyone on the network path can "
                       "read and change this client's traffic, credentials included")
    certs = None
    if cert is not None:
        parts = (cert,) if isinstance(cert, str | os.PathLike) else cert
        if not isinstance(parts, tuple) or not 1 <= len(parts) <= 3 or not all(isinstance(p, str) for p in parts[2:]):
            raise ConfigurationError("cert must be a certificate file, or (certificate file, key file[, password])")
        certs = (*(_existing("cert", p) for p in parts[:2]), *parts[2:])
    return Network(proxy=_proxy(proxy), verify=checked, cert=certs, trust_env=trust_env)


USER_AGENT = "visier-data-handling-python/0.2.0"

TimeoutTypes = float | httpx.Timeout | None


def call_timeout(value: object) -> httpx.Timeout:
    if value is None:
        return httpx.Timeout(DEFAULT_READ_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidArgument(f"timeout must be a positive number of seconds, not {value!r}", argument="timeout")
    return httpx.Timeout(float(value))


def sign_in_timeout_setting(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise InvalidArgument(
            f"sign_in_timeout must be a positive number of seconds, not {value!r}", argument="sign_in_timeout"
        )
    return float(value)


def max_retries_setting(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgument(f"max_retries must be an int >= 0, not {value!r}", argument="max_retries")
    return value
