"""Email addresses compared the way mail servers deliver them, to catch one person using many spellings."""

GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}


def canonical_email(address):
    """The canonical form of an address, for counting and duplicate checks (never for sending).

    Lower-cased and stripped; the "+suffix" of the local part is dropped for every domain;
    for Gmail the dots of the local part are dropped too, and googlemail.com becomes gmail.com.
    """
    address = (address or "").strip().lower()
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return address
    domain = domain.rstrip(".")
    local = local.split("+", 1)[0] or local
    if domain in GMAIL_DOMAINS:
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"
