from django.urls import path

from quotes.views import imports

urlpatterns = [
    path("imports/", imports.upload, name="import_upload"),
    path("imports/<int:pk>/", imports.batch_detail, name="batch_detail"),
    path("imports/<int:pk>/problems.csv", imports.batch_problems_csv, name="batch_problems_csv"),
    path("imports/<int:pk>/retry/", imports.batch_retry, name="batch_retry"),
    path("imports/<int:pk>/articles/<int:article_pk>/retry/", imports.batch_retry, name="batch_retry_article"),
]
