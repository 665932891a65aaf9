import sys

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class QuotesConfig(AppConfig):
    name = "quotes"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from quotes import checks  # noqa: F401  (registers them)
        from quotes.roles import sync_roles

        post_migrate.connect(sync_roles, sender=self)
        import quotes.checking.tasks  # noqa: F401 (connects the check of newly stored quotes)
        # Notes each log-in's start for the session timeouts. Importing the middleware would connect
        # it too, but only once a first request has loaded it: a log-in before that went unnoted.
        import quotes.sessions  # noqa: F401
        from tracker.collector import collect_between_requests

        collect_between_requests()
        if "db_worker" in sys.argv[1:2]:
            # A worker's first chunk should not wait a second or two for the spaCy model.
            from quotes.extraction import get_nlp

            get_nlp()
