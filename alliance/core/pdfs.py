"""What an uploaded PDF holds: no active content and no decompression bomb, checked in linear time.

A letter or a decision is opened by the secretariat in its PDF reader, so a PDF that runs code
(JavaScript, an action on opening, a program to launch, form submission) or carries other files is
refused; so is one whose compressed streams would inflate to gigabytes in a reader (or in any
program of ours that reads it later). The cheap checks come first (the caller has already checked
the size, the header and the trailer):

1. a scan of the raw bytes for the names of active content, a regular expression without
   backtracking, linear in the size of the file;
2. the objects of the file, read with pypdf (a maintained parser) under limits set for this call:
   each object is visited once from the cross-reference table, without following references,
   so that a name hidden in a compressed object stream or written with #-escapes is found too;
3. each compressed stream inflated as a stream, counting bytes and keeping none, against a limit
   per stream and for the whole file.

Every step costs time in proportion to the file plus the bounded inflation, and memory bounded by
pypdf's own limits, which are lowered here.
"""

import io
import re
import zlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Names that only active content uses. /OpenAction is judged by what it holds: LaTeX and office
# programs write one that merely opens the first page at a zoom, which is not refused.
ACTIVE_NAMES = (
    "JavaScript",
    "JS",
    "AA",
    "Launch",
    "EmbeddedFile",
    "EmbeddedFiles",
    "EF",
    "FileAttachment",
    "RichMedia",
    "SubmitForm",
    "ImportData",
    "XFA",
    "GoToE",
)
_ACTIVE_RAW = re.compile(rb"/(?:" + b"|".join(name.encode() for name in ACTIVE_NAMES) + rb")(?![A-Za-z0-9#])")
_ACTIVE_KEYS = frozenset(f"/{name}" for name in ACTIVE_NAMES)
# Action types that run something, whatever key holds them (/S /JavaScript in a link's /A).
_ACTIVE_ACTIONS = frozenset(
    {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/RichMediaExecute", "/GoToE"}
)
_ACTIVE_TYPES = frozenset({"/FileAttachment", "/EmbeddedFile", "/RichMedia", "/Screen", "/Movie", "/Sound"})

MAX_OBJECTS = 100_000
MAX_VALUES = 2_000_000  # values inside objects (array items, dictionary entries), all objects together
STREAM_MAX_INFLATED_BYTES = 64 * 1024 * 1024
FILE_MAX_INFLATED_BYTES = 256 * 1024 * 1024
INFLATE_CHUNK = 64 * 1024
# Filters whose output nobody here decodes and that cannot be asked to grow without bound by a reader
# in one step beyond the image's size (pictures: JPEG, JPEG 2000, fax, JBIG2).
_IMAGE_FILTERS = frozenset({"/DCTDecode", "/JPXDecode", "/CCITTFaxDecode", "/JBIG2Decode"})


class _Refusal(Exception):
    def __init__(self, error):
        super().__init__(str(error.message))
        self.error = error


def active_content():
    return ValidationError(
        _(
            "This PDF contains scripts, automatic actions or attached files, which are not accepted. "
            "Please print it to a new PDF (or save it as PDF/A) and choose that file."
        ),
        code="active_pdf",
    )


def inflating():
    return ValidationError(
        _(
            "This PDF contains compressed data far larger than any letter. Please save it again and choose it anew."
        ),
        code="pdf_bomb",
    )


def damaged():
    return ValidationError(
        _("This PDF file seems damaged or incomplete. Please save it again and choose it anew."),
        code="damaged_pdf",
    )


def check_pdf_content(data):
    """Raise ValidationError if the PDF `data` (bytes) holds active content or a decompression bomb,
    or cannot be read."""
    if _ACTIVE_RAW.search(data):
        raise active_content()
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import PyPdfError

    limits = {
        "maximum_declared_stream_length": STREAM_MAX_INFLATED_BYTES,
        "zlib_maximum_output_length": STREAM_MAX_INFLATED_BYTES,
        "lzw_maximum_output_length": STREAM_MAX_INFLATED_BYTES,
        "run_length_maximum_output_length": STREAM_MAX_INFLATED_BYTES,
        "brotli_maximum_output_length": STREAM_MAX_INFLATED_BYTES,
        "array_based_stream_maximum_output_length": STREAM_MAX_INFLATED_BYTES,
        "stream_decoding_work_maximum_length": 2 * STREAM_MAX_INFLATED_BYTES,
        "image_maximum_buffer_size": STREAM_MAX_INFLATED_BYTES,
        "jbig2dec_binary": None,
    }
    try:
        with apply_configuration(**limits):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise _Refusal(
                    ValidationError(
                        _(
                            "This PDF is protected by a password. Please save it without protection and choose it anew."
                        ),
                        code="encrypted_pdf",
                    )
                )
            _Walk(reader).run()
    except _Refusal as refusal:
        raise refusal.error from None
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError,
            OverflowError, zlib.error, OSError) as error:  # fmt: skip
        raise damaged() from error


def _opens_a_page(action):
    """Whether an /OpenAction only shows a page: a destination, or a "go to" action."""
    from pypdf.generic import ArrayObject, DictionaryObject

    action = action.get_object()
    if isinstance(action, ArrayObject):
        return True
    return isinstance(action, DictionaryObject) and action.get("/S") == "/GoTo" and "/Next" not in action


class _Walk:
    def __init__(self, reader):
        self.reader = reader
        self.values = 0
        self.inflated = 0

    def run(self):
        from pypdf.generic import IndirectObject

        references = [
            (number, generation) for generation, table in self.reader.xref.items() for number in table
        ]
        references += [(number, 0) for number in self.reader.xref_objStm]
        if len(references) > MAX_OBJECTS:
            raise _Refusal(damaged())
        self.visit(self.reader.trailer)
        for number, generation in references:
            self.visit(IndirectObject(number, generation, self.reader).get_object())

    def visit(self, value):
        """One object and the values written inside it; references are not followed (each indirect
        object is visited once, from the cross-reference table)."""
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

        pending = [value]
        while pending:
            item = pending.pop()
            self.values += 1
            if self.values > MAX_VALUES:
                raise _Refusal(damaged())
            if isinstance(item, DictionaryObject):
                for key, entry in item.items():
                    if key in _ACTIVE_KEYS:
                        raise _Refusal(active_content())
                    if key == "/S" and isinstance(entry, NameObject) and entry in _ACTIVE_ACTIONS:
                        raise _Refusal(active_content())
                    if (
                        key in ("/Type", "/Subtype")
                        and isinstance(entry, NameObject)
                        and entry in _ACTIVE_TYPES
                    ):
                        raise _Refusal(active_content())
                    if key == "/OpenAction" and not _opens_a_page(entry):
                        raise _Refusal(active_content())
                    if isinstance(entry, (DictionaryObject, ArrayObject)):
                        pending.append(entry)
                if isinstance(item, StreamObject):
                    self.measure(item)
            elif isinstance(item, ArrayObject):
                pending.extend(entry for entry in item if isinstance(entry, (DictionaryObject, ArrayObject)))

    def measure(self, stream):
        """Inflate a compressed stream without keeping it, and refuse it past the limits."""
        filters = stream.get("/Filter")
        if filters is None:
            return
        names = [str(name) for name in filters] if isinstance(filters, list) else [str(filters)]
        if not names or names[0] in _IMAGE_FILTERS:
            return
        if names[0] in ("/FlateDecode", "/Fl"):
            size = self._inflated_size(stream._data)
        else:
            from pypdf.errors import LimitReachedError
            from pypdf.filters import decode_stream_data

            try:
                size = len(decode_stream_data(stream))
            except LimitReachedError:
                raise _Refusal(inflating()) from None
            except Exception:  # noqa: BLE001 - a filter pypdf cannot decode is left to the reader
                return
        self.inflated += size
        if self.inflated > FILE_MAX_INFLATED_BYTES:
            raise _Refusal(inflating())

    def _inflated_size(self, packed):
        inflater = zlib.decompressobj()
        size = 0
        pending = packed
        while pending:
            try:
                chunk = inflater.decompress(pending, INFLATE_CHUNK)
            except zlib.error:
                return size  # a damaged stream: readers show what inflates, and so it is counted
            size += len(chunk)
            if size > STREAM_MAX_INFLATED_BYTES or self.inflated + size > FILE_MAX_INFLATED_BYTES:
                raise _Refusal(inflating())
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break
            if inflater.eof:
                break
        return size
