from django.urls import path

from . import views

urlpatterns = [
    path("articles/new/", views.article_create, name="article_create"),
    path("articles/<int:pk>/extract/", views.article_retry, name="article_retry"),
    path("imports/", views.upload, name="import_upload"),
    path("imports/<int:pk>/", views.batch_detail, name="batch_detail"),
    path("imports/<int:pk>/problems.csv", views.batch_problems_csv, name="batch_problems_csv"),
    path("imports/<int:pk>/problems/<slug:kind>/", views.batch_problems, name="batch_problems"),
    path("imports/<int:pk>/retry/", views.batch_retry, name="batch_retry"),
    path("imports/<int:pk>/articles/<int:article_pk>/retry/", views.batch_retry, name="batch_retry_article"),
]
