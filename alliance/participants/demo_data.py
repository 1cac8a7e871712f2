"""Demo participants, from the Alliance's public record.

The public record names only a few participants; the headline counter's history is known
(120 participants in June 2013, 122 on 24 March 2014, 127 on 6 May 2015, 129 on 24 June 2015,
130 from 29 countries by the end of 2015). To give the demo counter that same history, the
other accession numbers are filled with records named "Demo participant No. N": they are
placeholders, never presented as real authorities.
"""

import datetime

D = datetime.date

# (accession, name, country, level, kind, joined_on, extra)
KNOWN = [
    (
        1,
        "Heraklion",
        "GR",
        "local",
        "municipality",
        D(2013, 3, 20),
        {"latitude": 35.3387, "longitude": 25.1442, "subdivision_code": "GR-M", "local_name": "Ηράκλειο"},
    ),
    (
        2,
        "Strasbourg",
        "FR",
        "local",
        "city",
        D(2013, 3, 20),
        {"latitude": 48.5734, "longitude": 7.7521, "subdivision_code": "FR-67"},
    ),
    (
        58,
        "Veldhoven",
        "NL",
        "local",
        "municipality",
        D(2013, 4, 27),
        {"latitude": 51.4180, "longitude": 5.4050, "subdivision_code": "NL-NB"},
    ),
    (
        120,
        "Val-de-Marne",
        "FR",
        "regional",
        "department",
        D(2013, 6, 10),
        {"latitude": 48.7775, "longitude": 2.4697, "subdivision_code": "FR-94"},
    ),
    (
        122,
        "Kragujevac",
        "RS",
        "local",
        "city",
        D(2014, 3, 24),
        {"latitude": 44.0128, "longitude": 20.9114, "local_name": "Крагујевац"},
    ),
    (
        124,
        "Megara",
        "GR",
        "local",
        "municipality",
        D(2014, 10, 15),
        {"latitude": 37.9962, "longitude": 23.3442, "local_name": "Μέγαρα"},
    ),
    (
        127,
        "Tivat",
        "ME",
        "local",
        "municipality",
        D(2015, 5, 6),
        {"latitude": 42.4350, "longitude": 18.6961, "population": 14111, "local_name": "Тиват"},
    ),
    (
        129,
        "Andalusia",
        "ES",
        "regional",
        "region",
        D(2015, 6, 24),
        {"latitude": 37.3891, "longitude": -5.9845, "subdivision_code": "ES-AN", "local_name": "Andalucía"},
    ),
    (
        130,
        "Metropolitan City of Reggio Calabria",
        "IT",
        "regional",
        "metropolitan-city",
        D(2015, 11, 30),
        {
            "latitude": 38.1112,
            "longitude": 15.6473,
            "subdivision_code": "IT-RC",
            "local_name": "Città metropolitana di Reggio Calabria",
        },
    ),
]

# Countries of the placeholder records, with a point inside each for the map (with the seven
# countries of the named participants, 29 in all).
PLACEHOLDER_COUNTRIES = {
    "AL": (41.33, 19.82),
    "AT": (48.21, 16.37),
    "BA": (43.86, 18.41),
    "BE": (50.85, 4.35),
    "BG": (42.70, 23.32),
    "CZ": (50.08, 14.44),
    "DE": (52.52, 13.40),
    "FI": (60.17, 24.94),
    "HR": (45.81, 15.98),
    "HU": (47.50, 19.04),
    "IE": (53.35, -6.26),
    "LT": (54.69, 25.28),
    "MD": (47.01, 28.86),
    "MK": (41.99, 21.43),
    "PL": (52.23, 21.01),
    "PT": (38.72, -9.0),
    "RO": (44.43, 26.10),
    "SE": (59.33, 17.95),
    "SI": (46.06, 14.51),
    "SK": (48.15, 17.11),
    "TR": (39.93, 32.86),
    "UA": (50.45, 30.52),
}

LAUNCH = D(2013, 3, 20)
# Accession numbers 121-128 not named in the record, with a date between the known milestones.
LATER_PLACEHOLDER_DATES = {
    121: D(2013, 11, 14),
    123: D(2014, 6, 12),
    125: D(2015, 1, 20),
    126: D(2015, 3, 18),
    128: D(2015, 6, 2),
}


def placeholder_date(accession):
    """Numbers 3 to 119 joined between the launch and early June 2013, in order."""
    if accession in LATER_PLACEHOLDER_DATES:
        return LATER_PLACEHOLDER_DATES[accession]
    return LAUNCH + datetime.timedelta(days=(accession * 80) // 120)
