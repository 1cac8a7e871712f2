"""The back office's import screen: upload, dry-run report, then confirm.

The uploaded file waits in the session between the report and the confirmation, so what is
written is exactly the file that was checked; each row is checked again inside the short batch
that writes it.
"""

import base64

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from alliance.core.spreadsheets import ImportStopped, SpreadsheetError, stopped_message

from . import importing

SESSION_KEY = "participants:import"
MAX_BYTES = 5 * 1024 * 1024
PERMISSIONS = [
    "authorities.add_authority",
    "authorities.change_authority",
    "participants.add_participation",
    "participants.change_participation",
]


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy(
            "CSV (UTF-8, comma or semicolon separated) or XLSX. Columns: name, country (English or "
            "French name, or ISO code), and optionally local name, level, kind, subdivision, population, "
            "latitude, longitude, website, accession number, joined on, left on."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


def may_import(user):
    return user.is_active and (user.is_superuser or user.has_perms(PERMISSIONS))


def import_view(request):
    if not may_import(request.user):
        raise PermissionDenied
    context = {"page_title": _("Import authorities"), "header_icon": "upload"}
    action = request.POST.get("action")
    if request.method == "POST" and action == "commit":
        stored = request.session.get(SESSION_KEY)
        if not stored:
            messages.error(request, _("Nothing to import: upload the file again."))
            return redirect("participants_import")
        rows = importing.read_rows(base64.b64decode(stored["content"]), stored["filename"])
        try:
            report = importing.run(rows, commit=True, user=request.user)
        except ImportStopped as stopped:
            # The file stays in the session: confirming again writes the rest.
            messages.error(request, stopped_message(stopped))
            return redirect("participants_import")
        del request.session[SESSION_KEY]
        summary = report.summary
        messages.success(
            request,
            _("Import written: %(created)s created, %(updated)s updated, %(rejected)s rejected.") % summary,
        )
        return render(
            request, "participants/admin/import.html", {**context, "report": report, "form": UploadForm()}
        )
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read()
            try:
                rows = importing.read_rows(content, upload.name)
            except SpreadsheetError as error:
                form.add_error("file", str(error))
            else:
                report = importing.run(rows, commit=False)
                request.session[SESSION_KEY] = {
                    "content": base64.b64encode(content).decode("ascii"),
                    "filename": upload.name,
                }
                return render(
                    request,
                    "participants/admin/import.html",
                    {**context, "report": report, "form": UploadForm(), "filename": upload.name},
                )
    else:
        form = UploadForm()
    return render(request, "participants/admin/import.html", {**context, "form": form})
