"""Settings for the quote tracker. Everything that differs between machines comes from the environment.

    DATABASE_URL          default: SQLite at var/db.sqlite3; postgres://user@host:5432/name in production
    SECRET_KEY            required, unless development mode is chosen (DJANGO_DEV=1 or DEBUG=1)
    DJANGO_DEV            1 = development mode: DEBUG on by default, a public key when SECRET_KEY is unset
    DEBUG                 default: off (on in development mode)
    ALLOWED_HOSTS         comma-separated; default 127.0.0.1,localhost when DEBUG is on
    CSRF_TRUSTED_ORIGINS  comma-separated origins (https://quotes.example.org)
    ADMIN_PATH            where Django's admin lives; default admin/
    LOGIN_FAILURE_LIMIT, LOGIN_COOLOFF_MINUTES      lockout after failed log-ins (per account, per address)
    SESSION_IDLE_MINUTES, SESSION_MAX_AGE_HOURS      sessions end when idle, and at the latest after this
    TRUSTED_PROXY_COUNT   reverse proxies in front that append to X-Forwarded-For (nginx: 1); default 0
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from tracker.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

# Development mode is a choice made out loud (`make run` and the tests make it): nothing falls back
# to DEBUG or to a public key on its own. quotes.checks warns on every command run in it.
DEVELOPMENT_MODE = env_bool("DJANGO_DEV", False)
DEBUG = env_bool("DEBUG", DEVELOPMENT_MODE)
DEVELOPMENT_MODE = DEVELOPMENT_MODE or DEBUG

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY and DEVELOPMENT_MODE:
    SECRET_KEY = "insecure-development-key-only-used-in-development-mode"
# Otherwise it stays empty: Django refuses any use of an empty key, the system check tracker.E001
# stops every command that runs checks, and a WSGI/ASGI server refuses to start (quotes.checks).
# Commands that sign nothing and need no database (manage.py extractquotes) still run.

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.forms",  # Django's widget templates, for forms rendered through TEMPLATES (FilterFormRenderer)
    "django_htmx",
    "django_filters",
    "simple_history",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from our static files, no CDN
    "axes",  # before quotes: its permissions exist when quotes.roles gives them to Admins
    "quotes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "quotes.sessions.SessionTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # Each area's template tags live in its own package (quotes/<area>/templatetags.py).
            "libraries": {
                "browse_tags": "quotes.browse.templatetags",
                "editing_tags": "quotes.editing.templatetags",
                "embed_tags": "quotes.embeds.templatetags",
                "checking_tags": "quotes.checking.templatetags",
            },
        },
    },
]

if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(exist_ok=True)  # the zero-setup SQLite file lives here; a fresh clone has no var/
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while a worker writes; the timeout rides out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A page's queries are small and many run at once; PostgreSQL's default of two parallel workers a
    # query cost more to start than they save: one speaker's search 58 -> 41 ms p50, a phrase + an outlet
    # 53 -> 45 at a million quotes on two cores (bench/web.py with and without them, alternating).
    # JIT compilation likewise: PostgreSQL compiles a query whose estimated cost passes jit_above_cost,
    # and a LIMIT over ten million quotes is estimated past it although it reads a page: the review
    # queue's waiting count ran 2 ms and compiled for 11 (EXPLAIN ANALYZE at 10M quotes).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = " ".join(filter(None, [
        options.get("options"), f"-c max_parallel_workers_per_gather={env_int('DB_PARALLEL_WORKERS', 0)}",
        f"-c jit={'on' if env_bool('DB_JIT', False) else 'off'}"]))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Brute force: django-axes locks out an account, and separately an address, after LOGIN_FAILURE_LIMIT
# failed log-ins (site and admin alike) for LOGIN_COOLOFF_MINUTES. Admins unlock in the admin
# ("Access attempts": delete the row) or with `manage.py axes_reset_username NAME`.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks: an account, or an address
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False  # no "AXES: BEGIN" banner on every command; lockouts are still logged
# The address is REMOTE_ADDR, which a client cannot forge. Behind reverse proxies (nginx) that is
# the proxy's: set TRUSTED_PROXY_COUNT to how many append to X-Forwarded-For (quotes.sessions.client_ip).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "quotes.sessions.client_ip"

# Sessions end after SESSION_IDLE_MINUTES without a request (default: a working day) and at the
# latest SESSION_MAX_AGE_HOURS after logging in, however active (quotes.sessions).
SESSION_IDLE_TIMEOUT = timedelta(minutes=env_int("SESSION_IDLE_MINUTES", 8 * 60))
SESSION_COOKIE_AGE = env_int("SESSION_MAX_AGE_HOURS", 14 * 24) * 3600

ADMIN_PATH = env_str("ADMIN_PATH", "admin/").strip("/") + "/"
if ADMIN_PATH == "/":
    raise ImproperlyConfigured("ADMIN_PATH must not be empty: the site itself lives at /.")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# collectstatic writes here and the web server (deploy/nginx) serves it under STATIC_URL.
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "media/"

# Article bodies are pasted into a form: allow long ones, but not unbounded ones.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
ARTICLE_MAX_CHARS = env_int("ARTICLE_MAX_CHARS", 200_000)

# Bulk imports (quotes/imports): uploads stream to IMPORT_DIR; every limit has a clear message when hit.
IMPORT_DIR = Path(env_str("IMPORT_DIR", str(MEDIA_ROOT / "imports")))
IMPORT_MAX_UPLOAD_BYTES = env_int("IMPORT_MAX_UPLOAD_BYTES", 512 * 1024 * 1024)
IMPORT_MAX_FILES = env_int("IMPORT_MAX_FILES", 10_000)  # files in one upload, counting ZIP members
IMPORT_MAX_RECORDS = env_int("IMPORT_MAX_RECORDS", 1_000_000)
IMPORT_MAX_UNCOMPRESSED_BYTES = env_int("IMPORT_MAX_UNCOMPRESSED_BYTES", 2 * 1024 * 1024 * 1024)
IMPORT_MAX_COMPRESSION_RATIO = env_int("IMPORT_MAX_COMPRESSION_RATIO", 100)
IMPORT_MAX_RECORD_BYTES = env_int("IMPORT_MAX_RECORD_BYTES", 4 * 1024 * 1024)  # one line, one file, one HTML page
# A partial upload no byte reached for this long is a dead connection's: swept (manage.py sweepuploads).
IMPORT_STALE_UPLOAD_SECONDS = env_int("IMPORT_STALE_UPLOAD_SECONDS", 3600)
IMPORT_CLAIM_TIMEOUT = env_int("IMPORT_CLAIM_TIMEOUT", 300)  # seconds without a sign of life before work is reclaimed
IMPORT_SUPERVISE_INTERVAL = env_int("IMPORT_SUPERVISE_INTERVAL", 15)  # seconds between checks on unfinished batches
# Workers renew their claims every IMPORT_HEARTBEAT_INTERVAL seconds (a thread beside the work).
IMPORT_HEARTBEAT_INTERVAL = env_int("IMPORT_HEARTBEAT_INTERVAL", max(1, IMPORT_CLAIM_TIMEOUT // 5))
# A reading task that fails is tried again this many times in all, waiting IMPORT_RETRY_BACKOFF
# seconds, then twice that, and so on; then the batch is marked failed with the error.
IMPORT_MAX_ATTEMPTS = env_int("IMPORT_MAX_ATTEMPTS", 4)
IMPORT_RETRY_BACKOFF = env_int("IMPORT_RETRY_BACKOFF", 30)
# A pasted article's extraction runs in a worker; past this many seconds it is marked failed.
ARTICLE_EXTRACT_SECONDS = env_int("ARTICLE_EXTRACT_SECONDS", 120)
# Articles claimed and piped through spaCy together: bigger chunks batch spaCy better and cost fewer
# claim/store round trips; smaller ones lose less work to a killed worker and end a batch more evenly.
IMPORT_EXTRACT_CHUNK = env_int("IMPORT_EXTRACT_CHUNK", 128)

# Reported speech without quotation marks ("X said that ...") is extracted as quotes of kind
# "indirect" (quotes.extraction, indirect=); off keeps only words inside quotation marks.
EXTRACT_INDIRECT = env_bool("EXTRACT_INDIRECT", True)

# Search ranks by relevance among this many of the most recent matches (PostgreSQL; "newest first"
# lists them all). The cost of a search for a common word grows with it: at 500, a word found in
# one quote in ten has its matches found among the newest ~5,000 quotes (at 1,000, twice as many:
# ~2 ms more a search on this project's benchmark machine, about a tenth of the page).
SEARCH_RANK_WINDOW = env_int("SEARCH_RANK_WINDOW", 500)
if SEARCH_RANK_WINDOW < 1:
    raise ImproperlyConfigured(f"SEARCH_RANK_WINDOW={SEARCH_RANK_WINDOW} must be at least 1.")
# Checking quotes against primary documents: a speaker's quotes dated up to this many days after
# a document are checked against it; an uploaded document may be this large.
CHECK_WINDOW_DAYS = env_int("CHECK_WINDOW_DAYS", 14)
# An editor who opens a queued quote holds it this long (or until their verdict): others see who
# is on it and work on something else, or take it over.
REVIEW_CLAIM_MINUTES = env_int("REVIEW_CLAIM_MINUTES", 10)
if REVIEW_CLAIM_MINUTES < 1:
    raise ImproperlyConfigured(f"REVIEW_CLAIM_MINUTES={REVIEW_CLAIM_MINUTES} must be at least 1.")
DOCUMENT_MAX_UPLOAD_BYTES = env_int("DOCUMENT_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)

# The JSON API (quotes/api): personal tokens or the browser's session (CSRF enforced for writes), the
# roles' permissions, a request budget per token (per user for sessions, per address when anonymous).
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "600/min")
API_PAGE_SIZE = env_int("API_PAGE_SIZE", 25)
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "quotes.api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["quotes.api.permissions.RolePermission"],
    "DEFAULT_THROTTLE_CLASSES": ["quotes.api.throttles.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"token": API_THROTTLE_RATE},
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "quotes.api.errors.json_errors",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Quote tracker API",
    "DESCRIPTION": "Quotes, speakers, articles, sources, corrections and imports. Authenticate with "
                   "`Authorization: Bearer <token>` (tokens at /account/tokens/) or a browser session.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "QuoteKindEnum": "quotes.models.quotes.Quote.Kind",
        "QuoteStatusEnum": "quotes.models.quotes.Quote.Status",
        "SpeakerKindEnum": "quotes.models.speakers.Speaker.Kind",
        "SourceKindEnum": "quotes.models.speakers.Source.Kind",
    },
}

# Alerts (quotes/alerts): e-mail digests and signed webhooks for saved searches.
# Django 6.1's mailers: the console prints e-mails while DEBUG is on; otherwise SMTP through
# EMAIL_SMTP_HOST:EMAIL_SMTP_PORT, unless EMAIL_BACKEND names another backend.
EMAIL_BACKEND_PATH = env_str("EMAIL_BACKEND", "django.core.mail.backends." + ("console" if DEBUG else "smtp") + ".EmailBackend")
MAILERS = {"default": {
    "BACKEND": EMAIL_BACKEND_PATH,
    **({"OPTIONS": {"host": env_str("EMAIL_SMTP_HOST", "localhost"), "port": env_int("EMAIL_SMTP_PORT", 25)}}
       if EMAIL_BACKEND_PATH.endswith("smtp.EmailBackend") else {}),
}}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "quotes@localhost")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")  # absolute links in e-mails and webhooks
ALERT_WEBHOOK_TIMEOUT = env_int("ALERT_WEBHOOK_TIMEOUT", 10)  # seconds per attempt
ALERT_WEBHOOK_ATTEMPTS = env_int("ALERT_WEBHOOK_ATTEMPTS", 6)  # then the delivery is marked failed
# Webhooks to loopback or private addresses are refused unless allowed (an intranet receiver, tests).
ALERT_WEBHOOK_PRIVATE = env_bool("ALERT_WEBHOOK_PRIVATE", False)

# Embeds (quotes/embeds): off by default, quote permalinks and cards need a login like every page.
PUBLIC_QUOTES = env_bool("PUBLIC_QUOTES", False)

SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # monitors may ask gunicorn directly, over plain HTTP on loopback
SECURE_CONTENT_TYPE_NOSNIFF = True
# Content-Security-Policy on every response (django.middleware.csp): scripts, styles, images and
# requests from this site only; no inline script or style attribute, no eval (htmx is configured
# without it in base.html). Django's admin needs nothing more.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"one_line_403": {"()": "tracker.logs.OneLineForbidden"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["one_line_403"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Django's own loggers write through the root's handler once (by default "django" has a
    # console handler of its own as well, so each 403 printed its traceback twice).
    "loggers": {"django": {"handlers": [], "level": env_str("LOG_LEVEL", "INFO"), "propagate": True}},
}
