from django.urls import path

from quotes.views import browse

urlpatterns = [
    path("", browse.home, name="home"),
    path("speakers/", browse.speaker_list, name="speaker_list"),
    path("speakers/<int:pk>/", browse.speaker_detail, name="speaker_detail"),
    path("speakers/<int:pk>/history/", browse.speaker_history, name="speaker_history"),
    path("quotes/", browse.quote_list, name="quote_list"),
    path("quotes/export.<str:fmt>", browse.quote_export, name="quote_export"),
    path("quotes/<int:pk>/", browse.quote_detail, name="quote_detail"),
    path("articles/<int:pk>/", browse.article_detail, name="article_detail"),
]
