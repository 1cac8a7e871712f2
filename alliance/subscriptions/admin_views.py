"""The secretariat's screens: how many follow what (never who, on screen), the audited export of
the list, erasure on request; and for editors, the email of a news item or event before it goes."""

import csv

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Page

from alliance.core.exports import spreadsheet_cell
from alliance.core.mail import render_email, store_email
from alliance.core.roles import is_moderator
from alliance.events.models import Event
from alliance.news.models import NewsArticlePage

from . import services, sources
from .models import State, Subscription, Topic
from .sending import _LEAVE, _MANAGE, ITEM


def _require_moderator(user):
    if not is_moderator(user):
        raise PermissionDenied


class EraseForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address to erase"), max_length=254)


def overview(request):
    _require_moderator(request.user)
    form = EraseForm()
    if request.method == "POST":
        form = EraseForm(request.POST)
        if form.is_valid():
            if services.erase(form.cleaned_data["email"], request.user):
                messages.success(request, _("Everything about this address was deleted."))
            else:
                messages.warning(request, _("No subscription has this address: there was nothing to delete."))
            return redirect("subscriptions_overview")
    by_state = dict(Subscription.objects.values_list("state").annotate(n=Count("*")).order_by())
    confirmed = Subscription.objects.confirmed()
    counts = confirmed.aggregate(
        **{
            f"{topic}_{language}": Count("pk", filter=Q(**{f"follows_{topic}": True, "language": language}))
            for topic in Topic.values
            for language in ("en", "fr")
        }
    )
    rows = [
        (label, counts[f"{topic}_en"], counts[f"{topic}_fr"], counts[f"{topic}_en"] + counts[f"{topic}_fr"])
        for topic, label in Topic.choices
    ]
    context = {
        "rows": rows,
        "states": [(label, by_state.get(state, 0)) for state, label in State.choices],
        "weekly": confirmed.filter(rhythm="weekly").count(),
        "form": form,
    }
    return TemplateResponse(request, "subscriptions/admin/overview.html", context)


@require_POST
def export(request):
    """The confirmed subscribers as CSV, for the secretariat; each export is in the site history."""
    _require_moderator(request.user)
    rows = Subscription.objects.confirmed().order_by("pk")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(["email", "language", "rhythm", "topics", "confirmed_at"])
    count = 0
    for subscription in rows.iterator():
        writer.writerow(
            [
                spreadsheet_cell(subscription.email),
                subscription.language,
                subscription.rhythm,
                " ".join(subscription.topics),
                subscription.confirmed_at.isoformat() if subscription.confirmed_at else "",
            ]
        )
        count += 1
    user = get_user_model().objects.get(pk=request.user.pk)
    log(user, "subscriptions.export", user=user, data={"subscribers": count})
    return response


def _item(kind, pk, user):
    if kind == "page":
        page = get_object_or_404(Page, pk=pk).specific
        if not isinstance(page, NewsArticlePage) or not page.permissions_for_user(user).can_edit():
            raise PermissionDenied
        return sources.news_item(page.get_latest_revision_as_object())
    event = get_object_or_404(Event, pk=pk)
    if not user.has_perm("events.change_event"):
        raise PermissionDenied
    return sources.event_item(event)


def _rendered(item, request):
    from alliance.core.links import absolute_reverse

    subject, text, html = render_email(
        ITEM, {"announcement": item, "manage_url": _MANAGE, "leave_url": _LEAVE}, item.language
    )
    example = absolute_reverse("subscriptions:subscribe", language=item.language)
    return [part.replace(_MANAGE, example).replace(_LEAVE, example) for part in (subject, text, html)]


def preview(request, kind, pk):
    """The email subscribers would receive for this item, as it stands in its latest draft."""
    item = _item(kind, pk, request.user)
    subject, text, html = _rendered(item, request)
    if request.GET.get("part") == "html":
        response = HttpResponse(html)
        response["Cache-Control"] = "private, no-store"
        return response
    context = {"item": item, "kind": kind, "pk": pk, "subject": subject, "text": text}
    return TemplateResponse(request, "subscriptions/admin/preview.html", context)


@require_POST
def send_test(request, kind, pk):
    """The same email, to the editor's own address only."""
    item = _item(kind, pk, request.user)
    if not request.user.email:
        messages.error(request, _("Your account has no email address: add one in your account settings."))
        return redirect("subscriptions_preview", kind=kind, pk=pk)
    subject, text, html = _rendered(item, request)
    store_email(
        request.user.email,
        _("[Test] %(subject)s") % {"subject": subject},
        text,
        html,
        item.language,
        template=ITEM,
    )
    messages.success(request, _("A test email is on its way to %(email)s.") % {"email": request.user.email})
    return redirect("subscriptions_preview", kind=kind, pk=pk)
