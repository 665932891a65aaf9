from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from quotes import views

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/new/", views.article_create, name="article_create"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker_detail"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote_detail"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
