"""The three newsroom roles as Django groups. Synced after every migrate, so they always exist."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

JOURNALISTS, EDITORS, ADMINS = "Journalists", "Editors", "Admins"

_READ = [f"view_{model}" for model in ("outlet", "article", "speaker", "speakeralias", "source", "quote", "quotespeaker", "correction")]
_CORRECT = [
    "add_article", "change_article",
    "change_quote", "add_quotespeaker", "change_quotespeaker", "delete_quotespeaker",
    "add_speaker", "change_speaker", "add_speakeralias", "change_speakeralias", "delete_speakeralias",
    "add_source", "change_source", "add_outlet", "change_outlet",
]
_MANAGE = ["add_importbatch", "change_importbatch", "view_importbatch", "delete_importbatch",
           "delete_article", "delete_quote", "delete_speaker", "delete_source", "delete_outlet"]
# Managing users happens in Django's admin: list, add, change (groups, deactivation), never delete,
# so the people behind past corrections stay on record.
_USERS = ["add_user", "change_user", "view_user", "view_group"]

ROLE_PERMISSIONS = {
    JOURNALISTS: _READ,
    EDITORS: _READ + _CORRECT,
    ADMINS: _READ + _CORRECT + _MANAGE + _USERS,
}


def role_needed(perm: str) -> str:
    """The least of the roles granted `perm` ("quotes.change_quote" -> "Editors")."""
    codename = perm.split(".", 1)[-1]
    return next((role for role, codenames in ROLE_PERMISSIONS.items() if codename in codenames), ADMINS)


def forbidden(perm: str) -> PermissionDenied:
    """The refusal of a request that needs `perm`, saying which role has it (templates/403.html)."""
    return PermissionDenied(f"This needs the {role_needed(perm)} role.")


def permission_required(perm: str):
    """Django's permission_required(perm, raise_exception=True), whose 403 page names the role needed."""
    def decorator(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if not request.user.has_perm(perm):
                raise forbidden(perm)
            return view(request, *args, **kwargs)
        return checked
    return decorator


def sync_roles(**kwargs) -> None:
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(Permission.objects.filter(codename__in=codenames))


@receiver(m2m_changed, sender=get_user_model().groups.through)
def admins_are_staff(sender, instance, action, pk_set, reverse, **kwargs):
    """Admins manage users in Django's admin, which only staff may enter; joining Admins grants it."""
    if action != "post_add" or reverse or not isinstance(instance, get_user_model()):
        return
    if not instance.is_staff and Group.objects.filter(pk__in=pk_set, name=ADMINS).exists():
        instance.is_staff = True
        instance.save(update_fields=["is_staff"])
