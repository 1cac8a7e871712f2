"""Settings for the Alliance platform, read from environment variables.

Development defaults are safe and need nothing set: a SQLite file beside the project,
DEBUG on, emails printed to the console. Production sets the variables listed in the README.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    """A variable's value, or the contents of the file named by NAME_FILE (for secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text().strip()
    return os.environ.get(name, default)


def envbool(name, default):
    return env(name, "1" if default else "0").strip().lower() in ("1", "true", "yes", "on")


def envint(name, default):
    return int(env(name, str(default)))


def envfloat(name, default):
    return float(env(name, str(default)))


def envlist(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", True)
# Only the development default is in the code; production must set SECRET_KEY (checked below).
SECRET_KEY = env("SECRET_KEY") or ("dev-only-insecure-key" if DEBUG else "")
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY must be set when DEBUG is off")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")


def local_address(host, port):
    """The address of a site served on this machine (`make run HOST=... PORT=...`)."""
    host = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host  # noqa: S104 (not a bind address)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


# The public address in emails and the back office: SITE_URL in production; without it, the
# HOST and PORT the site is served on in development (`make run PORT=8101`).
SITE_URL = (env("SITE_URL") or local_address(env("HOST", "127.0.0.1"), env("PORT", "8000"))).rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = "European Alliance of Cities and Regions for Roma Inclusion"

INSTALLED_APPS = [
    "alliance.core",
    "alliance.site",
    "alliance.authorities",
    "alliance.participants",
    "alliance.focalpoints",
    "alliance.applications",
    "alliance.declaration",
    "alliance.programmes",
    "alliance.networks",
    "alliance.events",
    "alliance.news",
    "alliance.practices",
    "alliance.library",
    "alliance.prizes",
    "alliance.actionplans",
    "alliance.subscriptions",
    "alliance.opendata",
    "alliance.embed",
    "alliance.portal",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "import_export",
    "django_tasks",
    "django_tasks_db",
    "django_htmx",
    "ninja",
    "corsheaders",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: the security headers on every answer, those of the middleware below included.
    "alliance.core.security_headers.SecurityHeadersMiddleware",
    # Prometheus: every answer and its latency, for the operator (alliance.core.metrics).
    "alliance.core.metrics.RequestMetricsMiddleware",
    "alliance.core.request_limits.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Cache-Control, validators and 304s: outside the middleware that set cookies and tokens.
    "alliance.core.http_caching.CachePolicyMiddleware",
    "alliance.core.generations.GenerationsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "alliance.site.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "alliance.core.twofactor.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "alliance.authorities.footnotes.KosovoFootnoteMiddleware",
    # A clear 503 "try again" page while the database cannot be reached (a restart, a failover).
    "alliance.core.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "alliance.urls"

# Open data may be read from any other site's scripts: the API and every list's files, for GET
# only and without cookies. Everything else (forms, the back office) stays same-origin.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/(api/.*|(en|fr)/.*/[\w-]+\.(csv|xlsx|json|geojson|pdf|png))$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = 86400
WSGI_APPLICATION = "alliance.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "alliance.portal.context_processors.site_shell",
            ],
        },
    },
]

# Database: a SQLite file by default, PostgreSQL (or another server) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the task worker and the web process use the file at the same time.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache (see "Caching and coherence" in the README). Figures are cached under generations that the
# database bumps with every change, so no process can serve a stale one from any cache. The cache
# shared by every process is Redis through CACHE_URL (several machines), else the database's own
# cache table (`make run`: coherent across its processes with no other service). "memory" keeps
# it in each process (development with one process only; `check --deploy` refuses it).
CACHE_URL = env("CACHE_URL")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    # An unreachable Redis is a cache miss, never an error, and costs one timeout per RETRY_SECONDS
    # (`alliance/core/cache.py`); a hung one answers nothing within these socket timeouts.
    _SHARED_CACHE = {
        "BACKEND": "alliance.core.cache.ResilientRedisCache",
        "LOCATION": CACHE_URL,
        "OPTIONS": {
            "socket_connect_timeout": envfloat("CACHE_CONNECT_TIMEOUT", 0.5),
            "socket_timeout": envfloat("CACHE_TIMEOUT", 1.0),
            "RETRY_SECONDS": envfloat("CACHE_RETRY_SECONDS", 5.0),
        },
    }
elif CACHE_URL in ("", "database"):
    _SHARED_CACHE = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "alliance_cache"}
elif CACHE_URL == "memory":
    _SHARED_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
else:
    raise RuntimeError("CACHE_URL must be redis://..., rediss://..., unix://..., 'database' or 'memory'")
CACHES = {
    "default": {**_SHARED_CACHE, "KEY_PREFIX": env("CACHE_KEY_PREFIX")},
    # Each process's own copy of figures read again and again; safe because their keys hold the
    # generations (`core/generations.py`). Nothing else may be stored here.
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "alliance-figures",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English and French, every public page under /en/ or /fr/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
# Dates as each language writes them ("16 July 2018"); see alliance/core/dates.py for "1er".
FORMAT_MODULE_PATH = ["alliance.formats"]
# Every form field is written by one template (alliance/core/forms.py).
FORM_RENDERER = "alliance.core.forms.FormRenderer"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "alliance" / "locale"]
USE_I18N = True
# Strasbourg, the secretariat's seat, keeps the time of Paris: every page, file, API answer, email
# and back-office screen shows moments and days in this zone, and names it (see alliance/formats/).
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Whitenoise names the types it knows; these it does not, and would serve as application/octet-stream.
WHITENOISE_MIMETYPES = {".ttf": "font/ttf", ".otf": "font/otf", ".webmanifest": "application/manifest+json"}
SERVE_MEDIA = envbool("SERVE_MEDIA", True)

# Request bodies. A body larger than REQUEST_BODY_MAX_BYTES (the back office: ADMIN_REQUEST_BODY_MAX_BYTES)
# is refused from its Content-Length before any of it is read; the public forms' largest file is
# APPLICATION_LETTER_MAX_BYTES. Fields other than files may take DATA_UPLOAD_MAX_MEMORY_SIZE in all;
# a file above FILE_UPLOAD_MAX_MEMORY_SIZE goes to a temporary file instead of memory.
APPLICATION_LETTER_MAX_BYTES = envint("APPLICATION_LETTER_MAX_BYTES", 10 * 1024 * 1024)
REQUEST_BODY_MAX_BYTES = envint("REQUEST_BODY_MAX_BYTES", APPLICATION_LETTER_MAX_BYTES + 1024 * 1024)
ADMIN_REQUEST_BODY_MAX_BYTES = envint("ADMIN_REQUEST_BODY_MAX_BYTES", 64 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 20
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Uploaded letters and other private files: never under MEDIA_URL, only served after a permission check.
PRIVATE_STORAGE_ROOT = Path(env("PRIVATE_STORAGE_ROOT", str(BASE_DIR / "var" / "private")))

# Email: printed to the console by default; EMAIL_URL=smtp://user:password@host:port (smtps:// for TLS).
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Alliance secretariat <roma.alliance@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SECRETARIAT_EMAIL = env("SECRETARIAT_EMAIL", "roma.alliance@example.org")
EMAIL_URL = env("EMAIL_URL")
if EMAIL_URL:
    _mail = urlparse(EMAIL_URL)
    _options = parse_qs(_mail.query)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _mail.hostname or "localhost"
    EMAIL_PORT = _mail.port or 25
    EMAIL_HOST_USER = unquote(_mail.username or "")
    EMAIL_HOST_PASSWORD = unquote(_mail.password or "")
    EMAIL_USE_SSL = _mail.scheme == "smtps"
    EMAIL_USE_TLS = "starttls" in _options
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Background work: the django-tasks API on the database queue, served by `manage.py run_tasks`.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Security. The production values are switched on whenever DEBUG is off.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    # Only `make run`, serving plain HTTP on this machine, turns secure cookies off.
    SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
    SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0

# Two-factor sign-in for the back office: on in production, off in development and in `make run`'s demo.
STAFF_2FA_REQUIRED = envbool("STAFF_2FA_REQUIRED", not DEBUG)
OTP_TOTP_ISSUER = "Roma Alliance back office"
# Backup codes are limited by the "staff-2fa" rate limit below (per account and address); django-otp's
# own growing delay would also refuse a right code typed just after a wrong one, as if it were wrong.
OTP_STATIC_THROTTLE_FACTOR = 0

# A strict policy for the public site: every script, style, font and image comes from the site itself.
# Wagtail's back office relies on inline scripts and styles, so it is left out of this policy.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Images: the largest an editor needs (a 40-megapixel photograph; larger ones are scaled down before
# upload), refused from its header above that; and at most IMAGE_RENDER_SLOTS renders at a time on
# each machine (alliance/core/image_renders.py), each taking up to about 4 bytes a pixel twice.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = envint("IMAGE_MAX_PIXELS", 40_000_000)
IMAGE_RENDER_SLOTS = envint("IMAGE_RENDER_SLOTS", 2)
IMAGE_RENDER_WAIT_SECONDS = envint("IMAGE_RENDER_WAIT_SECONDS", 10)
IMAGE_RENDER_SLOTS_DIR = env("IMAGE_RENDER_SLOTS_DIR", str(BASE_DIR / "var" / "render-slots"))

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No avatars from gravatar.com: it would learn a hash of every staff email and break offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# One zone for everyone: the back office shows every moment in Strasbourg's time, like the pages,
# the files, the API and the emails, so no account offers another (Wagtail hides the choice).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
# Private pages and documents open to signed-in people: the one sign-in, the back office's.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "alliance.core.twofactor.login.StaffPasswordResetForm"  # noqa: S105 - a path
LOGIN_URL = "wagtailadmin_login"
# Private pages and documents open to signed-in people: the one sign-in, the back office's.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}, "wagtail": {"level": "WARNING"}},
}

# The demo administrator that `manage.py load_demo` creates; only `make run` sets a password for it.
DEMO_ADMIN_USERNAME = env("DEMO_ADMIN_USERNAME", "admin")
DEMO_ADMIN_PASSWORD = env("DEMO_ADMIN_PASSWORD")

# ---- alliance.core: rate limits, anti-spam and email retries (owned by core) ----
# Attempts allowed per client address ("ip") and per canonical email address ("email"), fixed windows.
RATE_LIMITS = {
    "join": {"ip": "10/hour", "email": "3/hour"},
    "cooperate": {"ip": "10/hour", "email": "3/hour"},
    "contact": {"ip": "10/hour", "email": "5/hour"},
    "declaration-sign": {"ip": "20/hour", "email": "3/hour"},
    "subscribe": {"ip": "10/hour", "email": "3/hour"},
    # Emails telling a signer that someone signed again in their name: a few a day at most.
    "declaration-signed-again": {"email": "3/day"},
    "staff-2fa": {"ip": "20/hour", "email": "10/hour"},
    # Doors that take a password: every attempt counts against the address, per form; wrong passwords
    # make that address wait for that account (alliance/core/sign_in.py), so nobody is locked out.
    "staff-sign-in": {"ip": "30/hour"},
    "focal-point-login": {"ip": "30/hour"},
    "page-password": {"ip": "30/hour"},
    "document-password": {"ip": "30/hour"},
    # Requests for a new password, counted apart from sign-in: per address, and per account's mailbox.
    "password-reset": {"ip": "10/hour", "email": "5/hour"},
}
# Behind N reverse proxies that append to X-Forwarded-For, the client address is taken from there,
# and only from a request that came from one of TRUSTED_PROXIES (addresses or networks, e.g.
# "10.0.1.5,10.0.2.0/24"): a client reaching a node directly cannot choose its address.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
TRUSTED_PROXIES = envlist("TRUSTED_PROXIES", "127.0.0.1,::1")
# Public forms: minimum and maximum seconds between showing and sending (no proof of work), and
# the proof-of-work difficulty in leading zero bits (0 turns it off). FORM_PROTECTION=0 skips the check.
FORM_MIN_SECONDS = envint("FORM_MIN_SECONDS", 2)
FORM_MAX_AGE = envint("FORM_MAX_AGE", 6 * 3600)
# The same sender sending the same words through the same public form within this many seconds is
# told "we already have it" (a page fetched again by Back carries a fresh token).
FORM_REPEAT_WINDOW = envint("FORM_REPEAT_WINDOW", 6 * 3600)
PROOF_OF_WORK_BITS = envint("PROOF_OF_WORK_BITS", 16)
FORM_PROTECTION_ENABLED = envbool("FORM_PROTECTION", True)
# Retention of personal data (days), applied by the periodic loop and stated in the privacy notice:
# applications and proposals never confirmed, and decided ones; contact messages; sent emails.
PERSONAL_DATA_RETENTION_DAYS = {
    "unconfirmed": envint("RETENTION_UNCONFIRMED_DAYS", 30),
    "decided": envint("RETENTION_DECIDED_DAYS", 3 * 365),
    "contact": envint("RETENTION_CONTACT_DAYS", 2 * 365),
}
SENT_EMAIL_RETENTION_DAYS = envint("RETENTION_SENT_EMAIL_DAYS", 365)
# Seconds to wait before each new attempt at an email that could not be sent; then it is marked failed.
EMAIL_RETRY_DELAYS = [60, 120, 300, 600, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 86400, 86400]

# ---- alliance.core: health, metrics and backups (owned by core) ----
# /healthz calls a part "late" or "stale" past these ages (seconds): the oldest email not sent yet,
# the task worker's last heartbeat (it beats every 15 s), the periodic loop's (once a round, 60 s).
HEALTH_OUTBOX_LATE_SECONDS = envint("HEALTH_OUTBOX_LATE_SECONDS", 900)
HEALTH_WORKER_STALE_SECONDS = envint("HEALTH_WORKER_STALE_SECONDS", 90)
HEALTH_PERIODIC_STALE_SECONDS = envint("HEALTH_PERIODIC_STALE_SECONDS", 300)
# Where `make backup` (`manage.py backup`) writes its archives.
BACKUP_DIR = Path(env("BACKUP_DIR", str(BASE_DIR / "var" / "backups")))
