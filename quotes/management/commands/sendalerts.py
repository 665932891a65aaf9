"""Run the saved searches' alerts: record new matches, send the e-mails due, queue webhooks.

Run it from cron every minute (or every few): "immediately" means at the next run, hourly and
daily digests go out at the first run an hour or a day after the last one.

    * * * * *  cd /srv/quotes && .venv/bin/python manage.py sendalerts

Webhook deliveries themselves run on the task queue (`manage.py db_worker`).
"""

import time

from django.core.management.base import BaseCommand

from quotes.alerts.tasks import run_alerts


class Command(BaseCommand):
    help = "Check saved searches for new quotes: e-mail digests due and queue webhook deliveries."

    def add_arguments(self, parser):
        parser.add_argument("--loop", type=int, metavar="SECONDS", default=0,
                            help="Keep running, one pass every SECONDS (instead of cron).")

    def handle(self, *args, loop, **options):
        while True:
            summary = run_alerts()
            self.stdout.write(f"{summary['searches']} saved searches, {summary['matches']} new matches, "
                              f"{summary['emailed']} quotes e-mailed, {summary['retried']} webhook attempts queued.")
            if not loop:
                return
            time.sleep(loop)
