"""Signatures' folded names and keys written again now that hyphens and apostrophes fold to
spaces. Two standing signatures that the new rule makes the same person for the same authority
keep their former keys, so the migration never breaks the one-signature-per-person rule: the
moderators see such pairs in their duplicate checks."""

from django.db import migrations

from alliance.core.folding import fold

BATCH = 2000
STANDING = {"unconfirmed", "confirmed", "verified"}
FIELDS = ["signer_name_folded", "authority_name_folded", "authority_key", "search_folded"]


def _key(signature):
    if signature.authority_id:
        return f"a{signature.authority_id}"
    return f"n{signature.country_id}:{fold(signature.authority_name)}"[:260]


def _claims(values, signature):
    claims = {(values["authority_key"], values["signer_name_folded"])}
    if signature.email_canonical:
        claims.add((values["authority_key"], "@" + signature.email_canonical))
    return claims


def fold_again(apps, schema_editor):
    Signature = apps.get_model("declaration", "Signature")
    taken = set()  # (key, folded name) and (key, "@" + canonical email) of standing signatures
    changed = []
    for signature in Signature.objects.order_by("pk").iterator(BATCH):
        person = f"{signature.signer_name} {signature.office} {signature.party}" if signature.show_name else ""
        values = {
            "signer_name_folded": fold(signature.signer_name),
            "authority_name_folded": fold(signature.authority_name)[:200],
            "authority_key": _key(signature),
            "search_folded": fold(f"{signature.authority_name} {person}")[:700],
        }
        if signature.status in STANDING:
            if _claims(values, signature) & taken:
                values["authority_key"] = signature.authority_key
                values["signer_name_folded"] = signature.signer_name_folded
            taken |= _claims(values, signature)
        if any(getattr(signature, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(signature, name, value)
            changed.append(signature)
    Signature.objects.bulk_update(changed, FIELDS, batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("declaration", "0003_changes_bump_generations")]

    operations = [migrations.RunPython(fold_again, fold_again)]
