"""The signed links of subscription emails: confirm (seven days), and manage or leave (as long as
the subscription lasts). Each carries the subscription's secret key, never its address."""

from alliance.core.links import absolute_reverse, make_link_token, read_link_token

CONFIRM = "subscription-confirm"
MANAGE = "subscription-manage"
CONFIRM_MAX_AGE = 7 * 24 * 3600
MANAGE_MAX_AGE = 20 * 365 * 24 * 3600


def confirm_url(subscription):
    token = make_link_token(CONFIRM, subscription.key)
    return absolute_reverse("subscriptions:confirm", token, language=subscription.language)


def manage_token(subscription):
    return make_link_token(MANAGE, subscription.key)


def manage_url(subscription):
    return absolute_reverse(
        "subscriptions:manage", manage_token(subscription), language=subscription.language
    )


def leave_url(subscription):
    return absolute_reverse("subscriptions:leave", manage_token(subscription), language=subscription.language)


def read_confirm(token):
    return str(read_link_token(CONFIRM, token, CONFIRM_MAX_AGE))


def read_manage(token):
    return str(read_link_token(MANAGE, token, MANAGE_MAX_AGE))
