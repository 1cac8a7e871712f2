"""The Declaration's text for the demo site, written for this project as a faithful summary.

Editors replace it with the official wording (and add other languages) in the back office.
"""

TEXTS = {
    "en": (
        "Declaration of Mayors and Elected Local and Regional Representatives of Council of Europe "
        "Member States against anti-Gypsyism",
        "<p>We, mayors and elected local and regional representatives of the member states of the "
        "Council of Europe, recognise that anti-Gypsyism, the particular form of racism aimed at Roma "
        "and Travellers, is still present in our towns and regions.</p>"
        "<p>We undertake:</p>"
        "<ul>"
        "<li>to defend human rights and the principles of democracy;</li>"
        "<li>to reject all forms of discrimination, violence, harassment and incitement to hatred "
        "against Roma and Travellers;</li>"
        "<li>not to display, publish or spread views that stir up hostility towards Roma;</li>"
        "<li>not to form political alliances with parties that incite racial or ethnic prejudice;</li>"
        "<li>to encourage Roma and Travellers to take part in political representation.</li>"
        "</ul>",
    ),
    "fr": (
        "Déclaration des maires et des élus locaux et régionaux des États membres du Conseil de "
        "l'Europe contre l'antitsiganisme",
        "<p>Nous, maires et élus locaux et régionaux des États membres du Conseil de l'Europe, "
        "reconnaissons que l'antitsiganisme, forme particulière de racisme visant les Roms et les "
        "Gens du voyage, est toujours présent dans nos villes et nos régions.</p>"
        "<p>Nous nous engageons :</p>"
        "<ul>"
        "<li>à défendre les droits humains et les principes de la démocratie ;</li>"
        "<li>à rejeter toute forme de discrimination, de violence, de harcèlement et d'incitation à la "
        "haine envers les Roms et les Gens du voyage ;</li>"
        "<li>à ne pas afficher, publier ni diffuser d'opinions qui attisent l'hostilité envers les "
        "Roms ;</li>"
        "<li>à ne pas conclure d'alliances politiques avec des partis qui incitent aux préjugés "
        "raciaux ou ethniques ;</li>"
        "<li>à encourager les Roms et les Gens du voyage à participer à la représentation "
        "politique.</li>"
        "</ul>",
    ),
}
