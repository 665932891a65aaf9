from django.urls import path

from quotes.views import editing

urlpatterns = [
    path("quotes/<int:pk>/correct/", editing.quote_edit, name="quote_edit"),
    path("quotes/<int:pk>/correct/<slug:action>/", editing.quote_correct, name="quote_correct"),
    path("speakers/<int:pk>/correct/<slug:action>/", editing.speaker_correct, name="speaker_correct"),
    path("corrections/<int:pk>/undo/", editing.correction_revert, name="correction_revert"),
    path("autocomplete/speakers/", editing.speaker_autocomplete, name="speaker_autocomplete"),
    path("autocomplete/sources/", editing.source_autocomplete, name="source_autocomplete"),
    path("review/", editing.review_queue, name="review_queue"),
]
