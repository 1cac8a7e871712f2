"""Demo submissions for the secretariat to try the review: invented people, example.org addresses.

Safe to run again: each row is looked up by its email address first.
"""

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.log_actions import log

from alliance.authorities.models import Country

from .models import ContactMessage, CooperationProposal, JoinApplication, Status, Supplement

# A one-page PDF, enough for a reviewer to download and open.
DEMO_LETTER = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n"
)

APPLICATIONS = [
    {
        "authority_name": "Budva",
        "country": "ME",
        "level": "local",
        "kind": "municipality",
        "population": 27000,
        "website": "https://budva.example.org",
        "applicant_name": "Mira Example",
        "applicant_office": "Deputy Mayor for social affairs",
        "email": "budva.demo@example.org",
        "language": "en",
        "status": Status.PENDING,
    },
    {
        "authority_name": "Kraljevo",
        "country": "RS",
        "level": "local",
        "kind": "city",
        "population": 110000,
        "applicant_name": "Jonas Example",
        "applicant_office": "Head of the mayor's office",
        "email": "kraljevo.demo@example.org",
        "language": "en",
        "status": Status.PENDING,
        # The secretariat asked for the council's decision, and it came back with a note.
        "decision_message": "Please attach the decision of the city council.",
        "information_round": 1,
        "supplement": "The city council adopted the decision on 12 March; it is attached.",
    },
    {
        "authority_name": "Département de la Sarthe (demo)",
        "country": "FR",
        "level": "regional",
        "kind": "department",
        "subdivision": "Sarthe",
        "applicant_name": "Claire Exemple",
        "applicant_office": "Vice-présidente chargée de la solidarité",
        "email": "sarthe.demo@example.org",
        "language": "fr",
        "status": Status.MORE_INFORMATION,
        "decision_message": "Merci de joindre la délibération du conseil départemental.",
        "information_round": 1,
    },
    {
        "authority_name": "Prešov",
        "country": "SK",
        "level": "local",
        "kind": "city",
        "applicant_name": "Eva Example",
        "applicant_office": "Mayor's adviser on Roma inclusion",
        "email": "presov.demo@example.org",
        "language": "en",
        "status": Status.UNCONFIRMED,
    },
]

PROPOSALS = [
    {
        "organisation": "Example School Mediators' Network",
        "country": "BG",
        "areas_of_work": "School mediation, early childhood education",
        "proposal": "We train Roma school mediators and would like to offer short courses to the "
        "Alliance's participants in Bulgaria and Romania.",
        "contact_name": "Petra Example",
        "email": "mediators.demo@example.org",
        "language": "en",
        "status": Status.PENDING,
    },
    {
        "organisation": "Association exemple pour l'habitat (démo)",
        "country": "FR",
        "areas_of_work": "Logement, accès aux droits, aires d'accueil",
        "proposal": "Nous proposons de partager nos méthodes d'accompagnement vers le logement avec les "
        "villes participantes.",
        "contact_name": "Hugo Exemple",
        "email": "habitat.demo@example.org",
        "language": "fr",
        "status": Status.PENDING,
    },
]

MESSAGES = [
    {
        "name": "Student Example",
        "email": "student.demo@example.org",
        "subject": "Research on local action plans",
        "message": "I am writing a thesis on local action plans for Roma inclusion. Could the "
        "secretariat point me to published plans of participating cities?",
        "language": "en",
    },
    {
        "name": "Journaliste Exemple",
        "email": "presse.demo@example.org",
        "subject": "Demande d'entretien",
        "message": "Je prépare un article sur l'Alliance et souhaiterais interroger un membre du secrétariat.",
        "language": "fr",
    },
]


def load(command):
    countries = {country.code: country for country in Country.objects.all()}
    created = 0
    for values in APPLICATIONS:
        if JoinApplication.objects.filter(email=values["email"]).exists():
            continue
        supplement = values.get("supplement")
        values = {key: value for key, value in values.items() if key != "supplement"}
        values["country"] = countries[values["country"]]
        application = JoinApplication(consent=True, obligations_accepted=True, **values)
        if values["status"] != Status.UNCONFIRMED:
            application.confirmed_at = timezone.now()
        application.letter.save("letter-demo.pdf", ContentFile(DEMO_LETTER), save=False)
        application.save()
        _log_history(application)
        if supplement:
            _answer(application, supplement)
        created += 1
    for values in PROPOSALS:
        if CooperationProposal.objects.filter(email=values["email"]).exists():
            continue
        proposal = CooperationProposal.objects.create(
            consent=True, confirmed_at=timezone.now(), **{**values, "country": countries[values["country"]]}
        )
        _log_history(proposal)
        created += 1
    for values in MESSAGES:
        if ContactMessage.objects.filter(email=values["email"]).exists():
            continue
        message = ContactMessage.objects.create(consent=True, **values)
        log(message, "applications.contact", data={"language": message.language})
        created += 1
    return f"{created} demo submissions created"


def _answer(application, text):
    """The applicant's answer to the secretariat's question, with the decision it asked for."""
    log(
        application,
        "applications.ask_more",
        data={"from": Status.PENDING, "to": Status.MORE_INFORMATION, "message": application.decision_message},
    )
    answer = Supplement(application=application, text=text)
    answer.letter.save("letter-demo.pdf", ContentFile(DEMO_LETTER), save=False)
    answer.save()
    log(
        application,
        "applications.supplement",
        data={"from": Status.MORE_INFORMATION, "to": Status.PENDING, "message": text, "letter": True},
    )


def _log_history(submission):
    log(submission, "applications.submit", data={"from": "", "to": Status.UNCONFIRMED})
    if submission.status != Status.UNCONFIRMED:
        log(submission, "applications.confirm", data={"from": Status.UNCONFIRMED, "to": Status.PENDING})
    if submission.status == Status.MORE_INFORMATION:
        log(
            submission,
            "applications.ask_more",
            data={"from": Status.PENDING, "to": submission.status, "message": submission.decision_message},
        )
