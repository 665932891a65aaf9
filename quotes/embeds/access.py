"""Public reading is a deployment choice: with PUBLIC_QUOTES on, anonymous visitors may open quote
permalinks and cards (never rejected quotes); every other page stays behind the login."""

from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_required


def login_required_unless_public(view):
    protected = login_required(view)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if settings.PUBLIC_QUOTES:
            return view(request, *args, **kwargs)
        return protected(request, *args, **kwargs)

    return wrapped
