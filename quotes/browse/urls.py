from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("speakers/", views.speaker_list, name="speaker_list"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker_detail"),
    path("speakers/<int:pk>/history/", views.speaker_history, name="speaker_history"),
    path("quotes/", views.quote_list, name="quote_list"),
    path("quotes/export.<str:fmt>", views.quote_export, name="quote_export"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote_detail"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
]
