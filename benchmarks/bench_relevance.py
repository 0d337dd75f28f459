"""Relevance of search on the starter libraries: does what the rep types find the right objection?

Run: .venv/bin/python benchmarks/bench_relevance.py [--verbose]

Cases in four kinds, written from what customers say on the phone (not copied from the library):

- literal: a few of the library's own words, as typed (prefixes too);
- variant: other spellings — umlauts typed plainly, hyphens, spaces, joined words, British/American,
  typos the stemmer forgives;
- compound: a word from inside a compound, or another form of the word (inflection, verb forms);
- other: other words for the same objection — what the phrasings ("How customers say it") carry.

For each case, the objection it should find, and whether search puts it first (top-1) or in the
first three (top-3). Targets (issue 14): literal and variant top-3 ≥ 98 %, compound ≥ 90 %,
other ≥ 60 %. A held-out set exists outside the project: tune the product, not this list.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.library.search import search

KINDS = ("literal", "variant", "compound", "other")
TARGETS = {"literal": 0.98, "variant": 0.98, "compound": 0.90, "other": 0.60}

DE_CASES = [
    # literal: a few words of the library's own wording, as typed, incl. prefixes
    ("literal", "zu teuer", "Das ist zu teuer."),
    ("literal", "kein budget", "Dafür haben wir kein Budget."),
    ("literal", "konkurrenz", "Die Konkurrenz ist günstiger."),
    ("literal", "einführungsk", "Die Einführungskosten sind zu hoch."),
    ("literal", "rabatt geben", "Wie viel Rabatt geben Sie mir?"),
    ("literal", "nächstes quartal", "Rufen Sie mich nächstes Quartal wieder an."),
    ("literal", "überlegen", "Ich muss mir das noch überlegen."),
    ("literal", "reorganisation", "Wir stecken mitten in einer Reorganisation."),
    ("literal", "zu klein", "Dafür sind wir zu klein."),
    ("literal", "chef", "Das muss ich mit meinem Chef besprechen."),
    ("literal", "gremium", "Das entscheidet bei uns ein Gremium."),
    ("literal", "zuständig", "Dafür bin ich nicht zuständig."),
    ("literal", "intern", "Das machen wir intern."),
    ("literal", "referenzen", "Haben Sie Referenzen aus unserer Branche?"),
    ("literal", "keine zeit", "Ich habe keine Zeit."),
    ("literal", "kein interesse", "Kein Interesse."),
    ("literal", "prospekt", "Schicken Sie mir einfach einen Prospekt."),
    ("literal", "hartnäckig", "Sie sind aber hartnäckig!"),
    ("literal", "kündigungsfrist", "Ihre Kündigungsfrist ist zu lang."),
    ("literal", "haftung", "Ihre Haftungsbedingungen können wir so nicht akzeptieren."),
    # spelling variants: umlauts typed plainly, hyphens, spaces, joined
    ("variant", "email", "Schicken Sie mir einfach eine E-Mail."),
    ("variant", "e mail", "Schicken Sie mir einfach eine E-Mail."),
    ("variant", "drei mal", "Sie haben mich schon dreimal angerufen."),
    ("variant", "guenstiger", "Die Konkurrenz ist günstiger."),
    ("variant", "gunstiger", "Die Konkurrenz ist günstiger."),
    ("variant", "hoeren sie auf", "Hören Sie auf, mich anzurufen."),
    ("variant", "zustaendig", "Dafür bin ich nicht zuständig."),
    ("variant", "weiß ich", "Woher weiss ich, dass es Sie in drei Jahren noch gibt?"),
    ("variant", "ueberlegen", "Ich muss mir das noch überlegen."),
    ("variant", "kundigungsfrist", "Ihre Kündigungsfrist ist zu lang."),
    ("variant", "mindest laufzeit", "Die Mindestlaufzeit ist zu lang."),
    ("variant", "rechts abteilung", "Unsere Rechtsabteilung muss den Vertrag noch prüfen."),
    ("variant", "einkaufs", "Das entscheidet der Einkauf."),
    ("variant", "HARTNÄCKIG", "Sie sind aber hartnäckig!"),
    ("variant", "Reorganisation!", "Wir stecken mitten in einer Reorganisation."),
    # compounds and inflections
    ("compound", "laufzeit", "Die Mindestlaufzeit ist zu lang."),
    ("compound", "abteilung", "Unsere Rechtsabteilung muss den Vertrag noch prüfen."),
    ("compound", "frist", "Ihre Kündigungsfrist ist zu lang."),
    ("compound", "anrufen", "Hören Sie auf, mich anzurufen."),
    ("compound", "aufwand", "Ein Wechsel wäre zu aufwendig."),
    ("compound", "entscheiden gremium", "Das entscheidet bei uns ein Gremium."),
    ("compound", "kosten einführung", "Die Einführungskosten sind zu hoch."),
    (
        "compound",
        "bedingungen haftung",
        "Ihre Haftungsbedingungen können wir so nicht akzeptieren.",
    ),
    ("compound", "lieferant rabatt", "Von unseren Lieferanten bekommen wir immer Rabatt."),
    ("compound", "preis gestiegen", "Ihre Preise sind seit letztem Jahr gestiegen."),
    ("compound", "angebot drei", "Der Einkauf braucht drei Angebote."),
    (
        "compound",
        "funktionieren versucht",
        "Das haben wir schon einmal versucht, und es hat nicht funktioniert.",
    ),
    ("compound", "vertrag laufend", "Wir haben einen laufenden Vertrag."),
    ("compound", "bestellung mehr", "Können Sie beim Preis etwas machen, wenn wir mehr bestellen?"),
    ("compound", "priorität", "Wir haben im Moment andere Prioritäten."),
    ("compound", "zahlung 90 tag", "Wir zahlen grundsätzlich erst nach 90 Tagen."),
    # other words: what customers say that the library does not
    ("other", "kein geld", "Dafür haben wir kein Budget."),
    ("other", "unterlagen", "Schicken Sie mir etwas, ich melde mich dann."),
    ("other", "meeting", "Er ist in einer Sitzung."),
    ("other", "billiger", "Die Konkurrenz ist günstiger."),
    ("other", "jurist", "Unsere Rechtsabteilung muss den Vertrag noch prüfen."),
    ("other", "vorgesetzt", "Das muss ich mit meinem Chef besprechen."),
    ("other", "mengenrabatt", "Können Sie beim Preis etwas machen, wenn wir mehr bestellen?"),
    ("other", "lass mich in ruhe", "Hören Sie auf, mich anzurufen."),
    ("other", "broschüre", "Schicken Sie mir einfach einen Prospekt."),
    ("other", "offerten", "Der Einkauf braucht drei Angebote."),
    ("other", "umstellung", "Ein Wechsel wäre zu aufwendig."),
    (
        "other",
        "schlechte erfahrung",
        "Das haben wir schon einmal versucht, und es hat nicht funktioniert.",
    ),
    ("other", "verwaltungsrat", "Das entscheidet bei uns ein Gremium."),
    ("other", "nicht im büro", "Er ist in einer Sitzung."),
    ("other", "ständig an", "Sie haben mich schon dreimal angerufen."),
    ("other", "kleiner betrieb", "Dafür sind wir zu klein."),
    ("other", "pleite", "Woher weiss ich, dass es Sie in drei Jahren noch gibt?"),
    ("other", "umstrukturierung", "Wir stecken mitten in einer Reorganisation."),
    ("other", "per mail", "Schicken Sie mir einfach eine E-Mail."),
    ("other", "lohnt sich nicht", "Das ist es uns nicht wert."),
]
EN_CASES = [
    ("literal", "too expensive", "That's too expensive."),
    ("literal", "no budget", "We have no budget for this."),
    ("literal", "competition", "The competition is cheaper."),
    ("literal", "setup cost", "The setup costs are too high."),
    ("literal", "discount", "What discount can you give me?"),
    ("literal", "next quarter", "Call me next quarter."),
    ("literal", "think about", "I need to think about it."),
    ("literal", "reorganisation", "We're in the middle of a reorganisation."),
    ("literal", "too small", "We're too small for that."),
    ("literal", "boss", "I have to ask my boss."),
    ("literal", "committee", "The committee decides."),
    ("literal", "right person", "I'm not the right person for this."),
    ("literal", "in-house", "We do that in-house."),
    ("literal", "references", "Do you have references in our industry?"),
    ("literal", "don't have time", "I don't have time."),
    ("literal", "not interested", "Not interested."),
    ("literal", "brochure", "Just send me a brochure."),
    ("literal", "persistent", "You are persistent!"),
    ("literal", "notice period", "Your notice period is too long."),
    ("literal", "liability", "We can't accept your liability terms."),
    ("variant", "e-mail", "Just send me an email."),
    ("variant", "e mail", "Just send me an email."),
    ("variant", "inhouse", "We do that in-house."),
    ("variant", "in house", "We do that in-house."),
    ("variant", "set-up", "The setup costs are too high."),
    ("variant", "set up costs", "The setup costs are too high."),
    ("variant", "reorganization", "We're in the middle of a reorganisation."),
    ("variant", "dont need", "We don't need it."),
    ("variant", "didnt work", "We tried this before and it didn't work."),
    ("variant", "im not the right", "I'm not the right person for this."),
    ("variant", "three times", "You've called me three times already."),
    ("variant", "20 percent", "Take twenty percent off and we have a deal."),
    ("variant", "Not Interested!", "Not interested."),
    ("variant", "procurment", "Procurement decides that."),
    ("variant", "re-organisation", "We're in the middle of a reorganisation."),
    ("compound", "failed", "What if it fails?"),
    ("compound", "deciding procurement", "Procurement decides that."),
    ("compound", "priority", "We have other priorities at the moment."),
    ("compound", "price increase", "Your prices have gone up since last year."),
    ("compound", "supplier discounts", "We always get a discount from our suppliers."),
    ("compound", "ordering more", "Can you do something on the price if we order more?"),
    ("compound", "contracts running", "We have a running contract."),
    ("compound", "calling", "Stop calling me."),
    ("compound", "tried", "We tried this before and it didn't work."),
    ("compound", "switch", "Switching would be too much effort."),
    ("compound", "offer three", "Procurement needs three offers."),
    ("compound", "term minimum", "The minimum term is too long."),
    ("compound", "department legal", "Our legal department has to check the contract."),
    ("compound", "offering", "We only need a fraction of what you offer."),
    ("compound", "worth", "It's not worth that much to us."),
    ("other", "manager", "I have to ask my boss."),
    ("other", "vendor", "We already have a supplier."),
    ("other", "pricey", "That's too expensive."),
    ("other", "can't afford", "We have no budget for this."),
    ("other", "cheaper elsewhere", "The competition is cheaper."),
    ("other", "lawyer", "Our legal department has to check the contract."),
    ("other", "purchasing", "Procurement decides that."),
    ("other", "take me off", "Stop calling me."),
    ("other", "leaflet", "Just send me a brochure."),
    ("other", "quotes", "Procurement needs three offers."),
    ("other", "hassle", "Switching would be too much effort."),
    ("other", "bulk", "Can you do something on the price if we order more?"),
    ("other", "board approve", "The committee decides."),
    ("other", "out of office", "He's in a meeting."),
    ("other", "busy", "I don't have time."),
    ("other", "small business", "We're too small for that."),
    ("other", "go bust", "How do I know you'll still be around in three years?"),
    ("other", "restructuring", "We're in the middle of a reorganisation."),
    ("other", "sleep on it", "I need to think about it."),
    ("other", "locked in", "We have a running contract."),
]

CASES = {"de": DE_CASES, "en": EN_CASES}


def run(verbose: bool) -> bool:
    """Print the table; True when every target is met."""
    met = True
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'library':8}{'kind':10}{'cases':>6}{'top-1':>8}{'top-3':>8}{'target':>8}")
        for language, cases in CASES.items():
            library = open_data_folder(
                Path(folder) / language, language=language, starter=True, backup=False
            )
            top1: dict[str, list[bool]] = defaultdict(list)
            top3: dict[str, list[bool]] = defaultdict(list)
            try:
                with library.read() as connection:
                    for kind, query, expected in cases:
                        found = [o.text for o in search(connection, query, limit=3)]
                        top1[kind].append(found[:1] == [expected])
                        top3[kind].append(expected in found)
                        if verbose and expected not in found[:1]:
                            print(f"  {language} {kind:9} {query!r:26} → {found}")
            finally:
                library.close()
            for kind in KINDS:
                one = sum(top1[kind]) / len(top1[kind])
                three = sum(top3[kind]) / len(top3[kind])
                met = met and three >= TARGETS[kind]
                print(
                    f"{language:8}{kind:10}{len(top1[kind]):6d}{one:8.0%}{three:8.0%}"
                    f"{TARGETS[kind]:8.0%}{'' if three >= TARGETS[kind] else '  ✗'}"
                )
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="show every case not found first")
    arguments = parser.parse_args()
    return 0 if run(arguments.verbose) else 1


if __name__ == "__main__":
    sys.exit(main())
