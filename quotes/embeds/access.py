"""Public reading is a deployment choice: with PUBLIC_QUOTES on, anonymous visitors may open quote
permalinks, cards and oEmbed (never rejected quotes); every other page stays behind the login.
Off, they need a session, or an API token (a CMS asking oEmbed from its server)."""

from functools import wraps

from django.conf import settings

from quotes.api.auth import login_or_token_required


def login_required_unless_public(view):
    protected = login_or_token_required(view)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if settings.PUBLIC_QUOTES:
            return view(request, *args, **kwargs)
        return protected(request, *args, **kwargs)

    return wrapped
