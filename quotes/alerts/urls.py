from django.urls import path

from . import views

urlpatterns = [
    path("quotes/feed/", views.quote_feed, name="quote_feed"),
    path("speakers/<int:pk>/feed/", views.speaker_feed, name="speaker_feed"),
    path("alerts/", views.saved_search_list, name="saved_search_list"),
    path("alerts/<int:pk>/", views.saved_search_detail, name="saved_search_detail"),
    path("alerts/<int:pk>/delete/", views.saved_search_delete, name="saved_search_delete"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alerts_unsubscribe"),
]
