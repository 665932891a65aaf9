from django.urls import path

from quotes.views import core

urlpatterns = [
    path("", core.home, name="home"),
    path("articles/new/", core.article_create, name="article_create"),
    path("articles/<int:pk>/", core.article_detail, name="article_detail"),
    path("speakers/<int:pk>/", core.speaker_detail, name="speaker_detail"),
    path("quotes/<int:pk>/", core.quote_detail, name="quote_detail"),
]
