<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Einwandfrei</source>
        <translation>Über Einwandfrei</translation>
    </message>
    <message>
        <source>Prepare your sales calls: your own library of customer objections and the answers you have prepared for them.</source>
        <translation>Bereiten Sie Ihre Verkaufsgespräche vor: Ihre eigene Bibliothek von Kundeneinwänden und den Antworten, die Sie dafür bereithalten.</translation>
    </message>
    <message>
        <source>Your library and its backups are in:</source>
        <translation>Ihre Bibliothek und ihre Sicherungen liegen in:</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen erstellt</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>{when} ({reason})</source>
        <translation>{when} ({reason})</translation>
    </message>
    <message>
        <source>{when} ({reason}, damaged)</source>
        <translation>{when} ({reason}, beschädigt)</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Einwandfrei ran into an unexpected error and stopped what it was doing. Your library is safe: every change is saved on its own as you make it.</source>
        <translation>Einwandfrei ist auf einen unerwarteten Fehler gestossen und hat abgebrochen, was es gerade tat. Ihre Bibliothek ist sicher: Jede Änderung wird für sich gespeichert, sobald Sie sie machen.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Die Einzelheiten liessen sich nicht in eine Protokolldatei schreiben.</translation>
    </message>
    <message>
        <source>The details are in %1; please send that file along if you report the problem.</source>
        <translation>Die Einzelheiten stehen in %1; bitte legen Sie diese Datei bei, wenn Sie den Fehler melden.</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>E&amp;ndgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Type what the customer says; it is saved as you type.</source>
        <translation>Schreiben Sie den Einwand so, wie er gesagt wird; er wird beim Tippen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n objection(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Einwand in den Papierkorb gelegt. Strg+Z holt ihn zurück.</numerusform>
            <numerusform>%n Einwände in den Papierkorb gelegt. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n objection(s) from the Trash.</source>
        <translation>
            <numerusform>%n Einwand aus dem Papierkorb wiederhergestellt.</numerusform>
            <numerusform>%n Einwände aus dem Papierkorb wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) and their responses will be deleted for good. You can still undo this until you close Einwandfrei.</source>
        <translation>
            <numerusform>%n Einwand und seine Antworten werden endgültig gelöscht. Bis Sie Einwandfrei schliessen, können Sie das noch rückgängig machen.</numerusform>
            <numerusform>%n Einwände und ihre Antworten werden endgültig gelöscht. Bis Sie Einwandfrei schliessen, können Sie das noch rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>No Category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>This objection is in the Trash.</source>
        <translation>Dieser Einwand liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Was Ihr Gegenüber sagt</translation>
    </message>
    <message>
        <source>What does the customer say?</source>
        <translation>Was sagt Ihr Gegenüber?</translation>
    </message>
    <message>
        <source>Favourite (Ctrl+D)</source>
        <translation>Favorit (Strg+D)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind not set</source>
        <translation>Art offen</translation>
    </message>
    <message>
        <source>Real objection</source>
        <translation>Echter Einwand</translation>
    </message>
    <message>
        <source>Smoke screen</source>
        <translation>Vorwand</translation>
    </message>
    <message>
        <source>Brush-off</source>
        <translation>Abwimmeln</translation>
    </message>
    <message>
        <source>What is really behind it?</source>
        <translation>Was steckt wirklich dahinter?</translation>
    </message>
    <message>
        <source>Questions that find out — one per line</source>
        <translation>Fragen, die es herausfinden – eine pro Zeile</translation>
    </message>
    <message>
        <source>Customers say</source>
        <translation>So sagen es Kunden</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Dahinter</translation>
    </message>
    <message>
        <source>Probe with</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>+ Add response</source>
        <translation>+ Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Add a response (Ctrl+Shift+N)</source>
        <translation>Eine Antwort hinzufügen (Strg+Umschalt+N)</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Import a Library</source>
        <translation>Bibliothek importieren</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Bibliotheksdateien (*.json *.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 held nothing new.</source>
        <translation>%1 enthielt nichts Neues.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Imported from %1 — new objections: %2, merged into existing ones: %3, new responses: %4, new questions and checklist items: %5. %6 takes the import back.</source>
        <translation>Aus %1 importiert – neue Einwände: %2, mit bestehenden zusammengeführt: %3, neue Antworten: %4, neue Fragen und Checklistenpunkte: %5. %6 nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Export the Library</source>
        <translation>Bibliothek exportieren</translation>
    </message>
    <message>
        <source>JSON, the full format (*.json);;CSV for spreadsheets (*.csv);;Markdown to read (*.md)</source>
        <translation>JSON, das vollständige Format (*.json);;CSV für Tabellenkalkulationen (*.csv);;Markdown zum Lesen (*.md)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2).</source>
        <translation>Die Datei %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The library cannot be exported</source>
        <translation>Die Bibliothek kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the library to %1.</source>
        <translation>Die Bibliothek wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Backed up as %1.</source>
        <translation>Gesichert als %1.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Die Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Please wait until the work in progress ends.</source>
        <translation>Bitte warten Sie, bis die laufende Arbeit beendet ist.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>There is no backup to restore yet.</source>
        <translation>Es gibt noch keine Sicherung, die sich wiederherstellen liesse.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Which backup should become your library?</source>
        <translation>Welche Sicherung soll Ihre Bibliothek werden?</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your library will be replaced by the backup from %1. The library as it is now is backed up first, so you can come back to it. Undo starts afresh.</source>
        <translation>Ihre Bibliothek wird durch die Sicherung vom %1 ersetzt. Die Bibliothek, wie sie jetzt ist, wird vorher gesichert, damit Sie zu ihr zurückkehren können. Das Rückgängigmachen beginnt danach von vorn.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restoring the backup from %1…</source>
        <translation>Die Sicherung vom %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup from %1. The previous library was saved as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die bisherige Bibliothek wurde als %2 gesichert.</translation>
    </message>
</context>
<context>
    <name>LeechMarks</name>
    <message>
        <source>This answer keeps slipping in your drills: rewrite it in your own words rather than drilling it harder.</source>
        <translation>Diese Antwort vergessen Sie beim Üben immer wieder: Schreiben Sie sie in Ihren eigenen Worten neu, statt sie noch härter zu üben.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Nothing here matches “%1”.</source>
        <translation>Hier passt nichts zu «%1».</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No favourites yet: mark an objection with ★ to find it here.</source>
        <translation>Noch keine Favoriten: Markieren Sie einen Einwand mit ★, dann finden Sie ihn hier.</translation>
    </message>
    <message>
        <source>No objections here yet. Press Ctrl+N to add one.</source>
        <translation>Hier gibt es noch keine Einwände. Mit Strg+N fügen Sie einen hinzu.</translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message>
        <source>A text cannot be empty; the previous text was kept.</source>
        <translation>Ein Text darf nicht leer sein; der bisherige Text wurde behalten.</translation>
    </message>
    <message>
        <source>That name is taken already; please choose another one.</source>
        <translation>Dieser Name ist schon vergeben; bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>It was deleted in the meantime, so the change was not made.</source>
        <translation>Das wurde inzwischen gelöscht; die Änderung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>New objection</source>
        <translation>Neuer Einwand</translation>
    </message>
    <message>
        <source>Edit objection</source>
        <translation>Einwand bearbeiten</translation>
    </message>
    <message>
        <source>Edit what is behind it</source>
        <translation>Hintergrund bearbeiten</translation>
    </message>
    <message>
        <source>Edit probing questions</source>
        <translation>Nachfragen bearbeiten</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Kein Favorit</translation>
    </message>
    <message>
        <source>Move to category</source>
        <translation>In Kategorie verschieben</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Change how customers say it</source>
        <translation>Kundenformulierungen ändern</translation>
    </message>
    <message>
        <source>Remember “%1”</source>
        <translation>„%1“ merken</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb legen</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>Edit follow-up question</source>
        <translation>Anschlussfrage bearbeiten</translation>
    </message>
    <message>
        <source>Change technique</source>
        <translation>Technik ändern</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Antwort entfernen</translation>
    </message>
    <message>
        <source>Reorder responses</source>
        <translation>Antworten umordnen</translation>
    </message>
</context>
<context>
    <name>LibraryFeature</name>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Number of Responses</source>
        <translation>Anzahl Antworten</translation>
    </message>
    <message>
        <source>Success Rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Favourites First</source>
        <translation>Favoriten zuerst</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last edit could not be saved and is still in the editor. Close anyway and lose it?</source>
        <translation>Ihre letzte Änderung liess sich nicht speichern und steht noch im Editor. Trotzdem schliessen und sie verwerfen?</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schliessen</translation>
    </message>
</context>
<context>
    <name>LibraryHealth</name>
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the library {path} found damage ({detail}), and there is no intact backup to put in its place. Export what can still be read (File ▸ Export…) and keep the file; it was left as it is.</source>
        <translation>Die Prüfung von SQLite hat in der Bibliothek {path} Schäden gefunden ({detail}), und es gibt keine intakte Sicherung, die an ihre Stelle treten könnte. Exportieren Sie, was sich noch lesen lässt (Datei ▸ Exportieren…), und bewahren Sie die Datei auf; sie blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the library {path} found damage ({detail}).

Einwandfrei can put the newest intact backup, from {when}, in its place. The damaged file is kept beside it under a new name; nothing is deleted. Undo starts afresh.</source>
        <translation>Die Prüfung von SQLite hat in der Bibliothek {path} Schäden gefunden ({detail}).

Einwandfrei kann die neueste intakte Sicherung vom {when} an ihre Stelle setzen. Die beschädigte Datei wird unter neuem Namen daneben aufbewahrt; nichts wird gelöscht. «Rückgängig» beginnt danach von vorn.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup from {when} is now your library. The damaged file was kept as {aside}.</source>
        <translation>Die Sicherung vom {when} ist jetzt Ihre Bibliothek. Die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>Putting the backup from %1 in place…</source>
        <translation>Die Sicherung vom %1 wird eingesetzt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>NamedListDialog</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) will have no category.</source>
        <translation>
            <numerusform>%n Einwand hat danach keine Kategorie mehr.</numerusform>
            <numerusform>%n Einwände haben danach keine Kategorie mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) will have no technique.</source>
        <translation>
            <numerusform>%n Antwort hat danach keine Technik mehr.</numerusform>
            <numerusform>%n Antworten haben danach keine Technik mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ObjectionEditor</name>
    <message>
        <source>Select an objection, or press Ctrl+N to add a new one.</source>
        <translation>Wählen Sie einen Einwand, oder fügen Sie mit Strg+N einen neuen hinzu.</translation>
    </message>
    <message>
        <source>An objection needs its words; the previous text was kept.</source>
        <translation>Ein Einwand braucht Worte; der bisherige Text wurde behalten.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Neue Kategorie…</translation>
    </message>
    <message>
        <source>Write what the customer says first, then add responses.</source>
        <translation>Schreiben Sie zuerst, was Ihr Gegenüber sagt, dann die Antworten.</translation>
    </message>
</context>
<context>
    <name>ObjectionListView</name>
    <message>
        <source>Objections</source>
        <translation>Einwände</translation>
    </message>
</context>
<context>
    <name>ObjectionPicker</name>
    <message>
        <source>Search the library for an objection</source>
        <translation>Einwand in der Bibliothek suchen</translation>
    </message>
    <message>
        <source>Matching objections</source>
        <translation>Passende Einwände</translation>
    </message>
</context>
<context>
    <name>ObjectionTableModel</name>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>From the team playbook. The team changed it too: its version waits beside yours — compare them in the editor.</source>
        <translation>Aus dem Playbook des Teams. Das Team hat ihn auch geändert: Seine Fassung wartet neben Ihrer — vergleichen Sie sie im Editor.</translation>
    </message>
    <message>
        <source>From the team playbook.</source>
        <translation>Aus dem Playbook des Teams.</translation>
    </message>
    <message>
        <source>Across the team its responses worked in %1 of %2 uses.</source>
        <translation>Im ganzen Team haben seine Antworten bei %1 von %2 Verwendungen gewirkt.</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Was Ihr Gegenüber sagt</translation>
    </message>
    <message>
        <source>Number of prepared responses</source>
        <translation>Anzahl vorbereiteter Antworten</translation>
    </message>
    <message>
        <source>How often the responses worked in logged calls</source>
        <translation>Wie oft die Antworten in erfassten Gesprächen gewirkt haben</translation>
    </message>
    <message>
        <source>Team objections, and how often their responses worked across the team</source>
        <translation>Team-Einwände, und wie oft ihre Antworten im ganzen Team gewirkt haben</translation>
    </message>
</context>
<context>
    <name>PageSwitch</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>Your objections and answers (Ctrl+1)</source>
        <translation>Ihre Einwände und Antworten (Strg+1)</translation>
    </message>
    <message>
        <source>Call plans, past calls and the follow-ups due (Ctrl+2)</source>
        <translation>Gesprächspläne, vergangene Gespräche und fällige Folgekontakte (Strg+2)</translation>
    </message>
</context>
<context>
    <name>PhrasingsField</name>
    <message>
        <source>How customers say it</source>
        <translation>So sagen es Kunden</translation>
    </message>
    <message>
        <source>New way customers say it</source>
        <translation>Neue Kundenformulierung</translation>
    </message>
    <message>
        <source>In the customer&apos;s words, e.g. “We don&apos;t have the money” — Enter adds</source>
        <translation>In den Worten der Kunden, z. B. „Wir haben das Geld nicht“ – Enter fügt hinzu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>How many objections you never drilled come into today&apos;s drills at most. Objections of an upcoming call come in regardless.</source>
        <translation>Wie viele noch nie geübte Einwände höchstens in die heutigen Übungen kommen. Einwände eines bevorstehenden Gesprächs kommen trotzdem dazu.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>How sure you want to be that an answer is still there when its drill comes back: higher means more drills, spaced closer.</source>
        <translation>Wie sicher Sie sein wollen, dass eine Antwort noch sitzt, wenn ihre Übung wiederkommt: höher heisst mehr Übungen in kürzeren Abständen.</translation>
    </message>
    <message>
        <source>&amp;New objections per day</source>
        <translation>&amp;Neue Einwände pro Tag</translation>
    </message>
    <message>
        <source>Desired &amp;retention</source>
        <translation>Angestrebtes &amp;Behalten</translation>
    </message>
    <message>
        <source>The new language applies the next time Einwandfrei starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Einwandfrei.</translation>
    </message>
    <message>
        <source>Drill settings belong to a library: open one to change them.</source>
        <translation>Die Übungseinstellungen gehören zu einer Bibliothek: Öffnen Sie eine, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>ReindexProgress</name>
    <message>
        <source>Updating the search index</source>
        <translation>Suchindex wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating the search index… %p%</source>
        <translation>Suchindex wird aktualisiert … %p %</translation>
    </message>
</context>
<context>
    <name>ResponseCard</name>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Zum Umordnen ziehen (oder Alt+Pfeil nach oben / unten)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Remove this response</source>
        <translation>Diese Antwort entfernen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What you answer, in your own words…</source>
        <translation>Was Sie antworten, in Ihren eigenen Worten…</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Anschlussfrage</translation>
    </message>
    <message>
        <source>Follow-up question (optional)</source>
        <translation>Anschlussfrage (freiwillig)</translation>
    </message>
    <message>
        <source>worked %1 of %2</source>
        <translation>%1 von %2 gewirkt</translation>
    </message>
    <message>
        <source>How often this response worked in logged calls</source>
        <translation>Wie oft diese Antwort in erfassten Gesprächen gewirkt hat</translation>
    </message>
    <message>
        <source>No technique</source>
        <translation>Keine Technik</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search objections and answers</source>
        <translation>Einwände und Antworten suchen</translation>
    </message>
    <message>
        <source>The list of objections narrows with every letter typed; Down goes to it.</source>
        <translation>Die Liste der Einwände wird mit jedem getippten Buchstaben kürzer; Pfeil nach unten führt zu ihr.</translation>
    </message>
    <message>
        <source>Search objections and answers…</source>
        <translation>Einwände und Antworten suchen…</translation>
    </message>
    <message>
        <source>Type a few letters of what the customer says (Ctrl+F; Esc clears)</source>
        <translation>Tippen Sie ein paar Buchstaben von dem, was Ihr Gegenüber sagt (Strg+F; Esc leert)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>From the search to the list</source>
        <translation>Von der Suche zur Liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Lists, categories and tags</source>
        <translation>Listen, Kategorien und Schlagwörter</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>All objections</source>
        <translation>Alle Einwände</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Recently edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>Einwandfrei is already open</source>
        <translation>Einwandfrei ist schon geöffnet</translation>
    </message>
    <message>
        <source>The library in {folder} is already open in another Einwandfrei window. Switch to that window; this one closes without changing anything.</source>
        <translation>Die Bibliothek in {folder} ist schon in einem anderen Einwandfrei-Fenster geöffnet. Wechseln Sie in jenes Fenster; dieses schliesst sich, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>This library is from a newer Einwandfrei</source>
        <translation>Diese Bibliothek stammt von einem neueren Einwandfrei</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Einwandfrei. Update the app to open it; the file was left untouched.</source>
        <translation>Die Bibliothek {path} wurde von einer neueren Version von Einwandfrei geschrieben. Aktualisieren Sie die App, um sie zu öffnen; die Datei blieb unberührt.</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>The library {path} is damaged and cannot be read ({detail}), and there is no backup to put in its place. The file was left untouched.</source>
        <translation>Die Bibliothek {path} ist beschädigt und kann nicht gelesen werden ({detail}), und es gibt keine Sicherung, die an ihre Stelle treten könnte. Die Datei blieb unberührt.</translation>
    </message>
    <message>
        <source>The library {path} is damaged and cannot be read ({detail}).

Einwandfrei can put the newest backup, from {when}, in its place. The damaged file is kept beside it under a new name; nothing is deleted.</source>
        <translation>Die Bibliothek {path} ist beschädigt und kann nicht gelesen werden ({detail}).

Einwandfrei kann die neueste Sicherung vom {when} an ihre Stelle setzen. Die beschädigte Datei bleibt unter neuem Namen daneben liegen; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup from {when} is now your library. The damaged file was kept as {aside}.</source>
        <translation>Die Sicherung vom {when} ist jetzt Ihre Bibliothek. Die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>VocabularySteps</name>
    <message>
        <source>Add “%1”</source>
        <translation>«%1» hinzufügen</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>In «%1» umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Umordnen</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Objection</source>
        <translation>&amp;Neuer Einwand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add Response</source>
        <translation>Antwort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move Response &amp;Up</source>
        <translation>Antwort nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Response &amp;Down</source>
        <translation>Antwort nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>Aus dem &amp;Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>E&amp;ndgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb l&amp;eeren…</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Kategorien…</translation>
    </message>
    <message>
        <source>&amp;Techniques…</source>
        <translation>&amp;Techniken…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>S&amp;eitenleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;Library Order</source>
        <translation>Reihenfolge der &amp;Bibliothek</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About Einwandfrei</source>
        <translation>&amp;Über Einwandfrei</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Move to Category</source>
        <translation>In Kategorie &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
</context>
</TS>
