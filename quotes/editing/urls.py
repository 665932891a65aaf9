from django.urls import path

from . import views

urlpatterns = [
    path("quotes/<int:pk>/correct/", views.quote_edit, name="quote_edit"),
    path("quotes/<int:pk>/correct/<slug:action>/", views.quote_correct, name="quote_correct"),
    path("speakers/<int:pk>/correct/<slug:action>/", views.speaker_correct, name="speaker_correct"),
    path("corrections/<int:pk>/undo/", views.correction_revert, name="correction_revert"),
    path("autocomplete/speakers/", views.speaker_autocomplete, name="speaker_autocomplete"),
    path("autocomplete/sources/", views.source_autocomplete, name="source_autocomplete"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/claims/", views.review_claims, name="review_claims"),
    path("review/<int:pk>/claim/", views.review_claim, name="review_claim"),
]
