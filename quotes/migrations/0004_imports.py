# Reserved for the imports work; its schema changes go here.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("quotes", "0003_editing")]

    operations = []
