"""Facts about the world's countries from the `countryinfo` package (source "countryinfo", MIT, Porimol Chandro).

The 193 members of the United Nations and Vatican City: each one's capital, continent, languages and up to three
neighbours. Names, capitals, languages and borders the package has stale or wrong are corrected by the tables below.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from countryinfo import CountryInfo

from ...curriculum.phrasing import childify
from ..fact import Fact

SOURCE = "countryinfo"
MAX_NEIGHBOURS = 3  # the most-peopled ones

# ISO 3166 alpha-3 codes of the UN's member states, and Vatican City.
COUNTRY_CODES = set(
    """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
    CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ
    ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR
    KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
    MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
    KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS
    TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE VAT""".split()
)
SOUTH_AMERICA = set("ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN".split())  # the rest of the package's "Americas" is North

# Names as a child reads them, with "the" where English uses it.
NAMES = {
    "ARE": "the United Arab Emirates",
    "BHS": "the Bahamas",
    "CAF": "the Central African Republic",
    "CIV": "Ivory Coast",
    "COD": "the Democratic Republic of the Congo",
    "COG": "the Republic of the Congo",
    "COM": "the Comoros",
    "CZE": "Czechia",
    "DOM": "the Dominican Republic",
    "FSM": "Micronesia",
    "GBR": "the United Kingdom",
    "GMB": "the Gambia",
    "MDV": "the Maldives",
    "MHL": "the Marshall Islands",
    "MKD": "North Macedonia",
    "MMR": "Myanmar",
    "NLD": "the Netherlands",
    "PHL": "the Philippines",
    "SLB": "the Solomon Islands",
    "SWZ": "Eswatini",
    "USA": "the United States",
    "VAT": "Vatican City",
}
# Other names a child may use (the `keys` column).
OTHER_NAMES = {
    "ARE": "uae emirates",
    "CIV": "cote d'ivoire",
    "COD": "drc congo",
    "COG": "congo",
    "CPV": "cabo verde",
    "CZE": "czech republic",
    "GBR": "uk britain great britain",
    "MKD": "macedonia",
    "MMR": "burma",
    "NLD": "holland",
    "SWZ": "swaziland",
    "TLS": "timor-leste",
    "TUR": "turkiye",
    "USA": "usa america us",
    "VAT": "vatican holy see",
}
# Capitals that have moved or been renamed since the package's data, or that it spells oddly.
CAPITALS = {
    "BDI": "Gitega",  # since 2019
    "GRD": "Saint George's",
    "KAZ": "Astana",  # Nur-Sultan again Astana since 2022
    "LKA": "Sri Jayawardenepura Kotte",  # Colombo is the biggest city
    "SMR": "San Marino",
    "SWZ": "Mbabane",
    "USA": "Washington, D.C.",
    "VAT": "Vatican City",
}
# Capitals that countries disagree about: a child's encyclopedia leaves the question to a grown-up.
DISPUTED_CAPITALS = {"ISR"}
CONTINENTS = {"RUS": "Europe and Asia", "TUR": "Asia and Europe", "CYP": "Europe"}
LANGUAGE_NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "ay": "Aymara", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bi": "Bislama", "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cnr": "Montenegrin",
    "cs": "Czech", "da": "Danish", "de": "German", "dv": "Dhivehi", "dz": "Dzongkha", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "ff": "Fula", "fi": "Finnish", "fj": "Fijian", "fr": "French",
    "ga": "Irish", "gn": "Guarani", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
    "ka": "Georgian", "kg": "Kongo", "kk": "Kazakh", "km": "Khmer", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz",
    "la": "Latin", "lb": "Luxembourgish", "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian",
    "mg": "Malagasy", "mh": "Marshallese", "mi": "Maori", "mk": "Macedonian", "mn": "Mongolian", "ms": "Malay",
    "mt": "Maltese", "my": "Burmese", "na": "Nauruan", "nb": "Norwegian", "nd": "Ndebele", "ne": "Nepali",
    "nl": "Dutch", "nn": "Norwegian", "no": "Norwegian", "ny": "Chichewa", "pl": "Polish", "ps": "Pashto",
    "pt": "Portuguese", "qu": "Quechua", "rn": "Kirundi", "ro": "Romanian", "rs": "Serbian", "ru": "Russian",
    "rw": "Kinyarwanda", "sg": "Sango", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sm": "Samoan",
    "sn": "Shona", "so": "Somali", "sq": "Albanian", "sr": "Serbian", "ss": "Swazi", "st": "Sesotho", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "tg": "Tajik", "th": "Thai", "ti": "Tigrinya", "tk": "Turkmen", "tn": "Tswana",
    "to": "Tongan", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip
# Languages where the package's list misses the main ones or leads with a small one.
LANGUAGES = {
    "AFG": ["Pashto", "Dari"],
    "AZE": ["Azerbaijani"],
    "CYP": ["Greek", "Turkish"],
    "CZE": ["Czech"],
    "KIR": ["Gilbertese", "English"],
    "MYS": ["Malay"],
    "PAK": ["Urdu", "English"],
    "PHL": ["Filipino", "English"],
    "PNG": ["Tok Pisin", "English"],
    "SGP": ["English", "Chinese", "Malay", "Tamil"],
    "TLS": ["Portuguese", "Tetum"],
    "TUV": ["Tuvaluan", "English"],
    "ZAF": ["Zulu", "Xhosa", "Afrikaans", "English"],
}
MAX_LANGUAGES = 3
# Borders in the package that are wrong, or only an exclave or overseas land ("Spain is next to Morocco" by Ceuta).
NOT_NEIGHBOURS = {
    frozenset(pair.split("-")) for pair in "CYP-GBR IND-AFG KWT-IRN SRB-ALB TCD-SSD ESP-MAR SUR-FRA MMR-BTN".split()
}


def ask(forms: list[str], seed: str) -> str:
    """One of `forms` as a child might type it, the same every run."""
    rng = random.Random(seed)
    return childify(rng.choice(forms), rng, noisy=False)


def countries() -> dict[str, dict]:
    """The package's record of each country, by alpha-3 code (the first by name where it has two: "burma", "holy see")."""
    out: dict[str, dict] = {}
    for _, info in sorted(CountryInfo.all().items()):
        code = (info.get("ISO") or {}).get("alpha3")
        if code in COUNTRY_CODES:
            out.setdefault(code, info)
    return out


def continent(code: str, info: dict) -> str:
    if code in CONTINENTS:
        return CONTINENTS[code]
    if info["region"] == "Americas":
        return "South America" if code in SOUTH_AMERICA else "North America"
    return info["region"]


def languages(code: str, info: dict) -> list[str]:
    if code in LANGUAGES:
        return LANGUAGES[code]
    return list(dict.fromkeys(LANGUAGE_NAMES[c] for c in info["languages"][:MAX_LANGUAGES]))


def neighbours(records: dict[str, dict]) -> dict[str, list[str]]:
    """Each country's neighbours, most people first: the package's borders taken both ways, less NOT_NEIGHBOURS."""
    pairs = {
        frozenset((code, other))
        for code, info in records.items()
        for other in info.get("borders") or []
        if other in records and other != code
    }
    near: dict[str, list[str]] = {code: [] for code in records}
    for pair in pairs - NOT_NEIGHBOURS:
        a, b = sorted(pair)
        near[a].append(b)
        near[b].append(a)
    return {code: sorted(others, key=lambda o: -(records[o].get("population") or 0)) for code, others in near.items()}


def listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def country_facts(code: str, info: dict, names: dict[str, str], near: list[str]) -> Iterator[Fact]:
    name = names[code]
    subject, keys = name.removeprefix("the "), OTHER_NAMES.get(code, "")
    capital = CAPITALS.get(code, info["capital"])

    def fact(text: str, forms: list[str]) -> Fact:
        return Fact(text, "countries", SOURCE, subject, ask(forms, text), keys)

    if code not in DISPUTED_CAPITALS:
        yield fact(
            f"The capital of {name} is {capital}".rstrip(".") + ".",
            [
                f"What is the capital of {name}?",
                f"What's the capital city of {name}?",
                f"Capital of {name}?",
                f"Which city is the capital of {name}?",
                f"{capital} is the capital of which country?",
            ],
        )
    where = continent(code, info)
    yield fact(
        f"{name} is a country in {where}.",
        [f"What continent is {name} in?", f"Where is {name}?", f"Which continent is {name} on?", f"Is {name} in {where}?"],
    )
    yield fact(
        f"People in {name} speak {listed(languages(code, info))}.",
        [f"What language do they speak in {name}?", f"What do people speak in {name}?", f"What language is spoken in {name}?"],
    )
    for other in near[:MAX_NEIGHBOURS]:
        yield fact(
            f"{name} is next to {names[other]}.",
            [
                f"Is {name} next to {names[other]}?",
                f"Does {name} share a border with {names[other]}?",
                f"Is {names[other]} a neighbour of {name}?",
            ],
        )


def facts() -> Iterator[Fact]:
    records = countries()
    names = {code: NAMES.get(code, info["name"]) for code, info in records.items()}
    near = neighbours(records)
    for code, info in sorted(records.items(), key=lambda item: names[item[0]].removeprefix("the ")):
        yield from country_facts(code, info, names, near[code])
