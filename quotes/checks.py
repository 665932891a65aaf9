"""System checks of the project's own: no SECRET_KEY outside development mode is an error, and
development mode is said out loud on every command run in it (announce() does both when a WSGI/ASGI
server loads the app, where no checks run)."""

import sys

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

MISSING_SECRET_KEY = (
    "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random string "
    "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), or choose development mode "
    "on your own machine with DJANGO_DEV=1 (as `make run` does).")


def _secret_key_missing() -> bool:
    try:
        return not settings.SECRET_KEY
    except ImproperlyConfigured:  # Django refuses to hand out an empty key
        return True


@register(Tags.security)
def secret_key_set(app_configs, **kwargs):
    if _secret_key_missing():
        return [Error(MISSING_SECRET_KEY, id="tracker.E001")]
    return []


@register(Tags.security, deploy=False)
def development_mode(app_configs, **kwargs):
    if not getattr(settings, "DEVELOPMENT_MODE", False):
        return []
    public_key = _secret_key_missing() or settings.SECRET_KEY.startswith("insecure-development-key")
    return [Warning(
        "Running in DEVELOPMENT MODE" + (" with DEBUG on" if settings.DEBUG else "")
        + (" and a public SECRET_KEY" if public_key else "") + ". Never serve real users like this.",
        hint="Production: unset DJANGO_DEV and DEBUG, and set SECRET_KEY (see README, Configuration).",
        id="tracker.W001",
    )]


def announce() -> None:
    if _secret_key_missing():
        raise ImproperlyConfigured(MISSING_SECRET_KEY)
    for warning in development_mode(None):
        print(f"WARNING: {warning.msg} {warning.hint}", file=sys.stderr, flush=True)
