"""Back-office screens for moderators: review a signature, the burst report, bulk invalidation,
a signer's data (download and deletion on request), and the import of the historical list."""

import base64
import datetime
import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Min
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from alliance.core.roles import is_moderator
from alliance.core.spreadsheets import ImportStopped, SpreadsheetError, stopped_message

from . import services
from .importing import import_signatories, read_rows
from .models import STANDING, Signature


def moderators_only(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return wrapped


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the signer)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


@moderators_only
def review(request, pk):
    signature = get_object_or_404(Signature.objects.select_related("country", "authority"), pk=pk)
    reject_form = RejectForm(request.POST or None) if request.POST.get("action") == "reject" else RejectForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "verify":
                services.verify(pk, request.user)
                messages.success(request, _("The signature is verified and public."))
                return redirect("declaration_review", pk=pk)
            if action == "reject" and reject_form.is_valid():
                services.reject(pk, request.user, reject_form.cleaned_data["reason"])
                messages.success(request, _("The signature is rejected; the signer is told why."))
                return redirect("declaration_review", pk=pk)
        except services.WrongState:
            messages.error(request, _("This signature can no longer be changed that way."))
            return redirect("declaration_review", pk=pk)
    return render(
        request,
        "declaration/admin/review.html",
        {"signature": signature, "reject_form": reject_form, "can_review": signature.status in STANDING},
    )


@moderators_only
def personal_data(request, pk):
    """The signer's data as a JSON file, for a request to see what is held about them."""
    signature = get_object_or_404(Signature.objects.select_related("country"), pk=pk)
    from wagtail.log_actions import log

    log(signature, "declaration.personal_data", user=request.user)
    response = HttpResponse(
        json.dumps(services.personal_data(signature), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="signature-{signature.pk}.json"'
    return response


@moderators_only
@require_POST
def forget(request, pk):
    get_object_or_404(Signature, pk=pk)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm the deletion."))
        return redirect("declaration_review", pk=pk)
    services.forget(pk, request.user)
    messages.success(request, _("The signature and its personal data are deleted."))
    return redirect("declaration_signature:index")


class BurstForm(forms.Form):
    hours = forms.IntegerField(
        label=gettext_lazy("Within the last (hours)"), min_value=1, max_value=24 * 90, initial=24
    )
    threshold = forms.IntegerField(
        label=gettext_lazy("At least (signatures)"), min_value=2, max_value=100000, initial=5
    )


BURST_GROUPS = [
    ("ip_address", gettext_lazy("IP addresses")),
    ("ip_network", gettext_lazy("Networks (/24)")),
    ("email_domain", gettext_lazy("Email domains")),
]


@moderators_only
def bursts(request):
    """Addresses, networks and email domains from which many signatures arrived in a short time."""
    form = BurstForm(request.GET or None)
    hours, threshold = 24, 5
    if form.is_valid():
        hours, threshold = form.cleaned_data["hours"], form.cleaned_data["threshold"]
    since = timezone.now() - datetime.timedelta(hours=hours)
    recent = Signature.objects.filter(created_at__gte=since)
    tables = []
    for field, label in BURST_GROUPS:
        rows = (
            recent.exclude(**{f"{field}__isnull": True})
            .exclude(**{field: ""})
            .values(field)
            .annotate(n=Count("id"), first=Min("created_at"), last=Max("created_at"))
            .filter(n__gte=threshold)
            .order_by("-n")[:50]
        )
        tables.append(
            {"field": field, "label": label, "rows": [{**row, "value": row[field]} for row in rows]}
        )
    return render(
        request,
        "declaration/admin/bursts.html",
        {"form": form, "tables": tables, "since": since, "hours": hours},
    )


class InvalidateForm(forms.Form):
    field = forms.ChoiceField(label=gettext_lazy("Condition"), choices=BURST_GROUPS)
    value = forms.CharField(label=gettext_lazy("Value"), max_length=254)
    since = forms.DateTimeField(label=gettext_lazy("Received from"))
    until = forms.DateTimeField(label=gettext_lazy("Received until"))
    reason = forms.CharField(label=gettext_lazy("Reason (kept in the history)"), max_length=500)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("since") and cleaned.get("until") and cleaned["since"] > cleaned["until"]:
            raise forms.ValidationError(_("The start must come before the end."))
        return cleaned

    def queryset(self):
        data = self.cleaned_data
        return Signature.objects.filter(
            **{data["field"]: data["value"].strip()},
            created_at__gte=data["since"],
            created_at__lte=data["until"],
            status__in=STANDING,
        )


@moderators_only
def invalidate(request):
    """Invalidate every standing signature matching one condition in a time window, after a preview."""
    form = InvalidateForm(request.POST or request.GET or None)
    matching = None
    if form.is_bound and form.is_valid():
        queryset = form.queryset()
        matching = queryset.count()
        if request.method == "POST" and request.POST.get("confirm") == "yes":
            data = form.cleaned_data
            condition = {
                "field": data["field"],
                "value": data["value"],
                "since": data["since"].isoformat(),
                "until": data["until"].isoformat(),
            }
            done = services.invalidate(queryset, request.user, data["reason"], condition)
            messages.success(request, _("%(count)d signatures invalidated.") % {"count": done})
            return redirect("declaration_bursts")
    return render(request, "declaration/admin/invalidate.html", {"form": form, "matching": matching})


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Spreadsheet (CSV or XLSX)"))


SESSION_KEY = "declaration-import"


@moderators_only
def import_view(request):
    """Upload, see the row-by-row report of the dry run, then commit the same file."""
    report = None
    form = ImportForm()
    if request.method == "POST" and request.POST.get("commit") == "yes" and SESSION_KEY in request.session:
        stored = request.session.pop(SESSION_KEY)
        try:
            rows = read_rows(base64.b64decode(stored["content"]), stored["name"])
            report = import_signatories(rows, commit=True, user=request.user)
        except SpreadsheetError as error:
            messages.error(request, str(error))
        except ImportStopped as stopped:
            messages.error(request, stopped_message(stopped))
            request.session[SESSION_KEY] = stored  # confirming again writes the rest
        else:
            messages.success(
                request, _("%(count)d signatures imported.") % {"count": report.count("created")}
            )
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read(5 * 1024 * 1024 + 1)
            try:
                if len(content) > 5 * 1024 * 1024:
                    raise SpreadsheetError(_("The file is larger than 5 MB."))
                rows = read_rows(content, upload.name)
                report = import_signatories(rows, commit=False)
            except SpreadsheetError as error:
                form.add_error("file", str(error))
            else:
                request.session[SESSION_KEY] = {
                    "name": upload.name,
                    "content": base64.b64encode(content).decode(),
                }
    return render(request, "declaration/admin/import.html", {"form": form, "report": report})
