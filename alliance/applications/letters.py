"""The official letter that comes with an application: a PDF, checked by what it contains.

The file name and the browser's content type say nothing reliable, so the bytes are read: a PDF
starts with "%PDF-1.x" or "%PDF-2.x", has at least one object and ends with "%%EOF" after a
cross-reference ("startxref"). That is enough to refuse renamed images, office documents and
scripts without a PDF library.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HEADER = re.compile(rb"^%PDF-[12]\.\d")
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def max_letter_bytes():
    return getattr(settings, "APPLICATION_LETTER_MAX_BYTES", DEFAULT_MAX_BYTES)


def check_letter(upload):
    """Raise ValidationError unless the upload is a PDF within the size limit."""
    limit = max_letter_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(0, upload.size - 2048))
    tail = upload.read()
    upload.seek(0)
    if not _HEADER.match(head):
        raise ValidationError(_("This file is not a PDF document. Please choose a PDF file."), code="not_pdf")
    body = upload.read()
    upload.seek(0)
    if not _OBJECT.search(body) or b"startxref" not in tail or b"%%EOF" not in tail:
        raise ValidationError(
            _("This PDF file seems damaged or incomplete. Please save it again and choose it anew."),
            code="damaged_pdf",
        )
    return upload
