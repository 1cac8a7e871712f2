"""Adopted texts that the Alliance's public record describes. Their numbers are not in the record,
so they are left empty (the pages say "not given"); no PDF is attached rather than a made-up one."""

import datetime

from .models import AdoptedText, TextType

D = datetime.date

TEXTS = [
    {
        "text_type": TextType.DECLARATION,
        "adopted_on": D(2017, 3, 29),
        "adopted_by_en": "Congress of Local and Regional Authorities, 32nd Session (Strasbourg, 28-30 March 2017)",
        "adopted_by_fr": "Congrès des pouvoirs locaux et régionaux, 32e session (Strasbourg, 28-30 mars 2017)",
        "title_en": (
            "Declaration of Mayors and Elected Local and Regional Representatives of Council of Europe "
            "Member States against anti-Gypsyism"
        ),
        "title_fr": (
            "Déclaration des maires et des élus locaux et régionaux des États membres du Conseil de l'Europe "
            "contre l'antitsiganisme"
        ),
        "summary_en": (
            "Those who sign it commit to defend human rights and democratic principles; to reject every form "
            "of discrimination, violence, harassment and incitement to hatred against Roma and Travellers; "
            "not to spread views that stir up anti-Roma feeling; to keep out of political alliances with "
            "parties that incite racial or ethnic prejudice; and to encourage Roma and Travellers to take "
            "part in political representation. It was first published in English and French and then "
            "translated into more than 30 languages."
        ),
        "summary_fr": (
            "Les signataires s'engagent à défendre les droits de l'homme et les principes démocratiques ; à "
            "rejeter toute forme de discrimination, de violence, de harcèlement et d'incitation à la haine "
            "envers les Roms et les Gens du voyage ; à ne pas diffuser d'opinions qui attisent l'hostilité "
            "envers les Roms ; à refuser les alliances politiques avec des partis qui incitent aux préjugés "
            "raciaux ou ethniques ; et à encourager la représentation politique des Roms et des Gens du "
            "voyage. Publiée d'abord en anglais et en français, elle a ensuite été traduite dans plus de 30 "
            "langues."
        ),
    },
    {
        "text_type": TextType.GUIDELINES,
        "adopted_on": D(2014, 9, 8),
        "adopted_by_en": "Bureau of the Congress",
        "adopted_by_fr": "Bureau du Congrès",
        "title_en": "Strategic guidelines of the European Alliance of Cities and Regions for Roma Inclusion",
        "title_fr": "Lignes directrices stratégiques de l'Alliance européenne des villes et des régions pour l'inclusion des Roms",
        "summary_en": (
            "The guidelines that set out how the Alliance works, approved by the Bureau of the Congress. "
            "They were revised on 21 March 2016."
        ),
        "summary_fr": (
            "Les lignes directrices qui définissent le fonctionnement de l'Alliance, approuvées par le Bureau "
            "du Congrès. Elles ont été révisées le 21 mars 2016."
        ),
    },
    {
        "text_type": TextType.GUIDELINES,
        "adopted_on": D(2016, 3, 21),
        "adopted_by_en": "Bureau of the Congress",
        "adopted_by_fr": "Bureau du Congrès",
        "title_en": "Strategic guidelines of the Alliance, revised version",
        "title_fr": "Lignes directrices stratégiques de l'Alliance, version révisée",
        "summary_en": (
            "The revised guidelines ask each participant to uphold the Council of Europe's standards on "
            "human rights and good governance, to refrain from hate speech against Roma and Travellers, to "
            "work to end school segregation and to refrain from forced evictions."
        ),
        "summary_fr": (
            "Les lignes directrices révisées demandent à chaque participant de respecter les normes du "
            "Conseil de l'Europe en matière de droits de l'homme et de bonne gouvernance, de s'abstenir de "
            "tout discours de haine envers les Roms et les Gens du voyage, d'œuvrer à la fin de la "
            "ségrégation scolaire et de renoncer aux expulsions forcées."
        ),
    },
]


def load(command):
    created = 0
    for values in TEXTS:
        _text, was_created = AdoptedText.objects.get_or_create(
            text_type=values["text_type"], adopted_on=values["adopted_on"], defaults=values
        )
        created += was_created
    return f"{created} adopted texts created, {AdoptedText.objects.public().count()} shown"
