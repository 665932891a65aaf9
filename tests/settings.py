"""Test settings: the real ones, in development mode, with tasks run in-process and fast hashing."""

import os

os.environ.setdefault("DJANGO_DEV", "1")  # development mode, chosen explicitly as `make test` does

from tracker.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
