from django.urls import path

from quotes.views import core

# The read pages (home, article, speaker, quote) live in quotes/urls/browse.py.
urlpatterns = [
    path("articles/new/", core.article_create, name="article_create"),
]
