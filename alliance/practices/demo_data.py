"""Demo good practices, each written from an event or process in the Alliance's public record.

None is attributed to an authority: the record says where meetings took place, not which
participant ran which practice. They are written as the secretariat's own notes and state no
result beyond what the record says.
"""

PRACTICES = [
    {
        "key": "radenci-housing-2013",
        "theme": "housing",
        "period_start": 2013,
        "period_end": 2013,
        "title_en": "Comparing local housing policies: the Radenci conference",
        "title_fr": "Comparer les politiques locales du logement : la conférence de Radenci",
        "summary_en": (
            "On 20 September 2013 the Alliance gathered more than 80 participants from 13 countries in "
            "Radenci, Slovenia, for a conference on housing. Officials of cities and regions set side by "
            "side how they improve the housing conditions of Roma and Travellers, so that each could learn "
            "from approaches already tried elsewhere."
        ),
        "summary_fr": (
            "Le 20 septembre 2013, l'Alliance a réuni à Radenci (Slovénie) plus de 80 participants venus de "
            "13 pays pour une conférence consacrée au logement. Des responsables de villes et de régions y "
            "ont confronté leurs façons d'améliorer les conditions de logement des Roms et des Gens du "
            "voyage, afin que chacun puisse s'inspirer de démarches déjà essayées ailleurs."
        ),
    },
    {
        "key": "budapest-education-2012",
        "theme": "education",
        "period_start": 2012,
        "period_end": 2012,
        "title_en": "Local education policies for Roma: the Budapest seminar",
        "title_fr": "Politiques éducatives locales pour les Roms : le séminaire de Budapest",
        "summary_en": (
            "On 17 and 18 December 2012, before the Alliance was launched, a seminar in Budapest looked at "
            "education policies for Roma children and at what cities and regions can do within their own "
            "powers."
        ),
        "summary_fr": (
            "Les 17 et 18 décembre 2012, avant le lancement de l'Alliance, un séminaire tenu à Budapest a "
            "examiné les politiques d'éducation en faveur des enfants roms et ce que les villes et les "
            "régions peuvent faire dans le cadre de leurs compétences."
        ),
    },
    {
        "key": "madrid-housing-2012",
        "theme": "housing",
        "period_start": 2012,
        "period_end": 2012,
        "title_en": "A seminar on housing in Madrid",
        "title_fr": "Un séminaire sur le logement à Madrid",
        "summary_en": (
            "On 17 December 2012 a seminar in Madrid was given over to housing, one of the fields in which "
            "local authorities act most directly on the lives of Roma families."
        ),
        "summary_fr": (
            "Le 17 décembre 2012, un séminaire tenu à Madrid a été consacré au logement, l'un des domaines "
            "où l'action des collectivités locales touche le plus directement la vie des familles roms."
        ),
    },
    {
        "key": "romact-community-action-groups",
        "theme": "political-participation",
        "period_start": 2013,
        "period_end": None,
        "title_en": "Community action groups in ROMACT municipalities",
        "title_fr": "Des groupes d'action communautaire dans les communes ROMACT",
        "summary_en": (
            "In the ROMACT programme, run since October 2013 by the European Commission and the Council of "
            "Europe, the mayor first commits the municipality to the process. A community action group is "
            "then formed; with the municipality it assesses needs and prepares a joint action plan, which "
            "is integrated into municipal policy and budget before project proposals are submitted for "
            "funding."
        ),
        "summary_fr": (
            "Dans le programme ROMACT, mené depuis octobre 2013 par la Commission européenne et le Conseil "
            "de l'Europe, le maire engage d'abord sa commune dans la démarche. Un groupe d'action "
            "communautaire est ensuite constitué ; avec la commune, il évalue les besoins et prépare un plan "
            "d'action commun, intégré à la politique et au budget municipaux avant que des projets soient "
            "soumis pour financement."
        ),
    },
    {
        "key": "greek-network-declaration-2018",
        "theme": "anti-discrimination",
        "period_start": 2018,
        "period_end": 2018,
        "title_en": "Signing the Declaration against anti-Gypsyism at a national network meeting",
        "title_fr": "Signer la Déclaration contre l'antitsiganisme lors d'une réunion du réseau national",
        "summary_en": (
            "On 12 April 2018 the Greek national network met in Athens with 28 municipalities and regions; "
            "during the meeting, as reported at the time, 16 of them signed the Declaration of Mayors and Elected Local and Regional "
            "Representatives against anti-Gypsyism: a national meeting gave elected representatives the "
            "occasion to commit together."
        ),
        "summary_fr": (
            "Le 12 avril 2018, le réseau national grec s'est réuni à Athènes avec 28 communes et régions ; "
            "au cours de la réunion, selon les chiffres publiés alors, 16 d'entre elles ont signé la Déclaration des maires et des élus locaux "
            "et régionaux contre l'antitsiganisme : une rencontre nationale a offert aux élus l'occasion de "
            "s'engager ensemble."
        ),
    },
]
