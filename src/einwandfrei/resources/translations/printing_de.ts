<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>Booklet</name>
    <message>
        <location filename="../../printing/booklet.py" line="45"/>
        <source>1 objection</source>
        <translation>1 Einwand</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="46"/>
        <source>%1 objections</source>
        <translation>%1 Einwände</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="52"/>
        <source>real objection</source>
        <translation>echter Einwand</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="54"/>
        <source>smoke screen</source>
        <translation>Vorwand</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="56"/>
        <source>brush-off</source>
        <translation>Abwimmeln</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="70"/>
        <source>Without category</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="109"/>
        <source>Objections: %1</source>
        <translation>Einwände: %1</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="111"/>
        <source>Objections tagged “%1”</source>
        <translation>Einwände mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="115"/>
        <source>Favourite objections</source>
        <translation>Favorisierte Einwände</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="117"/>
        <source>Selected objections</source>
        <translation>Ausgewählte Einwände</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="118"/>
        <source>Objection library</source>
        <translation>Einwandbibliothek</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="181"/>
        <source>CONTENTS</source>
        <translation>INHALT</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="214"/>
        <source>In bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="218"/>
        <source>what the customer says</source>
        <translation>was der Kunde sagt</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="221"/>
        <location filename="../../printing/booklet.py" line="316"/>
        <source>BEHIND IT</source>
        <translation>DAHINTER</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="222"/>
        <source>what is really behind it</source>
        <translation>was wirklich dahintersteckt</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="225"/>
        <location filename="../../printing/booklet.py" line="322"/>
        <source>PROBE</source>
        <translation>NACHFRAGEN</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="226"/>
        <source>questions to ask before answering</source>
        <translation>Fragen, die Sie vor der Antwort stellen</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="228"/>
        <source>prepared answers, each with its technique</source>
        <translation>vorbereitete Antworten, jeweils mit ihrer Technik</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="229"/>
        <source>the question to ask after the answer</source>
        <translation>die Frage, die Sie nach der Antwort stellen</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="231"/>
        <source>HOW TO READ AN ENTRY</source>
        <translation>SO LESEN SIE EINEN EINTRAG</translation>
    </message>
    <message>
        <location filename="../../printing/booklet.py" line="287"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../printing/call_sheet.py" line="59"/>
        <location filename="../../printing/call_sheet.py" line="147"/>
        <source>Call with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="190"/>
        <source>GOAL</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="191"/>
        <source>MINIMUM</source>
        <translation>MINDESTENS</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="208"/>
        <source>REPEAT</source>
        <translation>WIEDERHOLEN</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="214"/>
        <source>OPENER</source>
        <translation>EINSTIEG</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="219"/>
        <source>IF BUSY</source>
        <translation>FALLS UNPASSEND</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="226"/>
        <source>TIMING</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="233"/>
        <source>ASK</source>
        <translation>FRAGEN</translation>
    </message>
    <message>
        <location filename="../../printing/call_sheet.py" line="295"/>
        <source>STILL OPEN ON THE CHECKLIST</source>
        <translation>NOCH OFFEN AUF DER CHECKLISTE</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../printing/paper.py" line="51"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../printing/paper.py" line="53"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../printing/paper.py" line="55"/>
        <source>A6 card</source>
        <translation>A6-Karte</translation>
    </message>
    <message>
        <location filename="../../printing/paper.py" line="56"/>
        <source>Index card (4 × 6 in)</source>
        <translation>Karteikarte (4 × 6 Zoll)</translation>
    </message>
</context>
<context>
    <name>PocketCards</name>
    <message>
        <location filename="../../printing/cards.py" line="82"/>
        <source>Pocket cards</source>
        <translation>Taschenkarten</translation>
    </message>
    <message>
        <location filename="../../printing/cards.py" line="159"/>
        <source>BEHIND IT</source>
        <translation>DAHINTER</translation>
    </message>
    <message>
        <location filename="../../printing/cards.py" line="162"/>
        <source>PROBE</source>
        <translation>NACHFRAGEN</translation>
    </message>
    <message>
        <location filename="../../printing/cards.py" line="169"/>
        <source>OTHER RESPONSES</source>
        <translation>WEITERE ANTWORTEN</translation>
    </message>
    <message>
        <location filename="../../printing/cards.py" line="172"/>
        <source>No probing questions or other responses yet.</source>
        <translation>Noch keine Nachfragen und keine weiteren Antworten.</translation>
    </message>
    <message>
        <location filename="../../printing/cards.py" line="231"/>
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../ui/printing/controller.py" line="149"/>
        <source>Select one or more objections in the library first, then print them.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Einwände in der Bibliothek aus und drucken Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="188"/>
        <source>Call with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="224"/>
        <source>Sent %1 to the printer.</source>
        <translation>%1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="242"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="252"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="253"/>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="281"/>
        <source>Laying out the pages…</source>
        <translation>Die Seiten werden gesetzt…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="285"/>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="349"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="353"/>
        <source>Print a call&apos;s cheat sheet, a booklet or pocket cards</source>
        <translation>Einen Gesprächs-Spickzettel, ein Heft oder Taschenkarten drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="358"/>
        <source>Print &amp;Selection…</source>
        <translation>&amp;Auswahl drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="361"/>
        <source>Print the objections selected in the library</source>
        <translation>Die in der Bibliothek ausgewählten Einwände drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="366"/>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="369"/>
        <source>Save a cheat sheet, booklet or pocket cards as a PDF file</source>
        <translation>Spickzettel, Heft oder Taschenkarten als PDF-Datei speichern</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../ui/printing/dialogs.py" line="50"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialogs.py" line="70"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialogs.py" line="72"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialogs.py" line="81"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../printing/jobs.py" line="34"/>
        <source>Call cheat sheet</source>
        <translation>Gesprächs-Spickzettel</translation>
    </message>
    <message>
        <location filename="../../printing/jobs.py" line="36"/>
        <source>Library booklet</source>
        <translation>Bibliotheksheft</translation>
    </message>
    <message>
        <location filename="../../printing/jobs.py" line="37"/>
        <source>Pocket cards</source>
        <translation>Taschenkarten</translation>
    </message>
    <message>
        <location filename="../../printing/jobs.py" line="85"/>
        <source>A call cheat sheet needs a call plan.</source>
        <translation>Für einen Gesprächs-Spickzettel braucht es einen Gesprächsplan.</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="79"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="97"/>
        <source>With &amp;back sides for double-sided printing</source>
        <translation>Mit &amp;Rückseiten für beidseitigen Druck</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="101"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="102"/>
        <source>&amp;Objections:</source>
        <translation>&amp;Einwände:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="103"/>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="107"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="108"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="109"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="144"/>
        <source>The whole library</source>
        <translation>Die ganze Bibliothek</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="147"/>
        <source>The selected objections (%1)</source>
        <translation>Die ausgewählten Einwände (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="154"/>
        <source>The objections of: %1</source>
        <translation>Die Einwände aus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="158"/>
        <source>The favourites</source>
        <translation>Die Favoriten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="161"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/options_dialog.py" line="164"/>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../printing/pieces.py" line="51"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../printing/pieces.py" line="80"/>
        <source>No response prepared yet.</source>
        <translation>Noch keine Antwort vorbereitet.</translation>
    </message>
    <message>
        <location filename="../../printing/pieces.py" line="105"/>
        <source>Einwandfrei · page %1 of %2</source>
        <translation>Einwandfrei · Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="97"/>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../../printing/render.py" line="141"/>
        <source>The printer or file could not be opened.</source>
        <translation>Der Drucker oder die Datei liess sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../printing/style.py" line="124"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/controller.py" line="68"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
</context>
</TS>
