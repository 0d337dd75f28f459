<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>Booklet</name>
    <message>
        <source>1 objection</source>
        <translation>1 Einwand</translation>
    </message>
    <message>
        <source>%1 objections</source>
        <translation>%1 Einwände</translation>
    </message>
    <message>
        <source>real objection</source>
        <translation>echter Einwand</translation>
    </message>
    <message>
        <source>smoke screen</source>
        <translation>Vorwand</translation>
    </message>
    <message>
        <source>brush-off</source>
        <translation>Abwimmeln</translation>
    </message>
    <message>
        <source>Without category</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Objections: %1</source>
        <translation>Einwände: %1</translation>
    </message>
    <message>
        <source>Objections tagged “%1”</source>
        <translation>Einwände mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Favourite objections</source>
        <translation>Favorisierte Einwände</translation>
    </message>
    <message>
        <source>Selected objections</source>
        <translation>Ausgewählte Einwände</translation>
    </message>
    <message>
        <source>Objection library</source>
        <translation>Einwandbibliothek</translation>
    </message>
    <message>
        <source>CONTENTS</source>
        <translation>INHALT</translation>
    </message>
    <message>
        <source>In bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>what the customer says</source>
        <translation>was der Kunde sagt</translation>
    </message>
    <message>
        <source>BEHIND IT</source>
        <translation>DAHINTER</translation>
    </message>
    <message>
        <source>what is really behind it</source>
        <translation>was wirklich dahintersteckt</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>NACHFRAGEN</translation>
    </message>
    <message>
        <source>questions to ask before answering</source>
        <translation>Fragen, die Sie vor der Antwort stellen</translation>
    </message>
    <message>
        <source>prepared answers, each with its technique</source>
        <translation>vorbereitete Antworten, jeweils mit ihrer Technik</translation>
    </message>
    <message>
        <source>the question to ask after the answer</source>
        <translation>die Frage, die Sie nach der Antwort stellen</translation>
    </message>
    <message>
        <source>HOW TO READ AN ENTRY</source>
        <translation>SO LESEN SIE EINEN EINTRAG</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Call with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>GOAL</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>MINIMUM</source>
        <translation>MINDESTENS</translation>
    </message>
    <message>
        <source>REPEAT</source>
        <translation>WIEDERHOLEN</translation>
    </message>
    <message>
        <source>OPENER</source>
        <translation>EINSTIEG</translation>
    </message>
    <message>
        <source>IF BUSY</source>
        <translation>FALLS UNPASSEND</translation>
    </message>
    <message>
        <source>TIMING</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>FRAGEN</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>STILL OPEN ON THE CHECKLIST</source>
        <translation>NOCH OFFEN AUF DER CHECKLISTE</translation>
    </message>
    <message>
        <source>NOTES DURING THE CALL</source>
        <translation>NOTIZEN WÄHREND DES GESPRÄCHS</translation>
    </message>
    <message>
        <source>BEFORE YOU HANG UP</source>
        <translation>VOR DEM AUFLEGEN</translation>
    </message>
    <message>
        <source>At least: %1</source>
        <translation>Mindestens: %1</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A6 card</source>
        <translation>A6-Karte</translation>
    </message>
    <message>
        <source>Index card (4 × 6 in)</source>
        <translation>Karteikarte (4 × 6 Zoll)</translation>
    </message>
</context>
<context>
    <name>PocketCards</name>
    <message>
        <source>Pocket cards</source>
        <translation>Taschenkarten</translation>
    </message>
    <message>
        <source>BEHIND IT</source>
        <translation>DAHINTER</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>NACHFRAGEN</translation>
    </message>
    <message>
        <source>OTHER RESPONSES</source>
        <translation>WEITERE ANTWORTEN</translation>
    </message>
    <message>
        <source>No probing questions or other responses yet.</source>
        <translation>Noch keine Nachfragen und keine weiteren Antworten.</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Select one or more objections in the library first, then print them.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Einwände in der Bibliothek aus und drucken Sie sie dann.</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Die Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print a call&apos;s cheat sheet, a booklet or pocket cards</source>
        <translation>Einen Gesprächs-Spickzettel, ein Heft oder Taschenkarten drucken</translation>
    </message>
    <message>
        <source>Print &amp;Selection…</source>
        <translation>&amp;Auswahl drucken…</translation>
    </message>
    <message>
        <source>Print the objections selected in the library</source>
        <translation>Die in der Bibliothek ausgewählten Einwände drucken</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Save a cheat sheet, booklet or pocket cards as a PDF file</source>
        <translation>Spickzettel, Heft oder Taschenkarten als PDF-Datei speichern</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Call cheat sheet</source>
        <translation>Gesprächs-Spickzettel</translation>
    </message>
    <message>
        <source>Library booklet</source>
        <translation>Bibliotheksheft</translation>
    </message>
    <message>
        <source>Pocket cards</source>
        <translation>Taschenkarten</translation>
    </message>
    <message>
        <source>A call cheat sheet needs a call plan.</source>
        <translation>Für einen Gesprächs-Spickzettel braucht es einen Gesprächsplan.</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>With &amp;back sides for double-sided printing</source>
        <translation>Mit &amp;Rückseiten für beidseitigen Druck</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Objections:</source>
        <translation>&amp;Einwände:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Die ganze Bibliothek</translation>
    </message>
    <message>
        <source>The selected objections (%1)</source>
        <translation>Die ausgewählten Einwände (%1)</translation>
    </message>
    <message>
        <source>The objections of: %1</source>
        <translation>Die Einwände aus: %1</translation>
    </message>
    <message>
        <source>The favourites</source>
        <translation>Die Favoriten</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No response prepared yet.</source>
        <translation>Noch keine Antwort vorbereitet.</translation>
    </message>
    <message>
        <source>Einwandfrei · page %1 of %2</source>
        <translation>Einwandfrei · Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Der Drucker oder die Datei liess sich nicht öffnen.</translation>
    </message>
    <message>
        <source>…(cut)</source>
        <translation>…(gekürzt)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PrintingFeature</name>
    <message>
        <source>Please wait until printing ends, or cancel it.</source>
        <translation>Bitte warten Sie, bis das Drucken beendet ist, oder brechen Sie es ab.</translation>
    </message>
</context>
</TS>
