#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    # A checkout with no SECRET_KEY is a developer's machine: run in development mode there.
    # Production sets SECRET_KEY (and DEBUG stays off unless it says otherwise).
    if "SECRET_KEY" not in os.environ:
        os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
