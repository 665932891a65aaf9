"""What a reporter follows: Atom feeds of any quote list and every speaker, saved searches, and
their alerts (e-mail digests, signed webhooks), run by `manage.py sendalerts` from cron."""
