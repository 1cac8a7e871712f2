"""Wording of the demo pages, written for this site in English and French."""

HOME = {
    "en": {
        "title": "European Alliance of Cities and Regions for Roma Inclusion",
        "slug": "home",
        "mission": "Local and regional authorities working together so that Roma and Travellers take a full part in the life of their towns and regions.",
        "introduction": (
            "<p>Launched in Strasbourg on 20 March 2013 at the 24th Session of the Congress, the Alliance "
            "brings together cities and regions of Council of Europe member states that commit to the "
            "inclusion of Roma and Travellers. Its participants share what works, learn from each other "
            "and take part in programmes such as ROMACT.</p>"
        ),
        "join_heading": "Bring your city or region into the Alliance",
        "join_text": "A decision of the mayor or the council is all it takes to apply. The secretariat answers every application.",
    },
    "fr": {
        "title": "Alliance européenne des villes et des régions pour l'inclusion des Roms",
        "slug": "accueil",
        "mission": "Des collectivités locales et régionales qui agissent ensemble pour que les Roms et les Gens du voyage prennent toute leur place dans la vie de leurs villes et de leurs régions.",
        "introduction": (
            "<p>Lancée à Strasbourg le 20 mars 2013 lors de la 24e session du Congrès, l'Alliance réunit "
            "des villes et des régions des États membres du Conseil de l'Europe qui s'engagent pour "
            "l'inclusion des Roms et des Gens du voyage. Ses participants mettent en commun ce qui "
            "fonctionne, apprennent les uns des autres et prennent part à des programmes comme ROMACT.</p>"
        ),
        "join_heading": "Faites entrer votre ville ou votre région dans l'Alliance",
        "join_text": "Une décision du maire ou du conseil suffit pour présenter une demande. Le secrétariat répond à chaque candidature.",
    },
}

ABOUT = {
    "en": {
        "title": "About the Alliance",
        "slug": "about",
        "standfirst": "A network of local and regional authorities, supported by the Congress of Local and Regional Authorities of the Council of Europe.",
        "body": (
            "<h2>Where it comes from</h2><p>The idea took shape at the Summit of Mayors on Roma in "
            "September 2011. The Alliance was launched on 20 March 2013, with a founding core group that "
            "included Heraklion and Strasbourg.</p>"
            "<h2>What participants commit to</h2><ul><li>respect the Council of Europe's standards on "
            "human rights and good governance;</li><li>never use hate speech against Roma and "
            "Travellers;</li><li>work to end the segregation of Roma children at school;</li><li>refrain "
            "from forced evictions.</li></ul>"
            "<h2>How it is run</h2><p>Its strategic guidelines were approved by the Congress Bureau on "
            "8 September 2014 and revised on 21 March 2016. A small secretariat in Strasbourg "
            "coordinates its work.</p>"
        ),
    },
    "fr": {
        "title": "À propos de l'Alliance",
        "slug": "a-propos",
        "standfirst": "Un réseau de collectivités locales et régionales, soutenu par le Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe.",
        "body": (
            "<h2>Ses origines</h2><p>L'idée est née au Sommet des maires sur les Roms en septembre 2011. "
            "L'Alliance a été lancée le 20 mars 2013, avec un groupe fondateur dont faisaient partie "
            "Héraklion et Strasbourg.</p>"
            "<h2>Les engagements des participants</h2><ul><li>respecter les normes du Conseil de l'Europe "
            "en matière de droits humains et de bonne gouvernance ;</li><li>ne jamais tenir de discours de "
            "haine envers les Roms et les Gens du voyage ;</li><li>œuvrer à la fin de la ségrégation des "
            "enfants roms à l'école ;</li><li>s'abstenir de toute expulsion forcée.</li></ul>"
            "<h2>Son fonctionnement</h2><p>Ses lignes directrices stratégiques ont été approuvées par le "
            "Bureau du Congrès le 8 septembre 2014 et révisées le 21 mars 2016. Un petit secrétariat "
            "basé à Strasbourg coordonne ses travaux.</p>"
        ),
    },
}

TERMINOLOGY = {
    "en": {
        "heading": "Please note",
        "text": (
            "<p>The term “Roma and Travellers” is used at the Council of Europe to cover the wide "
            "diversity of the groups concerned: Roma, Sinti/Manush, Calé, Kaale, Romanichals, "
            "Boyash/Rudari; Balkan Egyptians (Egyptians and Ashkali); Eastern groups (Dom, Lom and "
            "Abdal); Travellers, Yenish, the populations designated by the administrative term “Gens du "
            "voyage”, and persons who identify themselves as Gypsies.</p>"
        ),
    },
    "fr": {
        "heading": "À noter",
        "text": (
            "<p>Le terme « Roms et Gens du voyage » est employé au Conseil de l'Europe pour englober la "
            "grande diversité des groupes concernés : Roms, Sintés/Manouches, Calés, Kaale, Romanichels, "
            "Béas/Rudari ; Égyptiens des Balkans (Égyptiens et Ashkali) ; groupes orientaux (Doms, Loms et "
            "Abdal) ; Gens du voyage, Yéniches, les populations désignées par le terme administratif "
            "« Gens du voyage », ainsi que les personnes qui s'auto-identifient comme Tsiganes.</p>"
        ),
    },
}
