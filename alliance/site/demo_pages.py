"""Wording of the pages visitors look for (privacy, legal notice, accessibility), in English and
French, written for this site from the Alliance's public facts. The privacy notice's retention
periods are not written here: the page reads them from the live settings."""

PRIVACY = {
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "standfirst": "What the forms of this site collect about you, why, who sees it, how long it is kept and how to use your rights.",
        "search_description": "What the Alliance's forms collect, why, how long it is kept and how to see, correct or delete your data.",
        "body": (
            "<h2>Who is responsible</h2><p>The secretariat of the Alliance, at the Congress of Local and "
            "Regional Authorities of the Council of Europe in Strasbourg, runs this site and decides what "
            "is done with the data it receives. It follows the Council of Europe's rules on the protection "
            "of personal data.</p>"
            "<h2>What each form collects, and why</h2>"
            "<h3>Applying to join</h3><p>The name, country and level of the city or region, the name and "
            "office of the person applying, an email address, a telephone number if you give one, and the "
            "official decision of the mayor or council (a PDF). The secretariat uses them to review the "
            "application and to answer you. Once the authority is admitted, its name, country and date of "
            "accession are public; your name, address, telephone and the letter never are.</p>"
            "<h3>Signing the Declaration against anti-Gypsyism</h3><p>Your name, office, party or group, "
            "authority and country, your email address, whether your name may be shown, and the IP address "
            "the form was sent from. The email address confirms that the signature is yours; the secretariat "
            "checks that you hold the office; the IP address helps to detect bursts of false signatures. The "
            "public list shows the authority, the country and the date, and your name and office only if you "
            "agreed.</p>"
            "<h3>Proposing cooperation as an NGO</h3><p>The organisation, its website and areas of work, "
            "your proposal, a contact person, an email address and a telephone number if you give one, so "
            "that the secretariat can answer. Nothing of it is published.</p>"
            "<h3>Writing to the secretariat</h3><p>Your name, email address, subject and message, so that the "
            "secretariat can answer. Nothing of it is published.</p>"
            "<h3>Following the Alliance by email</h3><p>Your email address, the topics, language and rhythm "
            "you chose, and the record of your consent: when you confirmed, the wording you agreed to and a "
            "one-way hash of the address the request came from. They are used only to send what you chose; "
            "the list is never published nor given to anyone. Every email lets you change your choices or "
            "leave in one click.</p>"
            "<h3>Focal points</h3><p>The focal point of a participating city or region has an account: a "
            "name, an email address and a password stored only as a one-way hash. It is used to keep the "
            "authority's profile up to date.</p>"
            "<h2>Cookies</h2><p>The site sets no tracking or advertising cookie and loads nothing from other "
            "sites. Forms set a security cookie against forged requests; a focal point who signs in gets a "
            "session cookie that ends when they sign out.</p>"
            "<h2>Your rights, and how to use them</h2><ul><li><b>See your data:</b> ask the secretariat; it "
            "sends you everything the platform holds about you.</li><li><b>Correct it:</b> tell the "
            "secretariat what is wrong.</li><li><b>Withdraw a signature:</b> use the link in the email that "
            "confirmed it; the signature leaves the public list at once.</li><li><b>Delete your data:</b> ask "
            "the secretariat; it deletes the signature, application or message and keeps only the fact that "
            "it did so.</li></ul><p>Write to the secretariat through the contact form or at the address at "
            "the foot of every page. It answers within one month.</p>"
        ),
    },
    "fr": {
        "title": "Protection des données",
        "slug": "donnees-personnelles",
        "standfirst": "Ce que les formulaires de ce site recueillent à votre sujet, pourquoi, qui le voit, combien de temps c'est conservé et comment exercer vos droits.",
        "search_description": "Ce que recueillent les formulaires de l'Alliance, pourquoi, pour combien de temps, et comment consulter, corriger ou effacer vos données.",
        "body": (
            "<h2>Qui est responsable</h2><p>Le secrétariat de l'Alliance, au Congrès des pouvoirs locaux et "
            "régionaux du Conseil de l'Europe à Strasbourg, gère ce site et décide de l'usage des données "
            "qu'il reçoit. Il applique les règles du Conseil de l'Europe sur la protection des données à "
            "caractère personnel.</p>"
            "<h2>Ce que recueille chaque formulaire, et pourquoi</h2>"
            "<h3>Demande d'adhésion</h3><p>Le nom, le pays et le niveau de la ville ou de la région, le nom "
            "et la fonction de la personne qui présente la demande, une adresse électronique, un numéro de "
            "téléphone si vous le donnez, et la décision officielle du maire ou du conseil (un PDF). Le "
            "secrétariat s'en sert pour examiner la demande et vous répondre. Une fois la collectivité "
            "admise, son nom, son pays et sa date d'adhésion sont publics ; votre nom, votre adresse, votre "
            "téléphone et la lettre ne le sont jamais.</p>"
            "<h3>Signature de la Déclaration contre l'antitsiganisme</h3><p>Votre nom, votre fonction, votre "
            "parti ou groupe, votre collectivité et votre pays, votre adresse électronique, votre accord ou "
            "non pour que votre nom soit affiché, et l'adresse IP d'envoi du formulaire. L'adresse "
            "électronique confirme que la signature est bien la vôtre ; le secrétariat vérifie que vous "
            "exercez la fonction indiquée ; l'adresse IP aide à repérer les vagues de fausses signatures. La "
            "liste publique indique la collectivité, le pays et la date, et votre nom et votre fonction "
            "seulement si vous l'avez accepté.</p>"
            "<h3>Proposition de coopération d'une ONG</h3><p>L'organisation, son site et ses domaines "
            "d'action, votre proposition, une personne de contact, une adresse électronique et un numéro de "
            "téléphone si vous le donnez, pour que le secrétariat puisse répondre. Rien n'en est publié.</p>"
            "<h3>Message au secrétariat</h3><p>Votre nom, votre adresse électronique, l'objet et le message, "
            "pour que le secrétariat puisse répondre. Rien n'en est publié.</p>"
            "<h3>Suivre l'Alliance par courriel</h3><p>Votre adresse électronique, les sujets, la langue et le "
            "rythme choisis, et la preuve de votre consentement : la date de confirmation, le texte accepté et "
            "une empreinte à sens unique de l'adresse d'origine de la demande. Ils servent uniquement à vous "
            "envoyer ce que vous avez choisi ; la liste n'est jamais publiée ni transmise à quiconque. Chaque "
            "courriel permet de modifier vos choix ou de vous désabonner en un clic.</p>"
            "<h3>Points focaux</h3><p>Le point focal d'une ville ou d'une région participante dispose d'un "
            "compte : un nom, une adresse électronique et un mot de passe conservé uniquement sous forme "
            "d'empreinte irréversible. Il sert à tenir à jour le profil de la collectivité.</p>"
            "<h2>Cookies</h2><p>Le site ne dépose aucun cookie de suivi ou de publicité et ne charge rien "
            "depuis d'autres sites. Les formulaires déposent un cookie de sécurité contre les requêtes "
            "falsifiées ; un point focal connecté reçoit un cookie de session qui prend fin à sa "
            "déconnexion.</p>"
            "<h2>Vos droits, et comment les exercer</h2><ul><li><b>Consulter vos données :</b> demandez-les "
            "au secrétariat ; il vous envoie tout ce que la plateforme détient à votre sujet.</li>"
            "<li><b>Les corriger :</b> signalez au secrétariat ce qui est inexact.</li><li><b>Retirer une "
            "signature :</b> utilisez le lien du courriel qui l'a confirmée ; la signature quitte aussitôt "
            "la liste publique.</li><li><b>Effacer vos données :</b> demandez-le au secrétariat ; il supprime "
            "la signature, la demande ou le message et ne garde que la trace de cette suppression.</li></ul>"
            "<p>Écrivez au secrétariat par le formulaire de contact ou à l'adresse indiquée au bas de chaque "
            "page. Il répond dans un délai d'un mois.</p>"
        ),
    },
}

LEGAL = {
    "en": {
        "title": "Legal notice",
        "slug": "legal-notice",
        "standfirst": "Who publishes this site, and on what terms its content may be used.",
        "search_description": "Publisher of the Alliance's site, its content and open data, and the sources of its maps.",
        "body": (
            "<h2>Publisher</h2><p>The secretariat of the European Alliance of Cities and Regions for Roma "
            "Inclusion, Congress of Local and Regional Authorities, Council of Europe, Avenue de l'Europe, "
            "F-67075 Strasbourg Cedex, France. The Alliance works under the auspices of the Congress.</p>"
            "<h2>Content</h2><p>News, pages and figures are written and kept up to date by the secretariat. "
            "You may quote them with the source named. Figures on participants, signatories and programmes "
            "come from the Alliance's registry and are the same on every page, export and in the open-data "
            "interface.</p>"
            "<h2>Maps</h2><p>Maps are drawn by the site from Natural Earth boundaries (public domain). The "
            "borders shown imply no opinion on the legal status of any territory.</p>"
            "<h2>Links</h2><p>The secretariat is not responsible for the content of other sites this site "
            "links to.</p>"
            "<h2>Technical choices</h2><p>Every page, style, font and image is served by the site itself; "
            "no outside service sees your visit.</p>"
        ),
    },
    "fr": {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "standfirst": "Qui publie ce site, et à quelles conditions son contenu peut être repris.",
        "search_description": "Éditeur du site de l'Alliance, réutilisation de son contenu et de ses données ouvertes, sources de ses cartes.",
        "body": (
            "<h2>Éditeur</h2><p>Le secrétariat de l'Alliance européenne des villes et des régions pour "
            "l'inclusion des Roms, Congrès des pouvoirs locaux et régionaux, Conseil de l'Europe, avenue de "
            "l'Europe, F-67075 Strasbourg Cedex, France. L'Alliance agit sous l'égide du Congrès.</p>"
            "<h2>Contenu</h2><p>Les actualités, les pages et les chiffres sont rédigés et tenus à jour par le "
            "secrétariat. Vous pouvez les citer en indiquant la source. Les chiffres sur les participants, "
            "les signataires et les programmes proviennent du registre de l'Alliance et sont les mêmes sur "
            "chaque page, dans chaque export et dans l'interface de données ouvertes.</p>"
            "<h2>Cartes</h2><p>Les cartes sont dessinées par le site à partir des frontières de Natural Earth "
            "(domaine public). Les frontières représentées n'impliquent aucune prise de position sur le "
            "statut juridique d'un territoire.</p>"
            "<h2>Liens</h2><p>Le secrétariat n'est pas responsable du contenu des autres sites vers lesquels "
            "ce site renvoie.</p>"
            "<h2>Choix techniques</h2><p>Chaque page, style, police et image est servi par le site lui-même ; "
            "aucun service extérieur n'a connaissance de votre visite.</p>"
        ),
    },
}

ACCESSIBILITY = {
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility",
        "standfirst": "How far this site meets the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, and how to tell us about a barrier.",
        "search_description": "The site's accessibility status against WCAG 2.2 AA, known limits, and how to report a barrier.",
        "body": (
            "<h2>Status</h2><p>The site is <b>partially conformant</b> with WCAG 2.2 level AA: most of it "
            "meets the standard, the exceptions are listed below.</p>"
            "<h2>What we do</h2><ul><li>Every public page is checked automatically with axe-core against "
            "WCAG 2.2 A and AA each time the site changes.</li><li>Every page works without JavaScript, can "
            "be used with a keyboard alone and fits a 320-pixel-wide screen without sideways "
            "scrolling.</li><li>Each map and chart has a table beside it with the same figures.</li><li>Every "
            "page exists in English and in French.</li></ul>"
            "<h2>Known limits</h2><ul><li>Adopted texts are PDF documents prepared by the Congress, which "
            "may not all be fully accessible; ask the secretariat for another format.</li><li>Good practices are "
            "published in the language their authors wrote them in.</li><li>No full manual audit by an "
            "outside expert has been made yet.</li></ul>"
            "<h2>Report a barrier</h2><p>If something on this site is hard or impossible for you to use, "
            "tell the secretariat through the contact form or by email at the address at the foot of every "
            "page. Say which page and what happened; the secretariat answers within two weeks and sends you "
            "the content in another form if you need it.</p>"
            "<p>This statement was last reviewed on 1 December 2026.</p>"
        ),
    },
    "fr": {
        "title": "Déclaration d'accessibilité",
        "slug": "accessibilite",
        "standfirst": "Dans quelle mesure ce site respecte les règles pour l'accessibilité des contenus web (WCAG) 2.2 au niveau AA, et comment nous signaler un obstacle.",
        "search_description": "L'état d'accessibilité du site au regard des WCAG 2.2 AA, ses limites connues et comment signaler un obstacle.",
        "body": (
            "<h2>État de conformité</h2><p>Le site est <b>partiellement conforme</b> aux WCAG 2.2 niveau "
            "AA : il respecte la norme pour l'essentiel, les exceptions sont indiquées ci-dessous.</p>"
            "<h2>Ce que nous faisons</h2><ul><li>Chaque page publique est contrôlée automatiquement avec "
            "axe-core au regard des WCAG 2.2 A et AA à chaque évolution du site.</li><li>Chaque page "
            "fonctionne sans JavaScript, s'utilise au seul clavier et tient sur un écran de 320 pixels de "
            "large sans défilement horizontal.</li><li>Chaque carte et chaque graphique est accompagné d'un "
            "tableau donnant les mêmes chiffres.</li><li>Chaque page existe en anglais et en "
            "français.</li></ul>"
            "<h2>Limites connues</h2><ul><li>Les textes adoptés sont des documents PDF préparés par le "
            "Congrès, qui ne sont pas tous forcément accessibles ; demandez-en un autre format au "
            "secrétariat.</li>"
            "<li>Les bonnes pratiques sont publiées dans la langue de leurs auteurs.</li><li>Aucun audit "
            "manuel complet par un expert extérieur n'a encore été réalisé.</li></ul>"
            "<h2>Signaler un obstacle</h2><p>Si un élément de ce site vous est difficile ou impossible à "
            "utiliser, prévenez le secrétariat par le formulaire de contact ou par courriel à l'adresse "
            "indiquée au bas de chaque page. Précisez la page et ce qui s'est passé ; le secrétariat répond "
            "sous deux semaines et vous transmet le contenu sous une autre forme si nécessaire.</p>"
            "<p>Cette déclaration a été revue pour la dernière fois le 1er décembre 2026.</p>"
        ),
    },
}
