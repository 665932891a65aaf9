"""The page where a user creates, names and revokes their own API tokens (a token is shown once)."""

from http import HTTPStatus

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from quotes.models import ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(max_length=100, help_text="What the token is for, e.g. “newsroom CMS”.")


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request):
    form = TokenForm(request.POST or None)
    new_token, status = "", HTTPStatus.OK
    if request.method == "POST":
        if form.is_valid():
            _, new_token = ApiToken.issue(user=request.user, name=form.cleaned_data["name"])
            form = TokenForm()
        else:
            status = HTTPStatus.BAD_REQUEST
    context = {"form": form, "new_token": new_token, "tokens": request.user.api_tokens.all()}
    response = render(request, "quotes/api/tokens.html", context, status=status)
    response["Cache-Control"] = "no-store"  # the page shows a new token once
    return response


@login_required
@require_POST
def revoke_token(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)  # only one's own
    token.revoke()
    messages.success(request, f"Revoked “{token.name}”.")
    return redirect("tokens")
