from django.urls import path

from . import views

urlpatterns = [
    path("quotes/<int:pk>/card/", views.quote_card, name="quote_card"),
    path("oembed/", views.oembed_endpoint, name="oembed"),
]
