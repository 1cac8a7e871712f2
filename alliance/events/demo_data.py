"""Events from the Alliance's public record (dates and places); the wording is the project's own.

Each row: slug, first day, last day, city, country, organiser, network country or programme slug,
title and summary in English and in French.
"""

import datetime

D = datetime.date

EVENTS = [
    {
        "slug": "consultation-strasbourg-2012",
        "start": D(2012, 9, 25),
        "city": "Strasbourg",
        "country": "FR",
        "organiser": "congress",
        "en": (
            "Consultation of cities, regions and partners",
            "Cities, regions and other stakeholders are consulted on an alliance for Roma inclusion.",
        ),
        "fr": (
            "Consultation des villes, des régions et des partenaires",
            "Les villes, les régions et d'autres acteurs sont consultés sur une alliance pour l'inclusion des Roms.",
        ),
    },
    {
        "slug": "education-seminar-budapest-2012",
        "start": D(2012, 12, 17),
        "end": D(2012, 12, 18),
        "city": "Budapest",
        "country": "HU",
        "organiser": "congress",
        "en": (
            "Seminar on education policies for Roma",
            "Two days on how local authorities can keep Roma children in school.",
        ),
        "fr": (
            "Séminaire sur les politiques d'éducation pour les Roms",
            "Deux jours consacrés aux moyens, pour les collectivités, de maintenir les enfants roms à l'école.",
        ),
    },
    {
        "slug": "housing-seminar-madrid-2012",
        "start": D(2012, 12, 17),
        "city": "Madrid",
        "country": "ES",
        "organiser": "congress",
        "en": ("Seminar on housing", "Local experience of decent housing for Roma families."),
        "fr": (
            "Séminaire sur le logement",
            "Expériences locales d'un logement décent pour les familles roms.",
        ),
    },
    {
        "slug": "launch-strasbourg-2013",
        "start": D(2013, 3, 20),
        "place": "24th Session of the Congress",
        "place_fr": "24e session du Congrès",
        "city": "Strasbourg",
        "country": "FR",
        "organiser": "congress",
        "en": ("Launch of the Alliance", "The Alliance is launched during the 24th Session of the Congress."),
        "fr": ("Lancement de l'Alliance", "L'Alliance est lancée lors de la 24e session du Congrès."),
    },
    {
        "slug": "housing-conference-radenci-2013",
        "start": D(2013, 9, 20),
        "city": "Radenci",
        "country": "SI",
        "organiser": "alliance",
        "en": (
            "Conference on housing",
            "More than 80 participants from 13 countries compare housing policies.",
        ),
        "fr": (
            "Conférence sur le logement",
            "Plus de 80 participants de 13 pays comparent leurs politiques du logement.",
        ),
    },
    {
        "slug": "romact-launch-budapest-2013",
        "start": D(2013, 10, 4),
        "city": "Budapest",
        "country": "HU",
        "organiser": "programme",
        "programme": "romact",
        "en": ("ROMACT launch in Hungary", "The ROMACT programme starts with the Hungarian municipalities."),
        "fr": (
            "Lancement de ROMACT en Hongrie",
            "Le programme ROMACT démarre avec les municipalités hongroises.",
        ),
    },
    {
        "slug": "romact-launch-albena-2013",
        "start": D(2013, 10, 14),
        "city": "Albena",
        "country": "BG",
        "organiser": "programme",
        "programme": "romact",
        "en": ("ROMACT launch in Bulgaria", "The ROMACT programme starts with the Bulgarian municipalities."),
        "fr": (
            "Lancement de ROMACT en Bulgarie",
            "Le programme ROMACT démarre avec les municipalités bulgares.",
        ),
    },
    {
        "slug": "romact-launch-bucharest-2013",
        "start": D(2013, 10, 15),
        "city": "Bucharest",
        "city_fr": "Bucarest",
        "country": "RO",
        "organiser": "programme",
        "programme": "romact",
        "en": ("ROMACT launch in Romania", "The ROMACT programme starts with the Romanian municipalities."),
        "fr": (
            "Lancement de ROMACT en Roumanie",
            "Le programme ROMACT démarre avec les municipalités roumaines.",
        ),
    },
    {
        "slug": "romact-launch-kosice-2013",
        "start": D(2013, 11, 5),
        "city": "Košice",
        "country": "SK",
        "organiser": "programme",
        "programme": "romact",
        "en": ("ROMACT launch in Slovakia", "The ROMACT programme starts with the Slovak municipalities."),
        "fr": (
            "Lancement de ROMACT en Slovaquie",
            "Le programme ROMACT démarre avec les municipalités slovaques.",
        ),
    },
    {
        "slug": "romact-romed2-conference-milan-2014",
        "start": D(2014, 1, 18),
        "city": "Milan",
        "country": "IT",
        "organiser": "programme",
        "programme": "romact",
        "en": ("Launch conference of ROMACT and ROMED2 in Italy", "Italian cities join the two programmes."),
        "fr": (
            "Conférence de lancement de ROMACT et ROMED2 en Italie",
            "Des villes italiennes rejoignent les deux programmes.",
        ),
    },
    {
        "slug": "national-seminar-belgrade-2015",
        "start": D(2015, 6, 12),
        "city": "Belgrade",
        "country": "RS",
        "organiser": "alliance",
        "en": (
            "First national seminar in Serbia",
            "Serbian participants meet to share their work for Roma inclusion.",
        ),
        "fr": (
            "Premier séminaire national en Serbie",
            "Les participants serbes se réunissent pour partager leur action en faveur de l'inclusion des Roms.",
        ),
    },
    {
        "slug": "national-seminar-trakai-2015",
        "start": D(2015, 12, 17),
        "city": "Trakai",
        "country": "LT",
        "organiser": "alliance",
        "en": ("National seminar in Lithuania", "23 local officials discuss Roma inclusion in Lithuania."),
        "fr": (
            "Séminaire national en Lituanie",
            "23 responsables locaux débattent de l'inclusion des Roms en Lituanie.",
        ),
    },
    {
        "slug": "congress-session-march-2017",
        "start": D(2017, 3, 28),
        "end": D(2017, 3, 30),
        "place": "32nd Session of the Congress",
        "place_fr": "32e session du Congrès",
        "city": "Strasbourg",
        "country": "FR",
        "organiser": "congress",
        "en": (
            "Declaration against anti-Gypsyism adopted",
            "Mayors and elected representatives adopt the Declaration on 29 March.",
        ),
        "fr": (
            "Adoption de la Déclaration contre l'antitsiganisme",
            "Les maires et les élus adoptent la Déclaration le 29 mars.",
        ),
    },
    {
        "slug": "ukrainian-network-kyiv-2017",
        "start": D(2017, 11, 16),
        "end": D(2017, 11, 17),
        "city": "Kyiv",
        "city_fr": "Kyiv",
        "country": "UA",
        "organiser": "network",
        "network": "UA",
        "en": (
            "First meeting of the Ukrainian network",
            "The Ukrainian Alliance of Cities and Regions for Roma Inclusion holds its founding meeting.",
        ),
        "fr": (
            "Première réunion du réseau ukrainien",
            "L'Alliance ukrainienne des villes et des régions pour l'inclusion des Roms tient sa réunion fondatrice.",
        ),
    },
    {
        "slug": "greek-network-athens-2018",
        "start": D(2018, 4, 12),
        "city": "Athens",
        "city_fr": "Athènes",
        "country": "GR",
        "organiser": "network",
        "network": "GR",
        "en": (
            "Meeting of the Greek national network",
            "On 12 April 2018, 28 municipalities and regions met; 16 of them signed the Declaration that day, as reported at the time (their names were not published).",
        ),
        "fr": (
            "Réunion du réseau national grec",
            "Le 12 avril 2018, 28 municipalités et régions se sont réunies ; 16 d'entre elles ont signé la Déclaration ce jour-là, selon les chiffres publiés alors (leurs noms ne l'ont pas été).",
        ),
    },
    {
        "slug": "cahrom-athens-2018",
        "start": D(2018, 5, 24),
        "city": "Athens",
        "city_fr": "Athènes",
        "country": "GR",
        "organiser": "other",
        "organiser_name": "CAHROM, Council of Europe",
        "organiser_name_fr": "CAHROM, Conseil de l'Europe",
        "en": (
            "15th meeting of CAHROM",
            "The Council of Europe's committee of experts on Roma and Traveller issues meets.",
        ),
        "fr": (
            "15e réunion du CAHROM",
            "Le comité d'experts du Conseil de l'Europe sur les questions relatives aux Roms et aux Gens du voyage se réunit.",
        ),
    },
    {
        "slug": "albanian-network-tirana-2018",
        "start": D(2018, 10, 11),
        "city": "Tirana",
        "country": "AL",
        "organiser": "network",
        "network": "AL",
        "en": (
            "Seminar towards an Albanian network",
            "Albanian municipalities prepare a national network, to be set up in 2019.",
        ),
        "fr": (
            "Séminaire pour un réseau albanais",
            "Des municipalités albanaises préparent un réseau national, qui doit voir le jour en 2019.",
        ),
    },
    {
        "slug": "cahrom-tirana-2018",
        "start": D(2018, 11, 14),
        "city": "Tirana",
        "country": "AL",
        "organiser": "other",
        "organiser_name": "CAHROM, Council of Europe",
        "organiser_name_fr": "CAHROM, Conseil de l'Europe",
        "en": (
            "CAHROM meeting in Tirana",
            "The committee of experts on Roma and Traveller issues meets in Albania.",
        ),
        "fr": (
            "Réunion du CAHROM à Tirana",
            "Le comité d'experts sur les questions relatives aux Roms et aux Gens du voyage se réunit en Albanie.",
        ),
    },
    {
        "slug": "ukrainian-network-lviv-2019",
        "start": D(2019, 2, 26),
        "city": "Lviv",
        "country": "UA",
        "organiser": "network",
        "network": "UA",
        "en": (
            "Second meeting of the Ukrainian network",
            "The safety of Roma after the violent attacks of 2018 is on the agenda.",
        ),
        "fr": (
            "Deuxième réunion du réseau ukrainien",
            "La sécurité des Roms après les violentes attaques de 2018 est à l'ordre du jour.",
        ),
    },
]
