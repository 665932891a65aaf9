from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from quotes.api import pages, views

v1 = [
    path("quotes/", views.QuoteList.as_view(), name="quote-list"),
    path("quotes/<int:pk>/", views.QuoteDetail.as_view(), name="quote-detail"),
    path("quotes/<int:pk>/corrections/", views.QuoteCorrections.as_view(), name="quote-corrections"),
    path("corrections/<int:pk>/undo/", views.CorrectionUndo.as_view(), name="correction-undo"),
    path("speakers/", views.SpeakerList.as_view(), name="speaker-list"),
    path("speakers/<int:pk>/", views.SpeakerDetail.as_view(), name="speaker-detail"),
    path("speakers/<int:pk>/corrections/", views.SpeakerCorrections.as_view(), name="speaker-corrections"),
    path("sources/", views.SourceList.as_view(), name="source-list"),
    path("sources/<int:pk>/", views.SourceDetail.as_view(), name="source-detail"),
    path("articles/", views.ArticleCreate.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article-detail"),
    path("articles/<int:pk>/status/", views.ArticleStatus.as_view(), name="article-status"),
    path("imports/", views.ImportList.as_view(), name="import-list"),
    path("imports/<int:pk>/", views.ImportDetail.as_view(), name="import-detail"),
]

api = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]

urlpatterns = [
    path("api/", include((api, "api"))),
    path("account/tokens/", pages.tokens, name="tokens"),
    path("account/tokens/<int:pk>/revoke/", pages.revoke_token, name="token_revoke"),
]
