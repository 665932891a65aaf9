from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker.health import healthz

urlpatterns = [
    path("", include("quotes.imports.urls")),
    path("", include("quotes.browse.urls")),
    path("", include("quotes.editing.urls")),
    path("", include("quotes.alerts.urls")),
    path("", include("quotes.embeds.urls")),
    path("", include("quotes.api.urls")),
    path("", include("quotes.checking.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(settings.ADMIN_PATH, admin.site.urls),
    path("healthz", healthz, name="healthz"),
]
