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
            "image_alt": "Illustration abstraite : cercles dorés sur fond bleu foncé.",
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
            "standfirst": "In November 2015, with the Metropolitan City of Reggio Calabria, the Alliance gathered 130 cities and regions from 29 countries.",
            "body": "<p>The Metropolitan City of Reggio Calabria, in Italy, has joined the Alliance. It is the 130th participant; the Alliance then brought together authorities from 29 countries.</p>",
        },
        "fr": {
            "title": "Reggio de Calabre devient le 130e participant",
            "standfirst": "En novembre 2015, avec la Ville métropolitaine de Reggio de Calabre, l'Alliance réunissait 130 villes et régions de 29 pays.",
            "body": "<p>La Ville métropolitaine de Reggio de Calabre, en Italie, a rejoint l'Alliance. Elle en est le 130e participant ; l'Alliance rassemblait alors des collectivités de 29 pays.</p>",
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
            "body": "<p>The Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism was adopted on 29 March 2017, during the 32nd Session of the Congress in Strasbourg.</p><p>Those who sign it commit to defend human rights, to reject every form of discrimination and hate speech against Roma and Travellers, and to encourage their participation in political life. By 3 April 2017, 53 elected representatives from 25 countries had signed.</p>",
            "image_alt": "Abstract illustration: gold circles on a green background.",
        },
        "fr": {
            "title": "Les maires adoptent une Déclaration contre l'antitsiganisme",
            "standfirst": "Lors de la 32e session du Congrès, des élus locaux et régionaux s'engagent à rejeter toute discrimination envers les Roms et les Gens du voyage.",
            "body": "<p>La Déclaration des maires et des élus locaux et régionaux contre l'antitsiganisme a été adoptée le 29 mars 2017, lors de la 32e session du Congrès à Strasbourg.</p><p>Ses signataires s'engagent à défendre les droits de l'homme, à rejeter toute forme de discrimination et de discours de haine envers les Roms et les Gens du voyage, et à encourager leur participation à la vie politique. Au 3 avril 2017, 53 élus de 25 pays l'avaient signée.</p>",
            "image_alt": "Illustration abstraite : cercles dorés sur fond vert.",
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
            "body": "<p>Le prix Dosta! du Congrès 2017 a été remis le 19 octobre 2017 aux municipalités de Şişli (Turquie), Volos (Grèce) et Gliwice (Pologne).</p>",
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
            "image_alt": "Illustration abstraite : cercles dorés sur fond violet.",
        },
    },
]

ARTICLES += [
    {
        "slug": "cahrom-athens-roma-political-participation",
        "date": D(2018, 5, 24),
        "tags": ["statements"],
        "kind": "statement",
        "speaker": "john-warmisham",
        "en": {
            "title": "John Warmisham at CAHROM: Roma and Travellers belong in local political life",
            "standfirst": "In Athens, the Congress spoke to the Council of Europe's experts on Roma and Traveller issues about the political participation of Roma.",
            "body": "<p>On 24 May 2018, at the 15th meeting of CAHROM, the Council of Europe's Ad Hoc Committee of Experts on Roma and Traveller Issues, in Athens, John Warmisham spoke for the Congress of Local and Regional Authorities on the participation of Roma in political life.</p><p>Towns and regions are where that participation begins: in local councils, in consultation with Roma communities and in the choice of candidates. Those who sign the Declaration against anti-Gypsyism commit to encourage Roma and Travellers to take part in political representation, and the Alliance's participants share what works.</p>",
        },
        "fr": {
            "title": "John Warmisham au CAHROM : les Roms et les Gens du voyage ont leur place dans la vie politique locale",
            "standfirst": "À Athènes, le Congrès s'est adressé aux experts du Conseil de l'Europe sur les questions relatives aux Roms et aux Gens du voyage au sujet de la participation politique des Roms.",
            "body": "<p>Le 24 mai 2018, lors de la 15e réunion du CAHROM, le Comité ad hoc d'experts du Conseil de l'Europe sur les questions relatives aux Roms et aux Gens du voyage, à Athènes, John Warmisham s'est exprimé au nom du Congrès des pouvoirs locaux et régionaux sur la participation des Roms à la vie politique.</p><p>C'est dans les villes et les régions que cette participation commence : dans les conseils locaux, dans la concertation avec les communautés roms et dans le choix des candidats. Les signataires de la Déclaration contre l'antitsiganisme s'engagent à encourager les Roms et les Gens du voyage à prendre part à la représentation politique, et les participants de l'Alliance partagent ce qui fonctionne.</p>",
        },
    },
    {
        "slug": "romact-131-municipalities",
        "date": D(2018, 9, 30),
        "tags": ["romact"],
        "programmes": ["romact"],
        "en": {
            "title": "ROMACT by September 2018: 131 municipalities in 6 countries",
            "standfirst": "By September 2018, five years after its launch, the joint programme of the European Commission and the Council of Europe had worked with 131 municipalities.",
            "body": "<p>Since October 2013, ROMACT has helped mayors and municipal teams build local policies for Roma inclusion together with Roma communities, step by step: from the mayor's commitment and a community action group to a joint action plan, its place in municipal policy and budget, and projects that receive funding.</p><p>By September 2018, 131 municipalities in Bulgaria, Czechia, Hungary, Italy, Romania and Slovakia had benefited from the programme, among them 59 in Romania and 30 in Bulgaria since 2014.</p>",
        },
        "fr": {
            "title": "ROMACT en septembre 2018 : 131 municipalités de 6 pays",
            "standfirst": "En septembre 2018, cinq ans après son lancement, le programme conjoint de la Commission européenne et du Conseil de l'Europe avait accompagné 131 municipalités.",
            "body": "<p>Depuis octobre 2013, ROMACT aide les maires et les équipes municipales à construire avec les communautés roms des politiques locales d'inclusion, étape par étape : de l'engagement du maire et d'un groupe d'action communautaire jusqu'à un plan d'action conjoint, son inscription dans la politique et le budget municipaux, puis des projets financés.</p><p>En septembre 2018, 131 municipalités de Bulgarie, de Hongrie, d'Italie, de Roumanie, de Slovaquie et de Tchéquie avaient bénéficié du programme, dont 59 en Roumanie et 30 en Bulgarie depuis 2014.</p>",
        },
    },
    {
        "slug": "from-jyvaskyla-to-malaga",
        "date": D(2019, 1, 31),
        "tags": ["declaration"],
        "en": {
            "title": "January 2019: 113 signatories of the Declaration, from Jyväskylä to Málaga",
            "standfirst": "In January 2019, from the north of Europe to its south, 113 mayors and elected representatives from 32 countries had signed the Declaration against anti-Gypsyism.",
            "body": "<p>In January 2019 the Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism counted 113 signatories from 32 countries, from Jyväskylä in Finland to Málaga in Spain.</p><p>Those who sign commit to reject every form of discrimination, hate speech and violence against Roma and Travellers, to stay out of political alliances with parties that incite racial or ethnic prejudice, and to encourage Roma and Travellers to take part in political life. Any mayor or elected local or regional representative of a Council of Europe member state can sign it on this site.</p><p>These are the totals the secretariat published at the time. The list of signatories on this site shows the signatures recorded here, each with its date.</p>",
        },
        "fr": {
            "title": "Janvier 2019 : 113 signataires de la Déclaration, de Jyväskylä à Málaga",
            "standfirst": "En janvier 2019, du nord au sud de l'Europe, 113 maires et élus de 32 pays avaient signé la Déclaration contre l'antitsiganisme.",
            "body": "<p>En janvier 2019, la Déclaration des maires et des élus locaux et régionaux contre l'antitsiganisme comptait 113 signataires de 32 pays, de Jyväskylä en Finlande à Málaga en Espagne.</p><p>Ses signataires s'engagent à rejeter toute forme de discrimination, de discours de haine et de violence envers les Roms et les Gens du voyage, à refuser toute alliance politique avec des partis qui attisent les préjugés raciaux ou ethniques, et à encourager les Roms et les Gens du voyage à prendre part à la vie politique. Tout maire ou élu local ou régional d'un État membre du Conseil de l'Europe peut la signer sur ce site.</p><p>Ce sont les totaux publiés alors par le secrétariat. La liste des signataires de ce site présente les signatures qui y sont enregistrées, chacune avec sa date.</p>",
        },
    },
    {
        "slug": "ukrainian-alliance-meets-in-lviv",
        "date": D(2019, 2, 26),
        "tags": ["national-networks"],
        "authorities": ["Lviv"],
        "networks": ["UA"],
        "en": {
            "title": "The Ukrainian Alliance meets in Lviv on the safety of Roma",
            "standfirst": "After the violent attacks on Roma in Ukraine in 2018, the national network held its second official meeting in Lviv.",
            "body": "<p>The Ukrainian Alliance of Cities and Regions for Roma Inclusion held its second official meeting in Lviv on 26 February 2019.</p><p>The meeting was called because of the violent attacks on Roma in Ukraine in 2018. Its members discussed how local and regional authorities can keep Roma residents safe, answer attacks and hate speech at once, and work with the police and with Roma communities so that such violence does not happen again.</p>",
        },
        "fr": {
            "title": "L'Alliance ukrainienne se réunit à Lviv sur la sécurité des Roms",
            "standfirst": "Après les violentes attaques contre des Roms en Ukraine en 2018, le réseau national a tenu sa deuxième réunion officielle à Lviv.",
            "body": "<p>L'Alliance ukrainienne des villes et des régions pour l'inclusion des Roms a tenu sa deuxième réunion officielle à Lviv le 26 février 2019.</p><p>Cette réunion a été convoquée en raison des violentes attaques contre des Roms en Ukraine en 2018. Ses membres ont examiné comment les collectivités locales et régionales peuvent assurer la sécurité des habitants roms, répondre sans délai aux attaques et aux discours de haine, et travailler avec la police et les communautés roms pour que de telles violences ne se reproduisent pas.</p>",
        },
    },
]

# The people who give the Alliance's statements, by slug.
SPEAKERS = {
    "john-warmisham": {
        "name": "John Warmisham",
        "role_en": "Congress Thematic Spokesperson on Roma and Travellers",
        "role_fr": "Porte-parole thématique du Congrès sur les Roms et les Gens du voyage",
    },
}

# Tags are words of each language: the French articles get the French ones.
FRENCH_TAGS = {
    "alliance": "alliance",
    "accession": "adhésion",
    "declaration": "déclaration",
    "dosta-prize": "prix Dosta!",
    "national-networks": "réseaux nationaux",
    "statements": "prises de position",
    "romact": "ROMACT",
}

IMAGE_CREDIT = {"en": "Illustration: Alliance secretariat", "fr": "Illustration : secrétariat de l'Alliance"}
