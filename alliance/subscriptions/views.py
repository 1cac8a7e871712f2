"""Subscribe, confirm, change what you receive, leave: pages reached from the footer and from the
links of every email. Links carry a signed secret, never the address. The pages say the same
whether or not an address is subscribed."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alliance.core.languages import current_language, keep_across_languages, switching_language
from alliance.core.links import LinkExpired, LinkInvalid, link_problem_response
from alliance.core.once import AlreadyAccepted, accepted_once, already_accepted, render_already_received
from alliance.core.protection import client_ip, rate_limit, render_rate_limited, unchecked

from . import links, services
from .forms import CONSENT, PreferencesForm, SubscribeForm
from .models import State, Subscription

TEMPLATE = "subscriptions/subscribe.html"
ALREADY = _(
    "We already have this request. If the address can subscribe, the email with its link is on its way."
)


def _link_problem(request, problem):
    return link_problem_response(
        request, problem, restart_url=reverse("subscriptions:subscribe"), restart_label=_("Subscribe again")
    )


@require_http_methods(["GET", "POST"])
def subscribe(request):
    context = keep_across_languages({})
    if switching_language(request):
        return render(request, TEMPLATE, {**context, "form": unchecked(SubscribeForm(request.POST))})
    if request.method != "POST":
        form = SubscribeForm(initial={"language": current_language(), "topics": ["news", "statements"]})
        return render(request, TEMPLATE, {**context, "form": form})
    message = rate_limit(request, "subscribe")
    if message:
        return render_rate_limited(
            request, TEMPLATE, {**context, "form": SubscribeForm(request.POST)}, message
        )
    form = SubscribeForm(request.POST)
    context["form"] = form
    if already_accepted(form):
        return render_already_received(request, ALREADY)
    if not form.is_valid():
        return render(request, TEMPLATE, context, status=400)
    data = form.cleaned_data
    message = rate_limit(request, "subscribe", email=data["email"], by_address=False)
    if message:
        return render_rate_limited(request, TEMPLATE, context, message)
    try:
        with accepted_once(form, "subscribe"):
            services.subscribe(
                data["email"],
                data["topics"],
                data["language"],
                data["rhythm"],
                consent_text=str(CONSENT),
                ip_address=client_ip(request),
            )
    except AlreadyAccepted:
        return render_already_received(request, ALREADY)
    return redirect("subscriptions:sent")


def sent(request):
    return render(request, "subscriptions/sent.html")


# The pages a link opens depend on the subscription's state: never kept by a shared cache.
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        key = links.read_confirm(token)
    except LinkExpired:
        return _link_problem(request, "expired")
    except LinkInvalid:
        return _link_problem(request, "invalid")
    subscription = Subscription.objects.filter(key=key).first()
    if subscription is None or subscription.state not in (State.PENDING, State.CONFIRMED):
        return _link_problem(request, "invalid")
    if request.method == "POST" or subscription.state == State.CONFIRMED:
        if request.method == "POST":
            services.confirm(key)
        # Straight to the preferences, so that reloading does not confirm twice.
        return redirect(
            reverse("subscriptions:manage", args=[links.manage_token(subscription)]) + "?confirmed=1"
        )
    return render(request, "subscriptions/confirm.html", {"subscription": subscription})


def _subscription_for(token):
    try:
        key = links.read_manage(token)
    except (LinkExpired, LinkInvalid):
        return None
    return Subscription.objects.filter(key=key).first()


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    subscription = _subscription_for(token)
    if subscription is None:
        return _link_problem(request, "invalid")
    if subscription.state != State.CONFIRMED:
        return render(request, "subscriptions/left.html", {"subscription": subscription})
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.change(subscription.key, data["topics"], data["language"], data["rhythm"])
            return redirect(reverse("subscriptions:manage", args=[token]) + "?saved=1")
        status = 400
    else:
        status = 200
        initial = {
            "topics": subscription.topics,
            "language": subscription.language,
            "rhythm": subscription.rhythm,
        }
        form = PreferencesForm(initial=initial)
        saved = request.GET.get("saved") == "1"
    context = {
        "form": form,
        "subscription": subscription,
        "token": token,
        "saved": saved,
        "confirmed": request.GET.get("confirmed") == "1",
    }
    return render(request, "subscriptions/manage.html", context, status=status)


# One click, RFC 8058: a mail program POSTs "List-Unsubscribe=One-Click" to the link, with no
# cookie and no form token; the signed secret in the address is the proof. A person who opens the
# link gets a page with a button that posts to the same address.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def leave(request, token):
    subscription = _subscription_for(token)
    if subscription is None:
        return _link_problem(request, "invalid")
    if request.method == "POST":
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        services.leave(subscription.key, how="one-click" if one_click else "page")
        subscription.refresh_from_db()
        return render(request, "subscriptions/left.html", {"subscription": subscription, "just_left": True})
    if subscription.state != State.CONFIRMED:
        return render(request, "subscriptions/left.html", {"subscription": subscription})
    return render(request, "subscriptions/leave.html", {"subscription": subscription, "token": token})
