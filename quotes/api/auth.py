"""`Authorization: Bearer <token>` (or `Token <token>`) with a personal API token."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from quotes.models import ApiToken


def raw_token(request) -> str:
    """The token a request carries in its Authorization header, or ""."""
    words = request.META.get("HTTP_AUTHORIZATION", "").split()
    if len(words) == 2 and words[0].lower() in ("bearer", "token"):
        return words[1]
    return ""


class TokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        words = authentication.get_authorization_header(request).split()
        if not words or words[0].lower() not in (b"bearer", b"token"):
            return None
        if len(words) != 2:
            raise exceptions.AuthenticationFailed("Send the token as: Authorization: Bearer <token>.")
        user, token = ApiToken.user_for(words[1].decode("latin-1"))
        if user is None:
            raise exceptions.AuthenticationFailed("This token is unknown or was revoked.")
        return user, token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "quotes.api.auth.TokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "A personal token from /account/tokens/."}


def login_or_token_required(view):
    """For pages a program reads too (Atom feeds): a session, or an API token in the Authorization
    header; anyone else is sent to log in (a token that does not work answers 401)."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if raw := raw_token(request):
            user, _ = ApiToken.user_for(raw)
            if user is None:
                return HttpResponse("This token is unknown or was revoked.", status=401,
                                    headers={"WWW-Authenticate": 'Bearer realm="api"'})
            request.user = user
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped
