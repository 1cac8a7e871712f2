"""Hostile uploads, made on demand: the files the tests and benchmarks feed to every reader.

Each is small on the wire and claims far more than it holds: a sheet that declares a million rows,
a string of thirty million characters, a PNG of 121 megapixels, a PDF stream that inflates to
gigabytes. They live here, beside the readers they attack, so that the tests (`tests/`) and the
benchmarks (`bench/uploads/`) build exactly the same files.
"""

import io
import struct
import zipfile
import zlib

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    '<Relationship Id="rId2" Target="sharedStrings.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    "</Relationships>"
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook(sheet_data, shared_strings=(), dimension="A1:B2"):
    """An XLSX file whose first sheet holds `sheet_data` (the XML inside <sheetData>), as bytes;
    `shared_strings` are bytes or str chunks of the <sst> body, written as a stream."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELATIONSHIPS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS)
        with archive.open("xl/sharedStrings.xml", "w") as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
            for chunk in shared_strings:
                part.write(chunk.encode() if isinstance(chunk, str) else chunk)
            part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
                f'<dimension ref="{dimension}"/><sheetData>'.encode()
            )
            for chunk in [sheet_data] if isinstance(sheet_data, (str, bytes)) else sheet_data:
                part.write(chunk.encode() if isinstance(chunk, str) else chunk)
            part.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def row(number, *cells):
    return (
        f'<row r="{number}">'
        + "".join(
            f'<c r="{column}{number}" t="inlineStr"><is><t>{value}</t></is></c>' for column, value in cells
        )
        + "</row>"
    )


def small_list():
    """A real list: a heading and one authority."""
    return workbook(row(1, ("A", "name"), ("B", "country")) + row(2, ("A", "Korçë"), ("B", "Albania")))


def declared_giant(last_row=1000):
    """Two kilobytes that declare the whole of Excel's grid, with a last row far below the others
    (the audit's 1.6 KB file): a reader that believes the declaration builds every row in between,
    16,384 cells wide."""
    return workbook(
        row(1, ("A", "name"), ("B", "country"))
        + row(2, ("A", "Korçë"), ("B", "Albania"))
        + row(last_row, ("A", "Tivat"), ("B", "Montenegro")),
        dimension="A1:XFD1048576",
    )


def far_cell():
    """A value in the last row and column a spreadsheet program has."""
    return workbook(row(1, ("A", "name"), ("B", "country")) + row(1048576, ("XFD", "x")))


def huge_shared_strings(characters=30_000_000, strings=1):
    """Shared strings of `characters` characters each (the audit's 60 KB file held 30 million)."""
    block = "A" * (1024 * 1024)

    def chunks():
        for _number in range(strings):
            yield "<si><t>"
            for _block in range(characters // len(block)):
                yield block
            yield "A" * (characters % len(block)) + "</t></si>"

    sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>'
    return workbook(sheet, chunks())


def many_empty_cells(count=3_000_000):
    """Styled empty cells, millions of them: each costs the reader a call, none holds a value."""

    def chunks():
        yield '<row r="1">'
        for _block in range(count // 1000):
            yield '<c s="1"/>' * 1000
        yield "</row>"

    return workbook(chunks())


def png(width, height):
    """A valid PNG of `width` x `height` black pixels, a few kilobytes (zlib packs the zeros)."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    compressor = zlib.compressobj(9)
    scanline = b"\x00" * (width * 3 + 1)
    data = b"".join(compressor.compress(scanline) for _line in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def pdf(*objects, trailer_extra=""):
    """A well-formed PDF with a catalogue (object 1), a page tree and one page, plus `objects`
    (bytes, numbered from 4), and a right cross-reference table."""
    body = [
        b"<< /Type /Catalog /Pages 2 0 R" + trailer_extra.encode() + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        *objects,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, content in enumerate(body, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + content + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(body) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(body) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def stream(data, dictionary=""):
    packed = zlib.compress(data, 9)
    return (
        f"<< /Length {len(packed)} /Filter /FlateDecode {dictionary}>>\nstream\n".encode()
        + packed
        + b"\nendstream"
    )


def inflating_pdf(megabytes=1024):
    """A PDF whose one stream inflates to `megabytes` of zeros (about 1 MB on the wire per GB)."""
    compressor = zlib.compressobj(9)
    block = b"\x00" * (1024 * 1024)
    packed = b"".join(compressor.compress(block) for _block in range(megabytes)) + compressor.flush()
    content = f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode() + packed + b"\nendstream"
    return pdf(content)
