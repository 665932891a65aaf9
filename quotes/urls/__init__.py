"""URL patterns, one module per area, all included by tracker/urls.py."""
