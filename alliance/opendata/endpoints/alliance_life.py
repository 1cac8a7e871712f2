"""National networks and their members, the Dosta! prize, and the programmes' figures by country
and phase, as their pages and files list them."""

from ninja import Query

from alliance.networks import datasets as network_datasets
from alliance.prizes import datasets as prize_datasets
from alliance.programmes import datasets as programme_datasets

from ..paging import PageParameters, page_schema, paginate, record_schema
from ..problems import Problem

Network = record_schema(network_datasets.NETWORKS, "NationalNetwork")
NetworkPage = page_schema(Network, "NationalNetworkPage", "A page of national networks")
Member = record_schema(network_datasets.MEMBERS, "NetworkMember")
MemberPage = page_schema(Member, "NetworkMemberPage", "A page of members of national networks")
Edition = record_schema(prize_datasets.EDITIONS, "PrizeEdition")
EditionPage = page_schema(Edition, "PrizeEditionPage", "A page of editions of the Dosta! prize")
Winner = record_schema(prize_datasets.WINNERS, "PrizeWinner")
WinnerPage = page_schema(Winner, "PrizeWinnerPage", "A page of winners of the Dosta! prize")
Figures = record_schema(programme_datasets.FIGURES, "ProgrammeFigures")
FiguresPage = page_schema(Figures, "ProgrammeFiguresPage", "A page of programme figures")

LISTS = (
    ("/networks", network_datasets.NETWORKS, NetworkPage, "National networks of the Alliance", "networks"),
    (
        "/networks/members",
        network_datasets.MEMBERS,
        MemberPage,
        "Members of the national networks",
        "networks",
    ),
    ("/prize/editions", prize_datasets.EDITIONS, EditionPage, "Editions of the Dosta! prize", "prize"),
    ("/prize/winners", prize_datasets.WINNERS, WinnerPage, "Winners of the Dosta! prize", "prize"),
    (
        "/programmes/figures",
        programme_datasets.FIGURES,
        FiguresPage,
        "ROMACT and ROMED in figures, by programme, phase and country",
        "programmes",
    ),
)


def _list_endpoint(api, address, table, page, summary, tag):
    def endpoint(request, paging: Query[PageParameters]):
        return paginate(request, table, {}, paging)

    endpoint.__name__ = table.name.replace("-", "_")
    api.get(
        address,
        response={200: page, 404: Problem, 422: Problem},
        summary=summary,
        description="The same records, columns and order as the dataset's files.",
        tags=[tag],
    )(endpoint)


def register(api):
    for address, table, page, summary, tag in LISTS:
        _list_endpoint(api, address, table, page, summary, tag)
