"""Which deep-translator classes mtcheck can drive, where their keys come from, and how to build one.

Keys are read here, from the environment (``MTCHECK_<PROVIDER>_…`` first, then the library's own variable
name) or from a mapping the caller got from its configuration, and at call time: deep-translator reads
its defaults once, at import, so a key exported later would be silently missed. A key is never a
command-line option (it would show in ``ps`` and shell history) and never part of a message: every
secret a provider uses is listed by :meth:`ProviderSetup.secrets` so that messages can be redacted.

Left out on purpose: Linguee and Pons (word dictionaries, not sentence translators) and ChatGPT (needs
the ``openai`` package).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Mapping

from mtcheck.scoring.errors import TranslatorConfigError


@dataclass(frozen=True)
class Credential:
    param: str  # the constructor parameter of the deep-translator class
    env: tuple[str, ...]  # ours first, then deep-translator's own name
    required: bool = True
    secret: bool = True


@dataclass(frozen=True)
class Provider:
    name: str
    module: str
    class_name: str
    credentials: tuple[Credential, ...] = ()
    url_param: str | None = None  # constructor parameter that takes a self-hosted endpoint
    rate_limit: float = 5.0  # default requests per second, per provider and process
    note: str = ""


def _key(provider: str, library_var: str, param: str = "api_key", required: bool = True,
         suffix: str = "API_KEY") -> Credential:
    return Credential(param, (f"MTCHECK_{provider.upper()}_{suffix}", library_var), required)


PROVIDERS: dict[str, Provider] = {p.name: p for p in (
    Provider("google", "deep_translator.google", "GoogleTranslator", rate_limit=5.0,
             note="no key; the public web endpoint allows about 5 requests a second"),
    Provider("deepl", "deep_translator.deepl", "DeeplTranslator", (_key("deepl", "DEEPL_API_KEY"),),
             rate_limit=10.0, note="MTCHECK_DEEPL_API_KEY; keys ending in :fx use the free API"),
    Provider("microsoft", "deep_translator.microsoft", "MicrosoftTranslator",
             (_key("microsoft", "MICROSOFT_API_KEY"),
              Credential("region", ("MTCHECK_MICROSOFT_REGION",), required=False, secret=False)),
             rate_limit=10.0, note="MTCHECK_MICROSOFT_API_KEY, optional MTCHECK_MICROSOFT_REGION"),
    Provider("libre", "deep_translator.libre", "LibreTranslator",
             (_key("libre", "LIBRE_API_KEY", required=False),), url_param="custom_url", rate_limit=100.0,
             note="self-hosted LibreTranslate: --translator-url; MTCHECK_LIBRE_API_KEY if the server wants one"),
    Provider("mymemory", "deep_translator.mymemory", "MyMemoryTranslator",
             (Credential("email", ("MTCHECK_MYMEMORY_EMAIL",), required=False),), rate_limit=2.0,
             note="no key; MTCHECK_MYMEMORY_EMAIL raises the daily quota"),
    Provider("yandex", "deep_translator.yandex", "YandexTranslator", (_key("yandex", "YANDEX_API_KEY"),),
             note="MTCHECK_YANDEX_API_KEY"),
    Provider("qcri", "deep_translator.qcri", "QcriTranslator", (_key("qcri", "QCRI_API_KEY"),),
             rate_limit=2.0, note="MTCHECK_QCRI_API_KEY"),
    Provider("baidu", "deep_translator.baidu", "BaiduTranslator",
             (_key("baidu", "BAIDU_APPID", "appid", suffix="APPID"),
              _key("baidu", "BAIDU_APPKEY", "appkey", suffix="APPKEY")),
             note="MTCHECK_BAIDU_APPID and MTCHECK_BAIDU_APPKEY"),
    Provider("papago", "deep_translator.papago", "PapagoTranslator",
             (Credential("client_id", ("MTCHECK_PAPAGO_CLIENT_ID",)),
              Credential("secret_key", ("MTCHECK_PAPAGO_SECRET_KEY",))),
             note="MTCHECK_PAPAGO_CLIENT_ID and MTCHECK_PAPAGO_SECRET_KEY"),
)}

# LibreTranslator refuses an empty key even when the server needs none; this placeholder passes its
# check and is removed again before any request (see ProviderSetup.build).
_NO_KEY = "-"


@dataclass(frozen=True)
class ProviderSetup:
    """A provider with its resolved constructor arguments: enough to build one translator per thread."""

    provider: Provider
    url: str | None
    kwargs: Mapping[str, Any] = field(repr=False)  # holds keys: never printed

    @property
    def name(self) -> str:
        return self.provider.name

    @property
    def identity(self) -> str:
        """Cache identity: the provider, plus the endpoint for self-hosted servers (other models)."""
        return f"{self.name}@{self.url}" if self.url else self.name

    def secrets(self) -> tuple[str, ...]:
        secret_params = {c.param for c in self.provider.credentials if c.secret}
        return tuple(str(v) for k, v in self.kwargs.items() if k in secret_params and v and v != _NO_KEY)

    def build(self, source: str, target: str) -> Any:
        """A new deep-translator instance (not thread-safe: it mutates its URL parameters per call)."""
        from mtcheck.scoring.transport import install

        cls = getattr(install(self.provider.module), self.provider.class_name)
        translator = cls(source=source, target=target, **self.kwargs)
        if self.kwargs.get("api_key") == _NO_KEY:
            translator.api_key = None  # LibreTranslator then sends no api_key field at all
        return translator


def resolve(name: str, url: str | None = None, credentials: Mapping[str, str] | None = None,
            environ: Mapping[str, str] | None = None, *, require_keys: bool = True) -> ProviderSetup:
    """Look up ``name``, read its keys (``credentials`` from config win over the environment), check the URL.

    ``require_keys=False`` (offline runs) only needs the identity: a missing key is not an error then.
    """
    provider = PROVIDERS.get(name.strip().lower())
    if provider is None:
        raise TranslatorConfigError(f"unknown translator {name!r} (known: {', '.join(sorted(PROVIDERS))})")
    env = os.environ if environ is None else environ
    given = dict(credentials or {})
    kwargs: dict[str, Any] = {}
    for cred in provider.credentials:
        value = given.get(cred.param) or next((env[v] for v in cred.env if env.get(v)), None)
        if value:
            kwargs[cred.param] = value
        elif cred.required and require_keys:
            raise TranslatorConfigError(f"translator {provider.name} needs {cred.param}: set {cred.env[0]} "
                                        "in the environment")
    if url:
        if provider.url_param is None:
            raise TranslatorConfigError(f"translator {provider.name} does not take --translator-url "
                                        "(only self-hosted services do: libre)")
        if not url.startswith(("http://", "https://")):
            raise TranslatorConfigError(f"--translator-url must start with http:// or https://, got {url!r}")
        url = url if url.endswith("/") else url + "/"  # deep-translator appends "translate" to it
        kwargs[provider.url_param] = url
    if provider.name == "libre":
        if not url and "api_key" not in kwargs and require_keys:
            raise TranslatorConfigError("translator libre needs --translator-url (a self-hosted server) or "
                                        "MTCHECK_LIBRE_API_KEY (for libretranslate.com)")
        kwargs.setdefault("api_key", _NO_KEY)
        kwargs["use_free_api"] = False
    if provider.name == "deepl":
        kwargs["use_free_api"] = str(kwargs.get("api_key", "")).endswith(":fx")
    return ProviderSetup(provider, url, kwargs)
