from django.urls import path

from . import views

urlpatterns = [
    path("documents/", views.document_list, name="document_list"),
    path("documents/add/", views.document_add, name="document_add"),
    path("documents/<int:pk>/", views.document_detail, name="document_detail"),
    path("documents/<int:pk>/recheck/", views.document_recheck, name="document_recheck"),
]
