"""The user admin as a non-superuser Admin (alice) sees it: the three roles and nothing more. No
path leads up: not the change form, the add form, the password form, other groups, bulk actions
or deletion. A superuser (admin_user) keeps every power."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from quotes.roles import ADMINS, EDITORS, JOURNALISTS


@pytest.fixture
def as_alice(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def auditors(db):
    group = Group.objects.create(name="Auditors")
    group.permissions.add(Permission.objects.get(codename="delete_user"))
    return group


def change(client, user, **fields):
    data = {"username": user.username, "first_name": user.first_name, "last_name": user.last_name,
            "email": user.email, "is_active": "on", "groups": [g.pk for g in user.groups.all()],
            "date_joined_0": "2026-01-01", "date_joined_1": "00:00:00", **fields}
    return client.post(reverse("admin:auth_user_change", args=[user.pk]), data)


def test_an_admin_cannot_make_anyone_superuser_staff_or_give_permissions(as_alice, alice, charlie):
    delete_user = Permission.objects.get(codename="delete_user")
    for user in (alice, charlie):
        response = change(as_alice, user, is_superuser="on", is_staff="on", user_permissions=[delete_user.pk])
        assert response.status_code == HTTPStatus.FOUND
        user.refresh_from_db()
        assert not user.is_superuser and not user.user_permissions.exists()
        assert user.is_staff == (user == alice)  # staff follows the Admins role, not the form
    assert not alice.has_perm("auth.delete_user")
    page = as_alice.get(reverse("admin:auth_user_change", args=[alice.pk])).content.decode()
    assert 'name="is_superuser"' not in page and 'name="user_permissions"' not in page and 'name="is_staff"' not in page


def test_an_admin_assigns_the_three_roles_and_no_other_group(as_alice, charlie, auditors):
    page = as_alice.get(reverse("admin:auth_user_change", args=[charlie.pk])).content.decode()
    assert "Auditors" not in page and all(role in page for role in (ADMINS, EDITORS, JOURNALISTS))
    response = change(as_alice, charlie, groups=[auditors.pk])
    assert response.status_code == HTTPStatus.OK  # the form again, with its error
    assert "Select a valid choice" in response.content.decode()
    editors = Group.objects.get(name=EDITORS)
    assert change(as_alice, charlie, groups=[editors.pk]).status_code == HTTPStatus.FOUND
    assert list(charlie.groups.all()) == [editors]


@pytest.fixture
def privileged(django_user_model, auditors):
    """Accounts with more power than an Admin: only superusers may touch them."""
    boss = django_user_model.objects.create_superuser("boss", password="boss-password")
    direct = django_user_model.objects.create_user("dora", password="dora-password")
    direct.user_permissions.add(Permission.objects.get(codename="delete_user"))
    grouped = django_user_model.objects.create_user("gus", password="gus-password")
    grouped.groups.add(auditors)
    return [boss, direct, grouped]


def test_an_admin_cannot_touch_accounts_with_more_power(as_alice, privileged):
    for user in privileged:
        password_url = reverse("admin:auth_user_password_change", args=[user.pk])
        assert as_alice.get(password_url).status_code == HTTPStatus.FORBIDDEN
        response = as_alice.post(password_url, {"password1": "a-new-Passw0rd-x", "password2": "a-new-Passw0rd-x",
                                                "usable_password": "true"})
        assert response.status_code == HTTPStatus.FORBIDDEN
        assert change(as_alice, user, first_name="Mallory", is_active="").status_code == HTTPStatus.FORBIDDEN
        user.refresh_from_db()
        assert user.check_password(f"{user.username}-password") and user.is_active and user.first_name == ""
        page = as_alice.get(reverse("admin:auth_user_change", args=[user.pk]))
        assert page.status_code == HTTPStatus.OK and 'name="_save"' not in page.content.decode()  # read-only


def test_an_admin_can_reset_a_journalists_password(as_alice, charlie):
    url = reverse("admin:auth_user_password_change", args=[charlie.pk])
    response = as_alice.post(url, {"password1": "a-new-Passw0rd-x", "password2": "a-new-Passw0rd-x", "usable_password": "true"})
    assert response.status_code == HTTPStatus.FOUND
    charlie.refresh_from_db()
    assert charlie.check_password("a-new-Passw0rd-x")


def test_the_add_form_creates_plain_accounts_only(as_alice, django_user_model):
    response = as_alice.post(reverse("admin:auth_user_add"), {
        "username": "erin", "password1": "a-new-Passw0rd-x", "password2": "a-new-Passw0rd-x", "usable_password": "true",
        "is_superuser": "on", "is_staff": "on", "user_permissions": [Permission.objects.get(codename="delete_user").pk],
    })
    assert response.status_code == HTTPStatus.FOUND
    erin = django_user_model.objects.get(username="erin")
    assert not erin.is_superuser and not erin.is_staff and not erin.user_permissions.exists()


def test_no_bulk_action_or_deletion_for_admins(as_alice, charlie, privileged):
    changelist = reverse("admin:auth_user_changelist")
    assert "delete_selected" not in as_alice.get(changelist).content.decode()
    response = as_alice.post(changelist, {"action": "delete_selected", "_selected_action": [u.pk for u in [charlie, *privileged]],
                                          "post": "yes"})
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    assert all(type(u).objects.filter(pk=u.pk).exists() for u in [charlie, *privileged])
    response = as_alice.post(reverse("admin:auth_user_delete", args=[charlie.pk]), {"post": "yes"})
    assert response.status_code == HTTPStatus.FORBIDDEN


def test_an_admin_cannot_change_what_a_group_may_do(as_alice, auditors):
    everything = list(Permission.objects.values_list("pk", flat=True))
    admins = Group.objects.get(name=ADMINS)
    response = as_alice.post(reverse("admin:auth_group_change", args=[admins.pk]), {"name": ADMINS, "permissions": everything})
    assert response.status_code == HTTPStatus.FORBIDDEN
    response = as_alice.post(reverse("admin:auth_group_add"), {"name": "Mine", "permissions": everything})
    assert response.status_code == HTTPStatus.FORBIDDEN and not Group.objects.filter(name="Mine").exists()


def test_leaving_the_admins_role_leaves_the_admin(as_alice, alice, bob):
    admins, editors = Group.objects.get(name=ADMINS), Group.objects.get(name=EDITORS)
    assert change(as_alice, bob, groups=[admins.pk]).status_code == HTTPStatus.FOUND
    bob.refresh_from_db()
    assert bob.is_staff
    assert change(as_alice, bob, groups=[editors.pk]).status_code == HTTPStatus.FOUND
    bob.refresh_from_db()
    assert not bob.is_staff
    for leave in (lambda: alice.groups.remove(admins), lambda: admins.user_set.remove(alice)):
        alice.groups.add(admins)
        alice.refresh_from_db()
        assert alice.is_staff
        leave()
        alice.refresh_from_db()
        assert not alice.is_staff  # also outside the admin (the shell, a script)


def test_a_superuser_keeps_every_power(admin_client, charlie, auditors):
    delete_user = Permission.objects.get(codename="delete_user")
    response = change(admin_client, charlie, is_superuser="on", is_staff="on", groups=[auditors.pk],
                      user_permissions=[delete_user.pk])
    assert response.status_code == HTTPStatus.FOUND
    charlie.refresh_from_db()
    assert charlie.is_superuser and charlie.is_staff and charlie.user_permissions.get() == delete_user
