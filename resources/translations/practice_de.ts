<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>DrillPage</name>
    <message>
        <source>Cram: this grade leaves the schedule as it is.</source>
        <translation>Pauken: Diese Bewertung lässt den Übungsplan, wie er ist.</translation>
    </message>
    <message>
        <source>You keep forgetting this answer. Rewrite it in your own words rather than drilling it harder.</source>
        <translation>Diese Antwort vergessen Sie immer wieder. Schreiben Sie sie in Ihren eigenen Worten neu, statt sie noch härter zu üben.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Answer aloud — or press Tab, type your answer, then %1.</source>
        <translation>Antworten Sie laut – oder drücken Sie Tab, tippen Sie Ihre Antwort und dann %1.</translation>
    </message>
    <message>
        <source>Show the prepared answers (Space)</source>
        <translation>Vorbereitete Antworten zeigen (Leertaste)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Ihre Worte</translation>
    </message>
    <message>
        <source>Prepared answers</source>
        <translation>Vorbereitete Antworten</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Space: show the answers · 1–4: grade yourself · %1: take back a grade</source>
        <translation>Leertaste: Antworten zeigen · 1–4: sich selbst bewerten · %1: Bewertung zurücknehmen</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>Behind it:</source>
        <translation>Dahinter steckt:</translation>
    </message>
    <message>
        <source>Then ask:</source>
        <translation>Dann fragen:</translation>
    </message>
    <message>
        <source>No answer is prepared for this objection yet.</source>
        <translation>Für diesen Einwand ist noch keine Antwort vorbereitet.</translation>
    </message>
</context>
<context>
    <name>PhrasingLearning</name>
    <message>
        <source>%2 remembers “%1” for this objection</source>
        <translation>%2 merkt sich „%1“ für diesen Einwand</translation>
    </message>
    <message>
        <source>Remembered “%1” · %2 takes it back</source>
        <translation>„%1“ gemerkt · %2 nimmt es zurück</translation>
    </message>
</context>
<context>
    <name>PracticeActions</name>
    <message>
        <source>&amp;Practise Due Drills</source>
        <translation>Fällige Übungen &amp;üben</translation>
    </message>
    <message>
        <source>Practise &amp;Favourites</source>
        <translation>&amp;Favoriten üben</translation>
    </message>
    <message>
        <source>Practise a &amp;Category…</source>
        <translation>Eine &amp;Kategorie üben…</translation>
    </message>
    <message>
        <source>Practise a &amp;Tag…</source>
        <translation>Ein &amp;Schlagwort üben…</translation>
    </message>
    <message>
        <source>Practise &amp;Before a Call…</source>
        <translation>&amp;Vor einem Gespräch üben…</translation>
    </message>
    <message>
        <source>C&amp;ram…</source>
        <translation>&amp;Pauken…</translation>
    </message>
    <message>
        <source>Practice &amp;Statistics</source>
        <translation>Übungs&amp;statistik</translation>
    </message>
</context>
<context>
    <name>PracticeCharts</name>
    <message>
        <source>d MMM</source>
        <comment>date under a chart</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>PracticeChooser</name>
    <message>
        <source>Before the call with %1</source>
        <translation>Vor dem Gespräch mit %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>&amp;What would you like to drill?</source>
        <translation>&amp;Was möchten Sie üben?</translation>
    </message>
    <message>
        <source>&amp;Cram: go through all of them now — the schedule stays as it is</source>
        <translation>&amp;Pauken: jetzt alle durchgehen – der Übungsplan bleibt, wie er ist</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>%1 (cram)</source>
        <translation>%1 (Pauken)</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Practice — %1</source>
        <translation>Üben – %1</translation>
    </message>
</context>
<context>
    <name>PracticeStatisticsDialog</name>
    <message>
        <source>Practice statistics</source>
        <translation>Übungsstatistik</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;iessen</translation>
    </message>
    <message>
        <source>Drills per day (last 30 days)</source>
        <translation>Übungen pro Tag (letzte 30 Tage)</translation>
    </message>
    <message>
        <source>Retention per week: answers recalled after a day or more</source>
        <translation>Behalten pro Woche: Antworten, die nach einem Tag oder länger noch sassen</translation>
    </message>
    <message>
        <source>Weakest objections</source>
        <translation>Schwächste Einwände</translation>
    </message>
    <message>
        <source>1 drill in 30 days</source>
        <translation>1 Übung in 30 Tagen</translation>
    </message>
    <message>
        <source>%1 drills in 30 days</source>
        <translation>%1 Übungen in 30 Tagen</translation>
    </message>
    <message>
        <source>%1 drilled so far</source>
        <translation>bisher %1 geübt</translation>
    </message>
    <message>
        <source>retention %1 over %2 recalls</source>
        <translation>behalten %1 von %2 Abrufen</translation>
    </message>
    <message>
        <source>1 answer to rewrite</source>
        <translation>1 Antwort neu schreiben</translation>
    </message>
    <message>
        <source>%1 answers to rewrite</source>
        <translation>%1 Antworten neu schreiben</translation>
    </message>
</context>
<context>
    <name>PracticeWording</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mt.</translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>No drills due</source>
        <translation>Keine Übungen fällig</translation>
    </message>
    <message>
        <source>1 drill due</source>
        <translation>1 Übung fällig</translation>
    </message>
    <message>
        <source>%1 drills due</source>
        <translation>%1 Übungen fällig</translation>
    </message>
    <message>
        <source>1 objection</source>
        <translation>1 Einwand</translation>
    </message>
    <message>
        <source>%1 objections</source>
        <translation>%1 Einwände</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date of a call</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>QuickFindAction</name>
    <message>
        <source>&amp;Quick-Find…</source>
        <translation>&amp;Schnellsuche…</translation>
    </message>
</context>
<context>
    <name>QuickFindWindow</name>
    <message>
        <source>Quick-find — Einwandfrei</source>
        <translation>Schnellsuche – Einwandfrei</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>Was hat der Kunde gesagt?</translation>
    </message>
    <message>
        <source>On top</source>
        <translation>Im Vordergrund</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Die Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another word.</source>
        <translation>Nichts gefunden. Versuchen Sie weniger Buchstaben oder ein anderes Wort.</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Was der Kunde gesagt hat</translation>
    </message>
    <message>
        <source>Type a few letters; the best prepared answer shows below.</source>
        <translation>Tippen Sie ein paar Buchstaben; die beste vorbereitete Antwort erscheint darunter.</translation>
    </message>
    <message>
        <source>Keep this window above other windows (%1)</source>
        <translation>Dieses Fenster über allen anderen halten (%1)</translation>
    </message>
    <message>
        <source>Esc clears</source>
        <translation>Esc leert das Feld</translation>
    </message>
    <message>
        <source>Customers say: %1</source>
        <translation>Kunden sagen: %1</translation>
    </message>
    <message>
        <source>No answer is prepared for this objection yet.</source>
        <translation>Für diesen Einwand ist noch keine Antwort vorbereitet.</translation>
    </message>
    <message>
        <source>answer %1 of %2</source>
        <translation>Antwort %1 von %2</translation>
    </message>
    <message>
        <source>Then ask: %1</source>
        <translation>Dann fragen: %1</translation>
    </message>
    <message>
        <source>Enter copies the answer · ↑↓ other matches · PgDn next answer · Esc clears</source>
        <translation>Enter kopiert die Antwort · ↑↓ weitere Treffer · Bild↓ nächste Antwort · Esc leert</translation>
    </message>
    <message>
        <source>Type a few letters of what the customer said.</source>
        <translation>Tippen Sie ein paar Buchstaben dessen, was der Kunde gesagt hat.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Not remembered.</source>
        <translation>Nicht gemerkt.</translation>
    </message>
</context>
<context>
    <name>RetentionChart</name>
    <message>
        <source>Retention shows once you recall answers drilled on an earlier day.</source>
        <translation>Das Behalten zeigt sich, sobald Sie Antworten abrufen, die Sie an einem früheren Tag geübt haben.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Ziel %1</translation>
    </message>
</context>
<context>
    <name>ReviewsChart</name>
    <message>
        <source>No drills in this period yet.</source>
        <translation>In diesem Zeitraum noch keine Übungen.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Cram</source>
        <translation>Pauken</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Take back the last grade</source>
        <translation>Letzte Bewertung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;iessen</translation>
    </message>
    <message>
        <source>Well done — the session is complete.</source>
        <translation>Gut gemacht – die Übungsrunde ist geschafft.</translation>
    </message>
    <message>
        <source>You drilled %1 in %2.</source>
        <translation>Sie haben %1 in %2 geübt.</translation>
    </message>
    <message>
        <source>Nothing to drill right now.</source>
        <translation>Im Moment gibt es nichts zu üben.</translation>
    </message>
    <message>
        <source>Every answer here is fresh. Choose a category, your favourites or an upcoming call in the Practice menu to cram anyway — cramming leaves the schedule alone.</source>
        <translation>Alle Antworten hier sitzen. Wählen Sie im Menü «Üben» eine Kategorie, Ihre Favoriten oder ein bevorstehendes Gespräch, um trotzdem zu pauken – Pauken lässt den Übungsplan unverändert.</translation>
    </message>
    <message>
        <source>You keep forgetting these answers — rewrite them in your own words:</source>
        <translation>Diese Antworten vergessen Sie immer wieder – schreiben Sie sie in Ihren eigenen Worten neu:</translation>
    </message>
    <message>
        <source>Next drills: %1 (%2).</source>
        <translation>Nächste Übungen: %1 (%2).</translation>
    </message>
    <message>
        <source>No drills are scheduled for tomorrow.</source>
        <translation>Für morgen sind keine Übungen geplant.</translation>
    </message>
    <message>
        <source>No drills are scheduled for the next %1 days.</source>
        <translation>Für die nächsten %1 Tage sind keine Übungen geplant.</translation>
    </message>
</context>
<context>
    <name>WeakestChart</name>
    <message>
        <source>No answer has failed twice yet.</source>
        <translation>Noch keine Antwort hat zweimal versagt.</translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <translation>%1 von %2 nicht gewusst</translation>
    </message>
    <message>
        <source>rewrite it</source>
        <translation>neu schreiben</translation>
    </message>
</context>
</TS>
