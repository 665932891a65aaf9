"""System checks of the project's own: development mode is said out loud on every command run in it
(and by announce() when a WSGI/ASGI server loads the app, where no checks run)."""

import sys

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=False)
def development_mode(app_configs, **kwargs):
    if not getattr(settings, "DEVELOPMENT_MODE", False):
        return []
    public_key = not settings.SECRET_KEY or settings.SECRET_KEY.startswith("insecure-development-key")
    return [Warning(
        "Running in DEVELOPMENT MODE" + (" with DEBUG on" if settings.DEBUG else "")
        + (" and a public SECRET_KEY" if public_key else "") + ". Never serve real users like this.",
        hint="Production: unset DJANGO_DEV and DEBUG, and set SECRET_KEY (see README, Configuration).",
        id="tracker.W001",
    )]


def announce() -> None:
    for warning in development_mode(None):
        print(f"WARNING: {warning.msg} {warning.hint}", file=sys.stderr, flush=True)
