"""The health endpoint for load balancers and monitors: can this process reach the database?

Anonymous, read-only (no session, no cookie, no cache), and tiny: 200 {"status": "ok"} or
503 {"status": "error", "database": "unreachable"}; the reason goes to the log, not to the caller.
"""

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})
