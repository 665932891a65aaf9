"""The three newsroom roles as Django groups. Synced after every migrate, so they always exist."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

JOURNALISTS, EDITORS, ADMINS = "Journalists", "Editors", "Admins"

_READ = [f"view_{model}" for model in ("outlet", "article", "speaker", "speakeralias", "source", "quote", "quotespeaker", "correction", "primarydocument", "quotecheck")]
_CORRECT = [
    "add_article", "change_article",
    "change_quote", "add_quotespeaker", "change_quotespeaker", "delete_quotespeaker",
    "add_speaker", "change_speaker", "add_speakeralias", "change_speakeralias", "delete_speakeralias",
    "add_source", "change_source", "add_outlet", "change_outlet",
    "add_primarydocument", "change_primarydocument",
]
_MANAGE = ["add_importbatch", "change_importbatch", "view_importbatch", "delete_importbatch",
           "delete_article", "delete_quote", "delete_speaker", "delete_source", "delete_outlet", "delete_primarydocument"]
# Managing users happens in Django's admin: list, add, change (groups, deactivation), never delete,
# so the people behind past corrections stay on record.
# Unlocking an account or address locked out after failed log-ins (django-axes) is deleting its row.
_USERS = ["add_user", "change_user", "view_user", "view_group",
          "view_accessattempt", "delete_accessattempt", "view_accessfailurelog", "view_accesslog"]

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


def within_roles(users):
    """The accounts with no more power than the roles give: not superusers, no permissions of their
    own, no group but the three roles. Only these may a non-superuser Admin change (quotes/admin.py)."""
    return users.filter(is_superuser=False, user_permissions=None).exclude(
        groups__in=Group.objects.exclude(name__in=ROLE_PERMISSIONS))


@receiver(m2m_changed, sender=get_user_model().groups.through)
def staff_follows_the_admins_role(sender, instance, action, pk_set, reverse, **kwargs):
    """Admins manage users in Django's admin, which only staff may enter: joining Admins grants it,
    leaving Admins takes it away (superusers keep theirs)."""
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    User = get_user_model()
    if reverse:  # admins_group.user_set.add(...) / .remove(...)
        if instance.name != ADMINS:
            return
        users = User.objects.filter(pk__in=pk_set)
    else:  # user.groups.add(...) / .remove(...)
        if not Group.objects.filter(pk__in=pk_set, name=ADMINS).exists():
            return
        users = User.objects.filter(pk=instance.pk)
    if action == "post_add":
        users.filter(is_staff=False).update(is_staff=True)
    else:
        users.filter(is_staff=True, is_superuser=False).update(is_staff=False)
    if not reverse:
        instance.refresh_from_db(fields=["is_staff"])
