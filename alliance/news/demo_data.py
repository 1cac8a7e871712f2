"""Demo news from the Alliance's public record: the facts and dates are real, the wording is the
project's own. Each article names the participants (by registry name), the national networks
(by country) and the programmes (by slug) it concerns."""

import datetime

D = datetime.date

INDEX = {
    "en": {
        "title": "News",
        "introduction": "What the Alliance, its participants and its national networks are doing.",
    },
    "fr": {
        "title": "Actualités",
        "introduction": "Ce que font l'Alliance, ses participants et ses réseaux nationaux.",
    },
}

ARTICLES = [
    {
        "slug": "alliance-launched",
        "date": D(2013, 3, 20),
        "tags": ["alliance"],
        "authorities": ["Heraklion", "Strasbourg"],
        "image": ("launch", "#003d7a"),
        "en": {
            "title": "The Alliance is launched in Strasbourg",
            "standfirst": "Cities and regions committed to Roma inclusion now have a network of their own, under the auspices of the Congress.",
            "body": "<p>The European Alliance of Cities and Regions for Roma Inclusion was launched on 20 March 2013, during the 24th Session of the Congress of Local and Regional Authorities in Strasbourg.</p><p>The idea was first put forward at the Summit of Mayors on Roma in September 2011. A core group of founding authorities, among them Heraklion and Strasbourg, prepared the launch.</p>",
            "image_alt": "Abstract illustration: gold circles on a dark blue background.",
        },
        "fr": {
            "title": "L'Alliance est lancée à Strasbourg",
            "standfirst": "Les villes et les régions engagées pour l'inclusion des Roms disposent désormais de leur propre réseau, sous l'égide du Congrès.",
            "body": "<p>L'Alliance européenne des villes et des régions pour l'inclusion des Roms a été lancée le 20 mars 2013, lors de la 24e session du Congrès des pouvoirs locaux et régionaux à Strasbourg.</p><p>L'idée était née au Sommet des maires sur les Roms, en septembre 2011. Un groupe de collectivités fondatrices, dont Héraklion et Strasbourg, a préparé ce lancement.</p>",
            "image_alt": "Illustration abstraite : cercles dorés sur fond bleu foncé.",
        },
    },
    {
        "slug": "val-de-marne-joins",
        "date": D(2013, 6, 10),
        "tags": ["accession"],
        "authorities": ["Val-de-Marne"],
        "en": {
            "title": "Val-de-Marne joins the Alliance",
            "standfirst": "The French department becomes the 120th participant after a visit to Strasbourg.",
            "body": "<p>After a visit to the Congress in Strasbourg on 10 June 2013, the Department of Val-de-Marne decided to join the Alliance, bringing the number of participants to 120.</p>",
        },
        "fr": {
            "title": "Le Val-de-Marne rejoint l'Alliance",
            "standfirst": "Le département français devient le 120e participant après une visite à Strasbourg.",
            "body": "<p>À la suite d'une visite au Congrès, à Strasbourg, le 10 juin 2013, le Département du Val-de-Marne a décidé de rejoindre l'Alliance, qui compte ainsi 120 participants.</p>",
        },
    },
    {
        "slug": "kragujevac-joins",
        "date": D(2014, 3, 24),
        "tags": ["accession"],
        "authorities": ["Kragujevac"],
        "en": {
            "title": "Kragujevac joins the Alliance",
            "standfirst": "The Serbian city is the 122nd participant.",
            "body": "<p>On 24 March 2014 the City of Kragujevac, in Serbia, joined the Alliance as its 122nd participant.</p>",
        },
        "fr": {
            "title": "Kragujevac rejoint l'Alliance",
            "standfirst": "La ville serbe est le 122e participant.",
            "body": "<p>Le 24 mars 2014, la ville de Kragujevac, en Serbie, a rejoint l'Alliance, dont elle devient le 122e participant.</p>",
        },
    },
    {
        "slug": "tivat-joins",
        "date": D(2015, 5, 6),
        "tags": ["accession"],
        "authorities": ["Tivat"],
        "en": {
            "title": "Tivat, the first participant from Montenegro",
            "standfirst": "The coastal municipality of some 14,100 inhabitants becomes the 127th participant.",
            "body": "<p>Tivat joined the Alliance on 6 May 2015. About 400 of its 14,111 inhabitants are Roma and Egyptians.</p>",
        },
        "fr": {
            "title": "Tivat, premier participant du Monténégro",
            "standfirst": "La commune côtière d'environ 14 100 habitants devient le 127e participant.",
            "body": "<p>Tivat a rejoint l'Alliance le 6 mai 2015. Environ 400 de ses 14 111 habitants sont roms ou égyptiens.</p>",
        },
    },
    {
        "slug": "andalusia-joins",
        "date": D(2015, 6, 24),
        "tags": ["accession"],
        "authorities": ["Andalusia"],
        "en": {
            "title": "The Region of Andalusia joins",
            "standfirst": "Home to about 300,000 Roma, the Spanish region is the 129th participant.",
            "body": "<p>On 24 June 2015 the Region of Andalusia joined the Alliance. About 300,000 Roma live in the region, which becomes the 129th participant.</p>",
        },
        "fr": {
            "title": "La Région d'Andalousie adhère à l'Alliance",
            "standfirst": "Environ 300 000 Roms vivent dans cette région espagnole, qui devient le 129e participant.",
            "body": "<p>Le 24 juin 2015, la Région d'Andalousie a rejoint l'Alliance. Quelque 300 000 Roms vivent dans la région, qui devient le 129e participant.</p>",
        },
    },
    {
        "slug": "reggio-calabria-130th",
        "date": D(2015, 11, 30),
        "tags": ["accession"],
        "authorities": ["Metropolitan City of Reggio Calabria"],
        "en": {
            "title": "Reggio Calabria becomes the 130th participant",
            "standfirst": "With the Metropolitan City of Reggio Calabria, the Alliance gathers 130 cities and regions from 29 countries.",
            "body": "<p>The Metropolitan City of Reggio Calabria, in Italy, has joined the Alliance. It is the 130th participant; the Alliance now brings together authorities from 29 countries.</p>",
        },
        "fr": {
            "title": "Reggio de Calabre devient le 130e participant",
            "standfirst": "Avec la Ville métropolitaine de Reggio de Calabre, l'Alliance réunit 130 villes et régions de 29 pays.",
            "body": "<p>La Ville métropolitaine de Reggio de Calabre, en Italie, a rejoint l'Alliance. Elle en est le 130e participant ; l'Alliance rassemble désormais des collectivités de 29 pays.</p>",
        },
    },
    {
        "slug": "declaration-adopted",
        "date": D(2017, 3, 29),
        "tags": ["declaration"],
        "image": ("declaration", "#1d6b35"),
        "en": {
            "title": "Mayors adopt a Declaration against anti-Gypsyism",
            "standfirst": "At the 32nd Session of the Congress, local and regional elected representatives commit to reject all discrimination against Roma and Travellers.",
            "body": "<p>The Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism was adopted on 29 March 2017, during the 32nd Session of the Congress in Strasbourg.</p><p>Those who sign it commit to defend human rights, to reject every form of discrimination and hate speech against Roma and Travellers, and to encourage their participation in political life. By 3 April, 53 elected representatives from 25 countries had signed.</p>",
            "image_alt": "Abstract illustration: gold circles on a green background.",
        },
        "fr": {
            "title": "Les maires adoptent une Déclaration contre l'antitsiganisme",
            "standfirst": "Lors de la 32e session du Congrès, des élus locaux et régionaux s'engagent à rejeter toute discrimination envers les Roms et les Gens du voyage.",
            "body": "<p>La Déclaration des maires et des élus locaux et régionaux contre l'antitsiganisme a été adoptée le 29 mars 2017, lors de la 32e session du Congrès à Strasbourg.</p><p>Ses signataires s'engagent à défendre les droits de l'homme, à rejeter toute forme de discrimination et de discours de haine envers les Roms et les Gens du voyage, et à encourager leur participation à la vie politique. Au 3 avril, 53 élus de 25 pays l'avaient signée.</p>",
            "image_alt": "Illustration abstraite : cercles dorés sur fond vert.",
        },
    },
    {
        "slug": "dosta-prize-2017",
        "date": D(2017, 10, 19),
        "tags": ["dosta-prize"],
        "authorities": ["Şişli", "Volos", "Gliwice"],
        "en": {
            "title": "Dosta! prize 2017 for Şişli, Volos and Gliwice",
            "standfirst": "The Congress rewards three municipalities for their work with Roma communities.",
            "body": "<p>The Dosta! Congress prize 2017 was awarded on 19 October 2017 to the municipalities of Şişli (Türkiye), Volos (Greece) and Gliwice (Poland).</p>",
        },
        "fr": {
            "title": "Prix Dosta! 2017 pour Şişli, Volos et Gliwice",
            "standfirst": "Le Congrès récompense trois municipalités pour leur action avec les communautés roms.",
            "body": "<p>Le prix Dosta! du Congrès 2017 a été remis le 19 octobre 2017 aux municipalités de Şişli (Türkiye), Volos (Grèce) et Gliwice (Pologne).</p>",
        },
    },
    {
        "slug": "ukrainian-network-founded",
        "date": D(2017, 11, 17),
        "tags": ["national-networks"],
        "authorities": ["Lviv", "Uzhhorod", "Kropyvnytskyi"],
        "networks": ["UA"],
        "image": ("ukraine", "#5d3a9b"),
        "en": {
            "title": "A Ukrainian Alliance for Roma inclusion is founded",
            "standfirst": "Regional and district administrations and cities set up the first national network, in Kyiv.",
            "body": "<p>Meeting in Kyiv on 16 and 17 November 2017, nine Ukrainian authorities founded the Ukrainian Alliance of Cities and Regions for Roma Inclusion.</p><p>The founding members are the regional state administrations of Transcarpathia, Zaporizhzhia, Odesa and Kharkiv, the district state administrations of Pereiaslav-Khmelnytskyi and Darnytskyi, and the cities of Kropyvnytskyi, Uzhhorod and Lviv.</p>",
            "image_alt": "Abstract illustration: gold circles on a purple background.",
        },
        "fr": {
            "title": "Fondation d'une Alliance ukrainienne pour l'inclusion des Roms",
            "standfirst": "Des administrations régionales et de district et des villes créent le premier réseau national, à Kyiv.",
            "body": "<p>Réunies à Kyiv les 16 et 17 novembre 2017, neuf collectivités ukrainiennes ont fondé l'Alliance ukrainienne des villes et des régions pour l'inclusion des Roms.</p><p>Les membres fondateurs sont les administrations régionales d'État de Transcarpatie, de Zaporijjia, d'Odessa et de Kharkiv, les administrations de district de Pereïaslav-Khmelnytskyï et de Darnytskyï, et les villes de Kropyvnytskyï, d'Oujhorod et de Lviv.</p>",
            "image_alt": "Illustration abstraite : cercles dorés sur fond violet.",
        },
    },
]

# Tags are words of each language: the French articles get the French ones.
FRENCH_TAGS = {
    "alliance": "alliance",
    "accession": "adhésion",
    "declaration": "déclaration",
    "dosta-prize": "prix Dosta!",
    "national-networks": "réseaux nationaux",
}

IMAGE_CREDIT = {"en": "Illustration: Alliance secretariat", "fr": "Illustration : secrétariat de l'Alliance"}
