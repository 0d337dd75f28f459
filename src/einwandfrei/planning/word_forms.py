"""The other forms of a word that search lets meet: stems, spelling variants and joined words.

Search matches what is typed against the folded words of the library (see `folding`). This module
adds what a customer's wording needs on top, for the index and the query alike:

- **stems** (Snowball, through PyStemmer): "Verträge" and "Vertrag", "fails" and "failed" share
  `vertrag` and `fail`. A word typed is also looked up by its stem as a prefix, so "Entscheidung"
  finds "entscheidet" and "reorganisation" finds "reorganization".
- **German verb forms** the stemmer leaves apart: the "zu" inside a separable verb ("anzurufen" is a
  form of "anrufen"), its past participle ("angerufen"), "-ieren" verbs ("interessiert" →
  "Interesse"), and nouns made from verbs ("Zahlung" → "zahlen").
- **numbers** written as words also as digits ("zwanzig" → "20", "ninety" → "90").
- **British and American spellings** ("organise" = "organize", "colour" = "color").
- **joined words**: "E-Mail" is also "email", "set up" also "setup", "drei mal" also "dreimal".
- **sound keys** of long stems: the consonants in order, so that a changed vowel still meets
  ("Aufwand" and "aufwendig", "entscheiden" and "entschieden"). Only the last resort of a search
  uses them.

Stems are computed from the word as written (only lower-cased), then folded like every other
term, because a stemmer reads "Übergabe" better than "ubergabe" and "issues" better than "issus".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from einwandfrei.planning.folding import fold, search_terms

if TYPE_CHECKING:
    import Stemmer

# The languages with a stemmer: the library's languages (see `languages.SUPPORTED_LANGUAGES`).
STEMMERS = {"de": "german", "en": "english"}
STEM_LANGUAGES = tuple(STEMMERS)

# A stem this long is also matched as the beginning of a word ("kundig" → "kundigung"); a shorter
# one only as a whole word ("teu" does not start every "teure Tür").
PREFIX_STEM_LENGTH = 4
# Two neighbouring words are also indexed as one when both are this short ("set up", "drei mal"),
# or one has at most two letters ("e mail", "in house", "follow up"); longer pairs are rarely
# written as one word.
JOIN_SHORT_WORD = 4
JOIN_MAX_LENGTH = 16

# Letters and digits: what the search index keeps of a text (everything else separates words).
_WORD = re.compile(r"[^\W_]+")
# What joins words as written ("E-Mail", "in-house", "set-up", "Mo/Di").
_HYPHEN = re.compile("[-/\u2010\u2011]")

# German particles of separable verbs: an·zu·rufen, auf·zu·hören, an·ge·rufen.
_PARTICLES = (
    "zusammen",
    "zuruck",
    "zurück",
    "weiter",
    "wieder",
    "heraus",
    "herein",
    "vorbei",
    "fest",
    "fort",
    "frei",
    "hoch",
    "nach",
    "dazu",
    "auf",
    "aus",
    "bei",
    "ein",
    "her",
    "hin",
    "los",
    "mit",
    "vor",
    "weg",
    "ab",
    "an",
    "zu",
    "um",
)
_ZU_INFINITIVE = re.compile(rf"^({'|'.join(_PARTICLES)})zu(\w{{3,}}(?:en|ern|eln))$")
_PARTICIPLE = re.compile(rf"^({'|'.join(_PARTICLES)})ge(\w{{3,}}(?:en|t))$")
_IEREN = re.compile(r"^(\w{4,})ier(?:en|t|te|ten|ter|tes|tem|st|e)$")
# A noun made from a verb: "Zahlung" is about "zahlen", "Entscheidung" about "entscheiden".
_UNG = re.compile(r"^(\w{4,})ung(?:en)?$")

# Numbers written as words meet their digits ("zwanzig Prozent" = "20 Prozent").
_NUMBER_WORDS = {
    "de": (
        "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        {
            "zwanzig": "20",
            "dreissig": "30",
            "vierzig": "40",
            "fünfzig": "50",
            "sechzig": "60",
            "siebzig": "70",
            "achtzig": "80",
            "neunzig": "90",
            "hundert": "100",
        },
    ),
    "en": (
        "zero one two three four five six seven eight nine ten eleven twelve",
        {
            "twenty": "20",
            "thirty": "30",
            "forty": "40",
            "fifty": "50",
            "sixty": "60",
            "seventy": "70",
            "eighty": "80",
            "ninety": "90",
            "hundred": "100",
        },
    ),
}
_NUMBERS = {
    language: {**{word: str(value) for value, word in enumerate(small.split())}, **tens}
    for language, (small, tens) in _NUMBER_WORDS.items()
}

# British spellings and their American forms (the index and the query take the same one).
_BRITISH_ENDINGS = (
    (re.compile(r"(\w{3,})isation(s?)$"), r"\1ization\2"),
    (re.compile(r"(\w{3,})is(e|es|ed|ing|er|ers)$"), r"\1iz\2"),
    (re.compile(r"(\w{3,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"(\w{3,})our(s|ed|ing|ite|ites|able)?$"), r"\1or\2"),
    (re.compile(r"(\w{3,})tre(s?)$"), r"\1ter\2"),
    (re.compile(r"(\w{3,})ogue(s?)$"), r"\1og\2"),
)
_BRITISH_WORDS = {
    "licence": "license",
    "licences": "licenses",
    "defence": "defense",
    "offence": "offense",
    "cheque": "check",
    "cheques": "checks",
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "travelled": "traveled",
    "travelling": "traveling",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "modelling": "modeling",
    "labelled": "labeled",
}

_stemmers: dict[str, Stemmer.Stemmer] = {}

# A sound key starts with a digit, so it never equals a word; stems shorter than this have none.
SOUND_KEY_PREFIX = "0"
_SOUND_KEY_STEM = 5
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


def raw_words(text: str) -> list[str]:
    """The words of `text` as written, lower-cased (the input of `word_forms`)."""
    return _WORD.findall(text.casefold())


def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = STEMMERS.get(language)
    if name is None:
        return None
    stemmer = _stemmers.get(language)
    if stemmer is None:
        import Stemmer

        stemmer = _stemmers[language] = Stemmer.Stemmer(name)
    return stemmer


def american(word: str) -> str:
    """The American spelling of a lower-cased English word (the word itself if there is none)."""
    known = _BRITISH_WORDS.get(word)
    if known is not None:
        return known
    for pattern, replacement in _BRITISH_ENDINGS:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return word


def _german_bases(word: str) -> Iterator[str]:
    """Forms of a German word the stemmer does not bring together with their verb."""
    for pattern in (_ZU_INFINITIVE, _PARTICIPLE):
        found = pattern.match(word)
        if found is not None:
            yield found.group(1) + found.group(2)
    found = _IEREN.match(word)
    if found is not None:
        yield found.group(1)
    found = _UNG.match(word)
    if found is not None:
        yield found.group(1)


@lru_cache(maxsize=200_000)
def word_forms(word: str, language: str) -> tuple[str, ...]:
    """The folded forms of a lower-cased word besides its folded self: its stem and the forms the
    language's rules add (see the module's doc). Empty for a language without a stemmer."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return ()
    candidates = [word]
    if language == "de":
        candidates.extend(_german_bases(word))
    elif language == "en":
        candidates.append(american(word))
    folded_word = fold(word)
    forms: dict[str, None] = {}
    for candidate in candidates:
        for form in (fold(candidate), fold(stemmer.stemWord(candidate))):
            if form != folded_word and _one_term(form):
                forms[form] = None
    number = _NUMBERS.get(language, {}).get(word)
    if number is not None:
        forms[number] = None
    return tuple(forms)


@lru_cache(maxsize=65_536)
def _one_term(form: str) -> bool:
    """Whether `form` is a single search term (so it can be matched as one)."""
    return search_terms(form) == [form]


def sound_key(stem: str) -> str | None:
    """The folded stem's first letter and its consonants, repeats dropped ("aufwend" → "0afwnd");
    None for a short stem."""
    if len(stem) < _SOUND_KEY_STEM or not stem.isascii() or not stem.isalpha():
        return None
    return SOUND_KEY_PREFIX + stem[0] + _REPEATS.sub(r"\1", _VOWELS.sub("", stem[1:]))


@lru_cache(maxsize=200_000)
def stem_key(word: str, language: str) -> str | None:
    """The sound key of a lower-cased word's stem in `language` (None: none, or no stemmer)."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return None
    return sound_key(fold(stemmer.stemWord(word)))


def query_keys(word: str) -> tuple[str, ...]:
    """The sound keys a typed word is looked for by, in every language with a stemmer."""
    keys = (stem_key(word, language) for language in STEM_LANGUAGES)
    return tuple(dict.fromkeys(key for key in keys if key is not None))


def query_stems(word: str) -> tuple[str, ...]:
    """The stems a typed word is looked for by, in every language with a stemmer (folded)."""
    stems: dict[str, None] = {}
    for language in STEM_LANGUAGES:
        for form in word_forms(word, language):
            stems[form] = None
    return tuple(stems)


def joined(first: str, second: str) -> str | None:
    """`first` and `second` written as one word, if such a pair is often written both ways."""
    shorter, longer = sorted((len(first), len(second)))
    if len(first) + len(second) > JOIN_MAX_LENGTH or (shorter > 2 and longer > JOIN_SHORT_WORD):
        return None
    return first + second


def hyphen_joins(text: str) -> list[str]:
    """Words written with a hyphen or slash, joined (folded): "E-Mail" gives "email"."""
    joins = []
    end = -1
    for found in _HYPHEN.finditer(text):
        at = found.start()
        if at < end:
            continue  # a second hyphen of the same word
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = at
        while end < len(text) and not text[end].isspace():
            end += 1
        words = raw_words(text[start:end])
        if len(words) > 1:
            whole = fold("".join(words))
            if _one_term(whole):
                joins.append(whole)
    return joins


def pair_joins(words: Iterable[str]) -> list[str]:
    """Neighbouring short words joined (folded): "set up" gives "setup"."""
    joins = []
    for first, second in pairwise(words):
        if len(first) > JOIN_SHORT_WORD and len(second) > 2:
            continue
        if len(second) > JOIN_SHORT_WORD and len(first) > 2:
            continue
        join = joined(first, second)
        if join is not None and _one_term(folded := fold(join)):
            joins.append(folded)
    return joins


def compound_parts(folded_word: str, *, shortest: int = 4) -> list[str]:
    """The endings of a long word that can be a word of their own: the parts of a compound.

    "kundigungsfrist" gives "undigungsfrist" … "frist", "rist"; a word typed from inside a
    compound ("frist", "laufzeit", "abteilung") is found as the beginning of one of them.
    """
    if len(folded_word) < 2 + shortest:
        return []
    return [folded_word[start:] for start in range(2, len(folded_word) - shortest + 1)]
