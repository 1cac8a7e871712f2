"""Protection of public forms against spam, with no third-party service and no JavaScript required.

Every protected form carries three extra fields (rendered by `core/protection_fields.html`):

- a honeypot (`website_confirm`), hidden from sighted people by a CSS class and labelled
  "leave this field empty" for screen reader users; robots that fill every field are refused;
- a signed form token holding the time the form was shown: a form sent back sooner than
  settings.FORM_MIN_SECONDS, or later than settings.FORM_MAX_AGE, is refused with a clear message;
- a proof of work: `core/js/proof-of-work.js` (included by `core/protection_script.html`) finds a
  number whose SHA-256 with the token starts with settings.PROOF_OF_WORK_BITS zero bits. A valid one
  lets a person with JavaScript send the form at once; without JavaScript the minimum time applies.

Set PROOF_OF_WORK_BITS = 0 to turn the proof of work off, FORM_MIN_SECONDS = 0 to drop the minimum
time, and FORM_PROTECTION_ENABLED = False to skip the token check entirely (benchmarks). In tests,
`protection_data()` gives field values that pass.

`rate_limit(request, scope, email=None)` counts attempts per client address and per canonical email
address in fixed windows, counted once for every process and node (`core/attempts.py`).
"""

import contextlib
import hashlib
import ipaddress
import logging
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.forms.utils import ErrorDict
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from alliance.core import attempts
from alliance.core.addresses import canonical_email

logger = logging.getLogger(__name__)

__all__ = [
    "ProtectedForm",
    "ProtectionMixin",
    "canonical_email",
    "client_ip",
    "protection_data",
    "rate_limit",
    "render_rate_limited",
    "unchecked",
]

HONEYPOT = "website_confirm"
TOKEN = "form_token"  # noqa: S105 (a field name)
PROOF = "proof_of_work"
PROTECTION_FIELDS = (HONEYPOT, TOKEN, PROOF)
_TOKEN_SALT = "alliance.core.protection.form-token"  # noqa: S105 (a salt, not a secret)


def _setting(name, default):
    return getattr(settings, name, default)


def proof_of_work_bits():
    return max(0, int(_setting("PROOF_OF_WORK_BITS", 16)))


def make_form_token(issued_at=None):
    """A signed token saying when the form was shown, with a random challenge for the proof of work."""
    issued_at = int(time.time() if issued_at is None else issued_at)
    return signing.dumps({"t": issued_at, "n": secrets.token_urlsafe(9)}, salt=_TOKEN_SALT, compress=False)


def read_form_token(token):
    """The time a genuine form token was issued at, or None for a forged, broken or oversized one."""
    if not isinstance(token, str) or not token or len(token) > 300:
        return None
    try:
        return int(signing.loads(token, salt=_TOKEN_SALT)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def _leading_zero_bits(digest):
    bits = 0
    for byte in digest:
        if byte:
            return bits + 8 - byte.bit_length()
        bits += 8
    return bits


def proof_is_valid(token, proof, bits=None):
    """True when sha256("<token>:<proof>") starts with `bits` zero bits."""
    bits = proof_of_work_bits() if bits is None else bits
    if bits <= 0 or not proof or len(proof) > 20 or not proof.isdigit():
        return False
    digest = hashlib.sha256(f"{token}:{proof}".encode()).digest()
    return _leading_zero_bits(digest) >= bits


def solve_proof_of_work(token, bits=None):
    """What the browser script computes; used by tests."""
    bits = proof_of_work_bits() if bits is None else bits
    counter = 0
    while not proof_is_valid(token, str(counter), bits):
        counter += 1
    return str(counter)


def protection_data(prefix=None, *, age=None):
    """Values of the protection fields that pass the check, for tests: {name: value}."""
    age = max(int(_setting("FORM_MIN_SECONDS", 2)), 0) + 1 if age is None else age
    names = [f"{prefix}-{name}" if prefix else name for name in PROTECTION_FIELDS]
    return dict(zip(names, ["", make_form_token(time.time() - age), ""], strict=True))


class ProtectionMixin:
    """Adds the honeypot and the anti-robot check to a Form or ModelForm.

        class JoinForm(ProtectionMixin, forms.ModelForm): ...

    The template includes "core/protection_fields.html" inside the <form> and
    "core/protection_script.html" near the end. Problems are non-field errors; what was typed stays.
    The protection fields are left out of `{% for field in form %}`, `{{ form }}` and
    `visible_fields()`, so a form rendered in a loop does not show them twice.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[TOKEN] = forms.CharField(required=False, widget=forms.HiddenInput)
        self.fields[PROOF] = forms.CharField(
            required=False, widget=forms.HiddenInput(attrs={"data-proof-of-work": "answer"})
        )
        self.fields[TOKEN].initial = make_form_token()
        bits = proof_of_work_bits()
        if bits:
            self.fields[TOKEN].widget.attrs["data-proof-of-work-bits"] = str(bits)

    # The protection fields are rendered by core/protection_fields.html only.
    def __iter__(self):
        for bound_field in super().__iter__():
            if bound_field.name not in PROTECTION_FIELDS:
                yield bound_field

    def get_context(self):
        context = super().get_context()
        context["fields"] = [item for item in context["fields"] if item[0].name not in PROTECTION_FIELDS]
        context["hidden_fields"] = [bf for bf in context["hidden_fields"] if bf.name not in PROTECTION_FIELDS]
        return context

    def full_clean(self):
        # The cheap refusals come first: a robot's or a stale submission is refused before any
        # field (an uploaded file above all) is read and checked.
        if self.is_bound:
            problem = self.protection_problem()
            if problem:
                unchecked(self).add_error(None, problem)
                return
        super().full_clean()

    def _raw(self, name):
        value = self.data.get(self.add_prefix(name), "")
        return value if isinstance(value, str) else ""

    def _renew_token(self):
        # The next attempt gets a fresh token; everything else typed stays as it was.
        data = self.data.copy()
        data[self.add_prefix(TOKEN)] = make_form_token()
        self.data = data

    def protection_problem(self):
        """None when the submission looks human, else the message to show."""
        if self._raw(HONEYPOT).strip():
            return _(
                "We could not accept this form because the field “Leave this field empty” was filled in. "
                "Please leave it empty and send the form again."
            )
        if not _setting("FORM_PROTECTION_ENABLED", True):
            return None
        token = self._raw(TOKEN)
        issued_at = read_form_token(token)
        if issued_at is None:
            self._renew_token()
            return _("The form could not be checked. Please send it again.")
        age = time.time() - issued_at
        if age > _setting("FORM_MAX_AGE", 6 * 3600) or age < -60:
            self._renew_token()
            return _("This form was open for too long. Please check your answers and send it again.")
        if age < _setting("FORM_MIN_SECONDS", 2) and not proof_is_valid(token, self._raw(PROOF)):
            return _("This form was sent too quickly. Please wait a few seconds and send it again.")
        return None


ProtectedForm = ProtectionMixin  # The name used in the project brief.


# ---------------------------------------------------------------- rate limits

_PERIODS = {"second": 1, "sec": 1, "s": 1, "minute": 60, "min": 60, "m": 60, "hour": 3600, "h": 3600}
_PERIODS.update({"day": 86400, "d": 86400})


def parse_rate(rate):
    """ "10/hour" -> (10, 3600); "5/15minute" -> (5, 900)."""
    count, _slash, period = str(rate).partition("/")
    digits = "".join(ch for ch in period if ch.isdigit())
    unit = period[len(digits) :].strip().lower().rstrip("s") or "s"
    if unit not in _PERIODS:
        raise ValueError(f"unknown rate period in {rate!r}")
    return int(count), int(digits or 1) * _PERIODS[unit]


def _trusted_networks():
    networks = []
    for entry in _setting("TRUSTED_PROXIES", ["127.0.0.1", "::1"]):
        with contextlib.suppress(ValueError):
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
    return networks


def _is_trusted_proxy(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_ip(request):
    """The client's address. REMOTE_ADDR, unless the site is behind settings.TRUSTED_PROXY_COUNT
    reverse proxies and the request came from one of settings.TRUSTED_PROXIES (addresses or
    networks): then the X-Forwarded-For entry that the outermost trusted proxy wrote, read from the
    right, hop by hop, as long as each hop is a trusted proxy. Entries left of it may be forged, and a
    client that reaches a node directly is known by its own address, whatever it sends."""
    proxies = int(_setting("TRUSTED_PROXY_COUNT", 0))
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded:
        return address
    networks = _trusted_networks()
    hops = [hop.strip() for hop in forwarded[:4096].split(",") if hop.strip()]
    for _proxy in range(proxies):
        if not hops or not _is_trusted_proxy(address, networks):
            break
        address = hops.pop()
    return address


def _retry_wording(seconds):
    if seconds <= 60:
        return _("Please try again in a minute.")
    if seconds <= 3600:
        return _("Please try again in an hour.")
    if seconds <= 86400:
        return _("Please try again tomorrow.")
    return _("Please try again in a few days.")


def _count(key, period, now):
    # Hashed with the secret key: no address, IP or email is ever stored.
    digest = salted_hmac("alliance.rate-limit", key).hexdigest()[:32]
    try:
        return attempts.count(f"rate-limit:{digest}", period, now)
    except Exception:
        # A store that is down must not take the public forms down with it: let the attempt through.
        logger.exception("Rate limit store unavailable; attempt not counted")
        return 0


def rate_limit(request, scope, email=None, limits=None, *, by_address=True):
    """Count one attempt; None when allowed, else a translated message (show it with status 429).

    Limits come from settings.RATE_LIMITS[scope], e.g. {"ip": "10/hour", "email": "3/hour"}, unless
    the caller passes its own `limits` (sign-in forms keep a default so they are never unlimited).
    A form counts the client's address first, before it reads anything sent
    (`rate_limit(request, scope)`), then the email address once the form is valid
    (`rate_limit(request, scope, email=..., by_address=False)`).
    """
    limits = _setting("RATE_LIMITS", {}).get(scope, {}) if limits is None else limits
    subjects = [("ip", client_ip(request))] if by_address else []
    if email:
        subjects.append(("email", canonical_email(email)))
    now = time.time()
    exceeded = []
    for kind, value in subjects:
        if kind not in limits:
            continue
        allowed, period = parse_rate(limits[kind])
        if _count(f"{scope}:{kind}:{value}", period, now) > allowed:
            exceeded.append((kind, period))
    if not exceeded:
        return None
    kind, period = exceeded[0]
    if kind == "ip":
        first = _("Too many attempts from your connection.")
    else:
        first = _("Too many attempts with this email address.")
    return f"{first} {_retry_wording(period)}"


def unchecked(form):
    """A bound form refused before it was checked (rate limit): it shows what was typed, and no
    field is checked when the page asks for its errors."""
    if form._errors is None:
        form._errors = ErrorDict()
        form.cleaned_data = {}
    return form


def render_rate_limited(request, template_name, context, message, form=None):
    """The form page again, with `message` as a form error, and status 429 (Too Many Requests)."""
    form = form if form is not None else context.get("form")
    if form is not None:
        unchecked(form).add_error(None, message)
    context = {**context, "rate_limit_message": message}
    if form is not None:
        context["form"] = form
    return render(request, template_name, context, status=429)
