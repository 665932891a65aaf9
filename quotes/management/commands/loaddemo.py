"""Create the demo users and load the demo articles, extracting their quotes. Safe to run twice."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from quotes.demo import demo_articles
from quotes.models import Article, Outlet, content_hash
from quotes.roles import ADMINS, EDITORS, JOURNALISTS
from quotes.store.extractions import extract_articles

DEMO_USERS = [("demo", ADMINS, True), ("editor", EDITORS, False), ("reporter", JOURNALISTS, False)]


class Command(BaseCommand):
    help = "Create demo users (demo/editor/reporter) and load the demo articles."

    def handle(self, *args, **options):
        credentials = settings.VAR_DIR / "demo-credentials.txt"
        known = dict(line.split(" ", 1) for line in credentials.read_text().splitlines()) if credentials.exists() else {}
        User = get_user_model()
        for username, role, is_staff in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username, defaults={"is_staff": is_staff})
            if created or username not in known:
                known[username] = secrets.token_urlsafe(9)
                user.set_password(known[username])
                user.save()
            user.groups.add(Group.objects.get(name=role))
        credentials.parent.mkdir(parents=True, exist_ok=True)
        credentials.write_text("".join(f"{name} {password}\n" for name, password in known.items()))
        credentials.chmod(0o600)

        new_articles = []
        for demo in demo_articles():
            if Article.objects.filter(content_hash=content_hash(demo.body)).exists():
                continue
            outlet, _ = Outlet.objects.get_or_create(name=demo.outlet)
            new_articles.append(
                Article.objects.create(
                    title=demo.title, outlet=outlet, published=demo.published, url=demo.url, body=demo.body
                )
            )
        extract_articles(articles=new_articles)
        self.stdout.write(f"Loaded {len(new_articles)} new demo article(s).")
        for username, role, _ in DEMO_USERS:
            self.stdout.write(self.style.SUCCESS(f"  log in as {username!r} ({role}) with password {known[username]!r}"))
