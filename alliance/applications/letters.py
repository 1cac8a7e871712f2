"""The official letter that comes with an application: a PDF, checked by what it contains.

The file name and the browser's content type say nothing reliable, so the bytes are read: a PDF
starts with "%PDF-1.x" or "%PDF-2.x", has at least one object ("1 0 obj") and ends with "%%EOF"
after a cross-reference ("startxref"). That is enough to refuse renamed images, office documents
and scripts without a PDF library. Only then is the whole file read, by a PDF parser under limits
(`core/pdfs.py`), to refuse scripts, automatic actions, attached files and decompression bombs.

Anybody can send a file here, so the check costs time in proportion to the size of the file and
never more: the size is refused first, from what the upload handler counted, and the search for an
object cannot backtrack (every run is bounded, possessive, and may only start where the previous
character could not have continued it).
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from alliance.core.pdfs import check_pdf_content

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HEADER = re.compile(rb"%PDF-[12]\.[0-9]")
# "12 0 obj": an object number, a generation number and the keyword, separated by PDF white space.
_SPACE = rb"[\x00\t\n\x0c\r ]"
_OBJECT = re.compile(rb"(?<![0-9])[0-9]{1,10}+" + _SPACE + rb"{1,32}+[0-9]{1,5}+" + _SPACE + rb"{1,32}+obj\b")
# A real PDF names its first object right after the header; a reader would look no further either.
OBJECT_WINDOW = 64 * 1024
TAIL_BYTES = 2048


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
    head = upload.read(OBJECT_WINDOW)
    upload.seek(max(0, upload.size - TAIL_BYTES))
    tail = upload.read(TAIL_BYTES)
    upload.seek(0)
    if not _HEADER.match(head):
        raise ValidationError(_("This file is not a PDF document. Please choose a PDF file."), code="not_pdf")
    if not _OBJECT.search(head) or b"startxref" not in tail or b"%%EOF" not in tail:
        raise ValidationError(
            _("This PDF file seems damaged or incomplete. Please save it again and choose it anew."),
            code="damaged_pdf",
        )
    check_pdf_content(upload.read())
    upload.seek(0)
    return upload
