# French dates: "16 juillet 2018"; the first of a month is written "1er" by alliance.core.dates.
# Formats not set here are Django's own for French.
DATE_FORMAT = "j F Y"
# A moment names its zone ("CET" in winter, "CEST" in summer): it is always Strasbourg's.
DATETIME_FORMAT = "j F Y, H:i T"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i T"
