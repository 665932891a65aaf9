# Reserved for the browse work; its schema changes go here.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("quotes", "0001_initial")]

    operations = []
