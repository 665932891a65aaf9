"""The JSON API, /api/v1/ (Django REST framework, drf-spectacular for the OpenAPI schema): auth by
personal token or session, the roles' permissions, throttling, JSON errors, and the token page."""
