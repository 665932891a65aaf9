"""Every API error as JSON: {"error": code, "detail": message, "fields": {name: [messages]}}."""

from http import HTTPStatus

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

CODES = {
    400: "invalid", 401: "not_authenticated", 403: "permission_denied", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type", 429: "throttled",
}


class Conflict(exceptions.APIException):
    status_code = HTTPStatus.CONFLICT
    default_detail = "Someone else changed this first; nothing was saved."
    default_code = "conflict"

    def __init__(self, detail=None, *, current=None):
        super().__init__(detail)
        self.current = current


def json_errors(exc, context):
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or "Not found.")
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return None
    body = {"error": CODES.get(response.status_code, "error")}
    data = response.data
    if isinstance(exc, exceptions.ValidationError) and isinstance(data, dict):
        fields = {name: [str(m) for m in (messages if isinstance(messages, list) else [messages])]
                  for name, messages in data.items() if name not in ("non_field_errors", "__all__")}
        general = data.get("non_field_errors") or data.get("__all__") or []
        body["detail"] = " ".join(str(m) for m in general) or "Some fields are not valid."
        body["fields"] = fields
    elif isinstance(data, dict) and "detail" in data:
        body["detail"] = str(data["detail"])
    else:
        body["detail"] = " ".join(str(m) for m in data) if isinstance(data, list) else str(data)
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        body["retry_after"] = int(exc.wait)
    if isinstance(exc, Conflict) and exc.current is not None:
        body["current"] = exc.current
    return Response(body, status=response.status_code, headers=dict(response.items()))
