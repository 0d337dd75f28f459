"""Deterministic synthetic libraries and queries for the benchmarks.

The text imitates sales language in German and English: a Zipf-distributed vocabulary of everyday
words, umlauts and "ß", and German compound nouns, so that the search index sees a realistic number of
distinct terms and realistic prefix collisions. Nothing here imports the app.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GERMAN_WORDS = """
das ist uns zu teuer wir haben schon einen lieferanten kein budget dieses jahr rufen sie mich im
nächsten quartal wieder an ich muss das mit meinem chef besprechen schicken sie mir eine e-mail
keine zeit gerade nicht interessiert sie sind aber hartnäckig der einkauf entscheidet das machen
wir intern wir haben einen laufenden vertrag noch nie von ihnen gehört das haben wir schon versucht
und es hat nicht funktioniert die konkurrenz ist günstiger geben sie mir rabatt lassen sie mir
unterlagen da ich melde mich wenn bedarf besteht übernahme qualität lieferung preis leistung
vertrauen risiko sicherheit zuverlässigkeit schnell einfach günstig teuer wert mehrwert nutzen
kunde kundin verkäufer verkauf gespräch termin woche monat jahr heute morgen später frühling sommer
herbst winter straße büro geschäftsleitung abteilung geschäftsführer zürich bern basel münchen köln
düsseldorf größe größer maß mäßig äußerst grüße gemäß schließlich fußball weiß heiß süß bestätigung
prüfung überprüfung änderung ergänzung erhöhung senkung verlängerung kündigung zusammenarbeit
unterstützung schulung einführung umstellung aufwand zeitplan entscheidung freigabe genehmigung
ausschreibung angebot offerte rechnung zahlung konditionen zahlungsziel skonto jahresvertrag
laufzeit kündigungsfrist verfügbarkeit wartung betreuung ansprechpartner erfahrung referenz
beispiel ergebnis erfolg misserfolg bedenken sorge frage antwort einwand vorwand ausrede grund
hintergrund ziel mindestziel nächster kontakt rückruf nachfassen wiederholen erinnern vergessen
verstehen zuhören fragen erzählen vorbereiten planen prüfen vergleichen entscheiden unterschreiben
bestellen liefern installieren betreiben sparen verdienen wachsen verbessern vereinfachen
beschleunigen natürlich selbstverständlich genau richtig wirklich eigentlich vielleicht sicher
bestimmt gerne leider trotzdem deshalb außerdem übrigens ähnlich ungefähr ziemlich völlig
""".split()

GERMAN_COMPOUND_PARTS = """
kunden preis liefer vertrags qualitäts service wartungs schulungs projekt budget einkaufs verkaufs
markt jahres quartals monats wochen termin gesprächs angebots rechnungs zahlungs sicherheits risiko
vertrauens software hardware lager fracht straßen übergabe über prüf bestell rückruf nachfass
mindest haupt grund zusatz sonder spar wachstums führungs team
""".split()

GERMAN_COMPOUND_HEADS = """
vertrag preis termin plan ziel liste leiter abteilung gespräch angebot budget rabatt zeit frist
zyklus prozess system lösung partner betreuung qualität bericht übersicht kosten aufwand nutzen
wert ergebnis änderung größe straße übernahme prüfung
""".split()

ENGLISH_WORDS = """
that is too expensive for us we already have a supplier no budget this year call me next quarter i
need to talk to my boss send me an email no time right now not interested you are persistent
procurement decides we do it in house we have a running contract never heard of you we tried that
before and it did not work the competition is cheaper give me a discount leave me some brochures i
will get back to you when we need something quality delivery price value trust risk security
reliability fast simple cheap expensive worth benefit customer buyer seller sales conversation
meeting week month year today tomorrow later spring summer autumn winter office management
department director approval review change increase decrease renewal cancellation cooperation
support training rollout migration effort schedule decision sign-off tender proposal quote invoice
payment terms discount annual contract notice period availability maintenance service contact
reference example result success failure concern worry question answer objection excuse reason
background goal minimum next follow-up callback repeat remember forget understand listen ask tell
prepare plan check compare decide sign order deliver install operate save earn grow improve
simplify accelerate naturally certainly exactly really actually perhaps surely gladly unfortunately
anyway therefore besides incidentally similar roughly fairly completely onboarding pipeline
forecast stakeholder champion pilot rollout license subscription renewal
""".split()


def _zipf_weights(count: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(count)]


class Vocabulary:
    """A language's words in a shuffled rank order with Zipf weights."""

    def __init__(self, words: list[str], rng: random.Random) -> None:
        unique = list(dict.fromkeys(words))
        rng.shuffle(unique)
        self.words = unique
        self._cumulative = list(itertools.accumulate(_zipf_weights(len(unique))))

    def sample(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self._cumulative, k=count)


def _inflected(words: list[str], endings: list[str]) -> list[str]:
    return [word + ending for word in words for ending in endings if len(word) > 3 or not ending]


def _vocabularies(rng: random.Random) -> dict[str, Vocabulary]:
    compounds = [a + b for a in GERMAN_COMPOUND_PARTS for b in GERMAN_COMPOUND_HEADS if a != b]
    german = GERMAN_WORDS + _inflected(compounds, ["", "e", "en", "s"])
    english = _inflected(ENGLISH_WORDS, ["", "s"])
    return {"de": Vocabulary(german, rng), "en": Vocabulary(english, rng)}


TECHNIQUES = ["reframe", "question back", "feel-felt-found", "boomerang", "social proof"]
CATEGORIES = [
    "Price",
    "Timing",
    "Need",
    "Authority",
    "Competitor",
    "Trust",
    "Brush-off",
    "Persistence",
    "Contract",
    "Preis",
    "Zeitpunkt",
    "Bedarf",
]


def _sentence(vocabulary: Vocabulary, rng: random.Random, words: int) -> str:
    tokens = vocabulary.sample(rng, words)
    tokens[0] = tokens[0].capitalize()
    return " ".join(tokens) + rng.choice([".", ".", ".", "?", "!"])


def synthetic_objections(
    count: int = 100_000, responses_per_objection: int = 3, seed: int = 1
) -> Iterator[dict[str, Any]]:
    """Objections in the library document's shape: ~10 words each, ~60-word responses.

    Objection texts are drawn fresh and unique; responses are five sentences from a large pool per
    language, as real answers reuse phrases. Each objection has up to three phrasings (how customers
    say it) of five to nine words, 1.5 on average, drawn from their own random stream so that the
    rest of the library is the same as before phrasings existed.
    """
    rng = random.Random(seed)
    phrasing_rng = random.Random(seed + 1_000)
    vocabularies = _vocabularies(rng)
    pools = {
        language: [_sentence(vocabulary, rng, rng.randint(9, 15)) for _ in range(40_000)]
        for language, vocabulary in vocabularies.items()
    }
    seen: set[str] = set()
    for index in range(count):
        language = "de" if index % 2 == 0 else "en"
        vocabulary, pool = vocabularies[language], pools[language]
        text = _sentence(vocabulary, rng, rng.randint(7, 13))
        while text in seen:
            text = _sentence(vocabulary, rng, rng.randint(7, 13))
        seen.add(text)
        yield {
            "text": text,
            "category": CATEGORIES[index % len(CATEGORIES)],
            "tags": sorted(set(vocabulary.sample(rng, rng.randint(0, 2)))),
            "phrasings": [
                _sentence(vocabulary, phrasing_rng, phrasing_rng.randint(5, 9))
                for _ in range(phrasing_rng.randint(0, 3))
            ],
            "concern": rng.choice(pool),
            "probing_questions": [rng.choice(pool)],
            "kind": "real",
            "language": language,
            "favorite": index % 50 == 0,
            "responses": [
                {
                    "text": " ".join(rng.choices(pool, k=5)),
                    "technique": TECHNIQUES[(index + position) % len(TECHNIQUES)],
                    "follow_up": "",
                }
                for position in range(responses_per_objection)
            ],
        }


def synthetic_library(count: int = 100_000, seed: int = 1) -> dict[str, Any]:
    """A whole library document (version 3, without UUIDs)."""
    return {
        "format": "einwandfrei-library",
        "version": 3,
        "categories": [
            {"name": name, "position": position, "colour": ""}
            for position, name in enumerate(CATEGORIES)
        ],
        "techniques": list(TECHNIQUES),
        "objections": list(synthetic_objections(count, seed=seed)),
        "questions": [],
        "checklist": [],
    }


def write_synthetic_library(path: Path, count: int = 100_000, seed: int = 1) -> Path:
    """Write the synthetic library as a JSON document (skips the work if it already exists)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".part")
        temporary.write_text(json.dumps(synthetic_library(count, seed), ensure_ascii=False))
        temporary.replace(path)
    return path


def synthetic_queries(count: int = 240, seed: int = 7) -> list[str]:
    """Queries of one to three words; the last is cut to a 3–4 letter prefix, as when typing."""
    rng = random.Random(seed)
    vocabularies = _vocabularies(random.Random(1))
    queries: list[str] = []
    while len(queries) < count:
        vocabulary = vocabularies[rng.choice(["de", "en"])]
        words = vocabulary.sample(rng, rng.randint(1, 3))
        last = words[-1]
        if len(last) < 4:
            continue
        words[-1] = last[: rng.choice([3, 4])]
        queries.append(" ".join(words))
    return queries
