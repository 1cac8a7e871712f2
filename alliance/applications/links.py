"""The links sent by email: to confirm a submission, to add information, and back-office links."""

from datetime import timedelta

from alliance.core.links import LinkInvalid, absolute_reverse, absolute_url, make_link_token, read_link_token

CONFIRM_MAX_AGE = timedelta(days=7)
SUPPLEMENT_MAX_AGE = timedelta(days=30)


def _kind(submission):
    from .models import JoinApplication

    return "join" if isinstance(submission, JoinApplication) else "cooperate"


def absolute(url_name, language, *args):
    return absolute_reverse(url_name, *args, language=language)


def confirm_url(submission):
    kind = _kind(submission)
    token = make_link_token(f"{kind}-confirm", submission.pk)
    return absolute(f"applications:{kind}_confirm", submission.language, token)


def read_confirm_token(kind, token):
    return _as_int(read_link_token(f"{kind}-confirm", token, CONFIRM_MAX_AGE))


def supplement_url(submission):
    # The round goes into the token, so a link from an earlier question cannot answer a later one.
    kind = _kind(submission)
    token = make_link_token(f"{kind}-more", f"{submission.pk}-{submission.information_round}")
    return absolute(f"applications:{kind}_more", submission.language, token)


def read_supplement_token(kind, token):
    """(pk, information_round) carried by a link asking for more information."""
    value = read_link_token(f"{kind}-more", token, SUPPLEMENT_MAX_AGE)
    pk, _sep, information_round = value.partition("-")
    return _as_int(pk), _as_int(information_round)


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise LinkInvalid("not a number") from error


def review_url(submission):
    name = "join_application" if _kind(submission) == "join" else "cooperation_proposal"
    return absolute_reverse(f"{name}:inspect", submission.pk)


def profile_url(authority, language):
    try:
        return absolute("participants:profile", language, authority.slug)
    except Exception:  # noqa: BLE001 - a missing profile address must not block an approval
        return absolute_url(f"/{language}/")
