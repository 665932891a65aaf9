"""Who is asking and for how long: the client's address (for the log-in lockout) and the session
timeouts, idle and absolute."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver

STARTED, SEEN = "session_started_at", "session_seen_at"
SEEN_GRANULARITY = 60  # seconds: the session is written at most once a minute to note activity


def client_ip(request) -> str | None:
    """REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address the outermost one saw: the
    entry that many places from the end of X-Forwarded-For (entries further left are the client's say)."""
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


@receiver(user_logged_in)
def _note_start(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[STARTED] = request.session[SEEN] = now


class SessionTimeoutMiddleware:
    """Logs out a session idle for SESSION_IDLE_TIMEOUT, or older than SESSION_COOKIE_AGE since its
    log-in however busy (noting activity re-sends the cookie, so its own expiry would slide)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            started = request.session.setdefault(STARTED, now)
            seen = request.session.get(SEEN, now)
            idle = now - seen > settings.SESSION_IDLE_TIMEOUT.total_seconds()
            if idle or now - started > settings.SESSION_COOKIE_AGE:
                logout(request)
                messages.info(request, "You were logged out after a period of inactivity." if idle else
                              "Your session reached its maximum age: please log in again.")
                response = redirect_to_login(request.get_full_path())
                if request.headers.get("HX-Request") == "true":  # a fragment request: the whole page goes to log in
                    response["HX-Redirect"] = response["Location"]
                return response
            if now - seen >= SEEN_GRANULARITY or SEEN not in request.session:
                request.session[SEEN] = now
        return self.get_response(request)
