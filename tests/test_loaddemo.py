from django.contrib.auth import get_user_model
from django.core.management import call_command

from quotes.demo import demo_articles
from quotes.models import Article, Quote


def test_it_loads_demo_users_and_articles_once(db, tmp_path, settings, capsys):
    settings.VAR_DIR = tmp_path
    call_command("loaddemo")
    out = capsys.readouterr().out
    demo = get_user_model().objects.get(username="demo")
    password = (tmp_path / "demo-credentials.txt").read_text().split("\n")[0].split(" ")[1]
    assert demo.check_password(password) and password in out
    assert demo.has_perm("quotes.add_article") and demo.has_perm("quotes.add_importbatch")
    assert Article.objects.count() == len(demo_articles()) >= 5
    assert Quote.objects.count() >= 4 * len(demo_articles())
    assert not Article.objects.exclude(extraction_status=Article.ExtractionStatus.DONE).exists()

    call_command("loaddemo")
    assert Article.objects.count() == len(demo_articles())
    demo.refresh_from_db()
    assert demo.check_password(password)
