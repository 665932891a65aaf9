from django.apps import AppConfig
from django.db.models.signals import post_migrate


class QuotesConfig(AppConfig):
    name = "quotes"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from quotes.roles import sync_roles

        post_migrate.connect(sync_roles, sender=self)
