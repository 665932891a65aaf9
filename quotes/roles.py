"""The three newsroom roles as Django groups. Synced after every migrate, so they always exist."""

from django.contrib.auth.models import Group, Permission

JOURNALISTS, EDITORS, ADMINS = "Journalists", "Editors", "Admins"

_READ = [f"view_{model}" for model in ("outlet", "article", "speaker", "speakeralias", "source", "quote", "quotespeaker")]
_CORRECT = [
    "add_article", "change_article",
    "change_quote", "add_quotespeaker", "change_quotespeaker", "delete_quotespeaker",
    "add_speaker", "change_speaker", "add_speakeralias", "change_speakeralias", "delete_speakeralias",
    "add_source", "change_source", "add_outlet", "change_outlet",
]
_MANAGE = ["add_importbatch", "change_importbatch", "view_importbatch", "delete_importbatch",
           "delete_article", "delete_quote", "delete_speaker", "delete_source", "delete_outlet"]
_USERS = ["add_user", "change_user", "view_user", "view_group"]

ROLE_PERMISSIONS = {
    JOURNALISTS: _READ,
    EDITORS: _READ + _CORRECT,
    ADMINS: _READ + _CORRECT + _MANAGE + _USERS,
}


def sync_roles(**kwargs) -> None:
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(Permission.objects.filter(codename__in=codenames))
