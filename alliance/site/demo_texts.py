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
        "search_description": "Cities and regions of the Council of Europe working together for the inclusion of Roma and Travellers: who takes part, news, events and how to join.",
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
        "search_description": "Des villes et des régions du Conseil de l'Europe qui agissent ensemble pour l'inclusion des Roms et des Gens du voyage : participants, actualités, événements, adhésion.",
        "join_heading": "Faites entrer votre ville ou votre région dans l'Alliance",
        "join_text": "Une décision du maire ou du conseil suffit pour présenter une demande. Le secrétariat répond à chaque candidature.",
    },
}

ABOUT = {
    "en": {
        "title": "About the Alliance",
        "slug": "about",
        "standfirst": "A network of local and regional authorities, supported by the Congress of Local and Regional Authorities of the Council of Europe.",
        "search_description": "What the Alliance is for, what its participants commit to, its strategic guidelines and its place at the Congress of the Council of Europe.",
        "body": (
            "<h2>What it is for</h2><p>The Alliance brings together cities and regions of Council of Europe "
            "member states that want Roma and Travellers to take a full part in local life. Its participants "
            "exchange what works, learn from each other's policies on education, housing, health and "
            "employment, take part in programmes such as ROMACT, and speak up together against "
            "anti-Gypsyism.</p>"
            "<h2>Where it comes from</h2><p>The idea took shape at the Summit of Mayors on Roma in "
            "September 2011. The Alliance was launched on 20 March 2013, at the 24th Session of the Congress "
            "in Strasbourg, with a founding core group that included Heraklion and Strasbourg.</p>"
            "<h2>What participants commit to</h2><p>A city or region joins by a decision of its mayor or "
            "council, and in doing so accepts to:</p><ul><li>uphold the Council of Europe's standards on "
            "human rights and good governance;</li><li>refrain from hate speech against Roma and "
            "Travellers;</li><li>work to end the segregation of Roma children at school;</li><li>refrain "
            "from forced evictions.</li></ul>"
            "<h2>Strategic guidelines</h2><p>The Alliance's strategic guidelines were approved by the "
            "Bureau of the Congress on 8 September 2014 and revised on 21 March 2016. They set its aims, "
            "who may take part and what is expected of participants, and how the secretariat supports "
            "them.</p>"
            "<h2>The Congress</h2><p>The Alliance works under the auspices of the Congress of Local and "
            "Regional Authorities, the Council of Europe's assembly of elected local and regional "
            "representatives. A small secretariat at the Congress, in Strasbourg, coordinates the "
            "Alliance's work, and the Congress has a thematic spokesperson on Roma and Travellers.</p>"
        ),
    },
    "fr": {
        "title": "À propos de l'Alliance",
        "slug": "a-propos",
        "standfirst": "Un réseau de collectivités locales et régionales, soutenu par le Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe.",
        "search_description": "La raison d'être de l'Alliance, les engagements de ses participants, ses lignes directrices stratégiques et sa place au Congrès du Conseil de l'Europe.",
        "body": (
            "<h2>Sa raison d'être</h2><p>L'Alliance réunit des villes et des régions des États membres du "
            "Conseil de l'Europe qui veulent que les Roms et les Gens du voyage prennent toute leur place "
            "dans la vie locale. Ses participants échangent ce qui fonctionne, s'inspirent des politiques "
            "des autres en matière d'éducation, de logement, de santé et d'emploi, prennent part à des "
            "programmes comme ROMACT et s'expriment ensemble contre l'antitsiganisme.</p>"
            "<h2>Ses origines</h2><p>L'idée est née au Sommet des maires sur les Roms en septembre 2011. "
            "L'Alliance a été lancée le 20 mars 2013, lors de la 24e session du Congrès à Strasbourg, avec "
            "un groupe fondateur dont faisaient partie Héraklion et Strasbourg.</p>"
            "<h2>Les engagements des participants</h2><p>Une ville ou une région adhère par une décision de "
            "son maire ou de son conseil et accepte ainsi de :</p><ul><li>respecter les normes du Conseil "
            "de l'Europe en matière de droits humains et de bonne gouvernance ;</li><li>s'abstenir de tout "
            "discours de haine envers les Roms et les Gens du voyage ;</li><li>œuvrer à la fin de la "
            "ségrégation des enfants roms à l'école ;</li><li>s'abstenir de toute expulsion "
            "forcée.</li></ul>"
            "<h2>Lignes directrices stratégiques</h2><p>Les lignes directrices stratégiques de l'Alliance "
            "ont été approuvées par le Bureau du Congrès le 8 septembre 2014 et révisées le 21 mars 2016. "
            "Elles fixent ses objectifs, qui peut y participer et ce que l'on attend des participants, et "
            "la manière dont le secrétariat les accompagne.</p>"
            "<h2>Le Congrès</h2><p>L'Alliance agit sous l'égide du Congrès des pouvoirs locaux et "
            "régionaux, l'assemblée des élus locaux et régionaux du Conseil de l'Europe. Un petit "
            "secrétariat au Congrès, à Strasbourg, coordonne ses travaux, et le Congrès a un porte-parole "
            "thématique sur les Roms et les Gens du voyage.</p>"
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
            "<p>Le terme « Roms et Gens du voyage » est employé au Conseil de l'Europe pour englober la "
            "grande diversité des groupes concernés : Roms, Sintés/Manouches, Calés, Kaale, Romanichels, "
            "Béas/Rudari ; Égyptiens des Balkans (Égyptiens et Ashkali) ; groupes orientaux (Doms, Loms et "
            "Abdal) ; Gens du voyage, Yéniches, les populations désignées par le terme administratif "
            "« Gens du voyage », ainsi que les personnes qui s'auto-identifient comme Tsiganes.</p>"
        ),
    },
}

CONTACT = {
    "name": "Secretariat of the Alliance, Congress of Local and Regional Authorities",
    "name_fr": "Secrétariat de l'Alliance, Congrès des pouvoirs locaux et régionaux",
    "address": "Council of Europe\nAvenue de l'Europe\nF-67075 Strasbourg Cedex\nFrance",
    "address_fr": "Conseil de l'Europe\nAvenue de l'Europe\nF-67075 Strasbourg Cedex\nFrance",
}
