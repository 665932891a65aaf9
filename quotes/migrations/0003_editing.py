# Reserved for the editing work; its schema changes go here.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("quotes", "0002_browse")]

    operations = []
