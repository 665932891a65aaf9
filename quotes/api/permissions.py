"""The web's roles (quotes/roles.py) for the API: each view names the permission each method needs."""

from rest_framework import permissions


class RolePermission(permissions.BasePermission):
    """Signed in, and holding the view's `required_perms[method]` (GET/HEAD/OPTIONS fall back to
    "GET"). A method a view does not list is refused."""

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        needed = getattr(view, "required_perms", {})
        method = "GET" if request.method in permissions.SAFE_METHODS else request.method
        if method not in needed:
            return method == "GET" and not needed  # views without a table: any signed-in user may read
        return request.user.has_perm(needed[method])
