<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="35"/>
        <source>About Einwandfrei</source>
        <translation>Über Einwandfrei</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="43"/>
        <source>Prepare your sales calls: your own library of customer objections and the answers you have prepared for them.</source>
        <translation>Bereiten Sie Ihre Verkaufsgespräche vor: Ihre eigene Bibliothek von Kundeneinwänden und den Antworten, die Sie dafür bereithalten.</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="50"/>
        <source>Your library and its backups are in:</source>
        <translation>Ihre Bibliothek und ihre Sicherungen liegen in:</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="58"/>
        <source>Open Data Folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/prompter.py" line="96"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../ui/prompter.py" line="98"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/prompter.py" line="100"/>
        <source>made by you</source>
        <translation>von Ihnen erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/prompter.py" line="102"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/prompter.py" line="103"/>
        <source>{when} ({reason})</source>
        <translation>{when} ({reason})</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <location filename="../../ui/edit_operations.py" line="60"/>
        <source>Delete for &amp;Good…</source>
        <translation>E&amp;ndgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="60"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="84"/>
        <source>Type what the customer says; it is saved as you type.</source>
        <translation>Schreiben Sie den Einwand so, wie er gesagt wird; er wird beim Tippen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edit_operations.py" line="96"/>
        <source>Moved %n objection(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Einwand in den Papierkorb gelegt. Strg+Z holt ihn zurück.</numerusform>
            <numerusform>%n Einwände in den Papierkorb gelegt. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edit_operations.py" line="105"/>
        <source>Restored %n objection(s) from the Trash.</source>
        <translation>
            <numerusform>%n Einwand aus dem Papierkorb wiederhergestellt.</numerusform>
            <numerusform>%n Einwände aus dem Papierkorb wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="125"/>
        <source>Delete for good?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edit_operations.py" line="127"/>
        <source>%n objection(s) and their responses will be deleted for good. You can still undo this until you close Einwandfrei.</source>
        <translation>
            <numerusform>%n Einwand und seine Antworten werden endgültig gelöscht. Bis Sie Einwandfrei schliessen, können Sie das noch rückgängig machen.</numerusform>
            <numerusform>%n Einwände und ihre Antworten werden endgültig gelöscht. Bis Sie Einwandfrei schliessen, können Sie das noch rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="132"/>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="178"/>
        <source>No Category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="186"/>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/edit_operations.py" line="186"/>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor_page.py" line="62"/>
        <source>This objection is in the Trash.</source>
        <translation>Dieser Einwand liegt im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="63"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="68"/>
        <source>What the customer says</source>
        <translation>Was Ihr Gegenüber sagt</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="69"/>
        <source>What does the customer say?</source>
        <translation>Was sagt Ihr Gegenüber?</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="79"/>
        <source>Favourite (Ctrl+D)</source>
        <translation>Favorit (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="80"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="92"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="95"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="97"/>
        <source>Kind not set</source>
        <translation>Art offen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="98"/>
        <source>Real objection</source>
        <translation>Echter Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="99"/>
        <source>Smoke screen</source>
        <translation>Vorwand</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="100"/>
        <source>Brush-off</source>
        <translation>Abwimmeln</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="111"/>
        <source>What is really behind it?</source>
        <translation>Was steckt wirklich dahinter?</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="114"/>
        <source>Questions that find out — one per line</source>
        <translation>Fragen, die es herausfinden – eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="118"/>
        <source>Behind it</source>
        <translation>Dahinter</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="119"/>
        <source>Probe with</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="121"/>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="128"/>
        <source>+ Add response</source>
        <translation>+ Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.py" line="130"/>
        <source>Add a response (Ctrl+Shift+N)</source>
        <translation>Eine Antwort hinzufügen (Strg+Umschalt+N)</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../ui/file_operations.py" line="118"/>
        <source>Import a Library</source>
        <translation>Bibliothek importieren</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="119"/>
        <source>Library files (*.json *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Bibliotheksdateien (*.json *.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="136"/>
        <source>%1 held nothing new.</source>
        <translation>%1 enthielt nichts Neues.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="140"/>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="144"/>
        <source>Imported from %1 — new objections: %2, merged into existing ones: %3, new responses: %4, new questions and checklist items: %5. %6 takes the import back.</source>
        <translation>Aus %1 importiert – neue Einwände: %2, mit bestehenden zusammengeführt: %3, neue Antworten: %4, neue Fragen und Checklistenpunkte: %5. %6 nimmt den Import zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="161"/>
        <source>Nothing Was Imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="162"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="172"/>
        <source>Export the Library</source>
        <translation>Bibliothek exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="175"/>
        <source>JSON, the full format (*.json);;CSV for spreadsheets (*.csv);;Markdown to read (*.md)</source>
        <translation>JSON, das vollständige Format (*.json);;CSV für Tabellenkalkulationen (*.csv);;Markdown zum Lesen (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="197"/>
        <source>The file %1 cannot be written (%2).</source>
        <translation>Die Datei %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="201"/>
        <source>The library cannot be exported</source>
        <translation>Die Bibliothek kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="206"/>
        <source>Exported the library to %1.</source>
        <translation>Die Bibliothek wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="209"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="222"/>
        <source>Backed up as %1.</source>
        <translation>Gesichert als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="224"/>
        <source>The backup failed</source>
        <translation>Die Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="225"/>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="237"/>
        <source>Please wait until the work in progress ends.</source>
        <translation>Bitte warten Sie, bis die laufende Arbeit beendet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="244"/>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="244"/>
        <source>There is no backup to restore yet.</source>
        <translation>Es gibt noch keine Sicherung, die sich wiederherstellen liesse.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="249"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="250"/>
        <source>Which backup should become your library?</source>
        <translation>Welche Sicherung soll Ihre Bibliothek werden?</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="258"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="261"/>
        <source>Your library will be replaced by the backup from %1. The library as it is now is backed up first, so you can come back to it. Undo starts afresh.</source>
        <translation>Ihre Bibliothek wird durch die Sicherung vom %1 ersetzt. Die Bibliothek, wie sie jetzt ist, wird vorher gesichert, damit Sie zu ihr zurückkehren können. Das Rückgängigmachen beginnt danach von vorn.</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="266"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="287"/>
        <source>The backup cannot be restored</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="288"/>
        <source>Restoring the backup from %1…</source>
        <translation>Die Sicherung vom %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/file_operations.py" line="275"/>
        <source>Restored the backup from %1. The previous library was saved as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die bisherige Bibliothek wurde als %2 gesichert.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../ui/browser.py" line="215"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Hier passt nichts zu «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="217"/>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="219"/>
        <source>No favourites yet: mark an objection with ★ to find it here.</source>
        <translation>Noch keine Favoriten: Markieren Sie einen Einwand mit ★, dann finden Sie ihn hier.</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="221"/>
        <source>No objections here yet. Press Ctrl+N to add one.</source>
        <translation>Hier gibt es noch keine Einwände. Mit Strg+N fügen Sie einen hinzu.</translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message>
        <location filename="../../ui/library_editor.py" line="61"/>
        <source>A text cannot be empty; the previous text was kept.</source>
        <translation>Ein Text darf nicht leer sein; der bisherige Text wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="63"/>
        <source>That name is taken already; please choose another one.</source>
        <translation>Dieser Name ist schon vergeben; bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="65"/>
        <source>It was deleted in the meantime, so the change was not made.</source>
        <translation>Das wurde inzwischen gelöscht; die Änderung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="125"/>
        <source>New objection</source>
        <translation>Neuer Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="147"/>
        <source>Edit objection</source>
        <translation>Einwand bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="148"/>
        <source>Edit what is behind it</source>
        <translation>Hintergrund bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="149"/>
        <source>Edit probing questions</source>
        <translation>Nachfragen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="169"/>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="183"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="183"/>
        <source>Not a favourite</source>
        <translation>Kein Favorit</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="196"/>
        <source>Move to category</source>
        <translation>In Kategorie verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="209"/>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="223"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb legen</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="237"/>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="255"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="295"/>
        <source>Add response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="319"/>
        <source>Edit response</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="319"/>
        <source>Edit follow-up question</source>
        <translation>Anschlussfrage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="344"/>
        <source>Change technique</source>
        <translation>Technik ändern</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="358"/>
        <source>Remove response</source>
        <translation>Antwort entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/library_editor.py" line="371"/>
        <source>Reorder responses</source>
        <translation>Antworten umordnen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Number of Responses</source>
        <translation>Anzahl Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Success Rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Favourites First</source>
        <translation>Favoriten zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Please wait until the work in progress ends.</source>
        <translation>Bitte warten Sie, bis die laufende Arbeit beendet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Changes not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Your last edit could not be saved and is still in the editor. Close anyway and lose it?</source>
        <translation>Ihre letzte Änderung liess sich nicht speichern und steht noch im Editor. Trotzdem schliessen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schliessen</translation>
    </message>
</context>
<context>
    <name>NamedListDialog</name>
    <message>
        <location filename="../../ui/named_lists.py" line="47"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="47"/>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="58"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="59"/>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="64"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="65"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="129"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="138"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="160"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/named_lists.py" line="175"/>
        <source>%n objection(s) will have no category.</source>
        <translation>
            <numerusform>%n Einwand hat danach keine Kategorie mehr.</numerusform>
            <numerusform>%n Einwände haben danach keine Kategorie mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/named_lists.py" line="177"/>
        <source>%n response(s) will have no technique.</source>
        <translation>
            <numerusform>%n Antwort hat danach keine Technik mehr.</numerusform>
            <numerusform>%n Antworten haben danach keine Technik mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="180"/>
        <source>Delete?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="180"/>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/named_lists.py" line="180"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ObjectionEditor</name>
    <message>
        <location filename="../../ui/editor.py" line="58"/>
        <source>Select an objection, or press Ctrl+N to add a new one.</source>
        <translation>Wählen Sie einen Einwand, oder fügen Sie mit Strg+N einen neuen hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="100"/>
        <source>An objection needs its words; the previous text was kept.</source>
        <translation>Ein Einwand braucht Worte; der bisherige Text wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="153"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="157"/>
        <source>New category…</source>
        <translation>Neue Kategorie…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="263"/>
        <source>Write what the customer says first, then add responses.</source>
        <translation>Schreiben Sie zuerst, was Ihr Gegenüber sagt, dann die Antworten.</translation>
    </message>
</context>
<context>
    <name>ObjectionTableModel</name>
    <message>
        <location filename="../../ui/objection_model.py" line="347"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="357"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="372"/>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="373"/>
        <location filename="../../ui/objection_model.py" line="381"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="379"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="380"/>
        <source>What the customer says</source>
        <translation>Was Ihr Gegenüber sagt</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="382"/>
        <source>Number of prepared responses</source>
        <translation>Anzahl vorbereiteter Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/objection_model.py" line="383"/>
        <source>How often the responses worked in logged calls</source>
        <translation>Wie oft die Antworten in erfassten Gesprächen gewirkt haben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="60"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="65"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="75"/>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="89"/>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="97"/>
        <source>How many objections you never drilled come into today&apos;s drills at most. Objections of an upcoming call come in regardless.</source>
        <translation>Wie viele noch nie geübte Einwände höchstens in die heutigen Übungen kommen. Einwände eines bevorstehenden Gesprächs kommen trotzdem dazu.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="105"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="110"/>
        <source>How sure you want to be that an answer is still there when its drill comes back: higher means more drills, spaced closer.</source>
        <translation>Wie sicher Sie sein wollen, dass eine Antwort noch sitzt, wenn ihre Übung wiederkommt: höher heisst mehr Übungen in kürzeren Abständen.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="122"/>
        <source>&amp;New objections per day</source>
        <translation>&amp;Neue Einwände pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="123"/>
        <source>Desired &amp;retention</source>
        <translation>Angestrebtes &amp;Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="142"/>
        <source>The new language applies the next time Einwandfrei starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Einwandfrei.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="152"/>
        <source>Drill settings belong to a library: open one to change them.</source>
        <translation>Die Übungseinstellungen gehören zu einer Bibliothek: Öffnen Sie eine, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>ResponseCard</name>
    <message>
        <location filename="../../ui/response_card.py" line="45"/>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Zum Umordnen ziehen (oder Alt+Pfeil nach oben / unten)</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="54"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="68"/>
        <location filename="../../ui/response_card.py" line="69"/>
        <source>Remove this response</source>
        <translation>Diese Antwort entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="74"/>
        <source>What you answer, in your own words…</source>
        <translation>Was Sie antworten, in Ihren eigenen Worten…</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="80"/>
        <source>Follow-up question (optional)</source>
        <translation>Anschlussfrage (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="117"/>
        <source>worked %1 of %2</source>
        <translation>%1 von %2 gewirkt</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="121"/>
        <source>How often this response worked in logged calls</source>
        <translation>Wie oft diese Antwort in erfassten Gesprächen gewirkt hat</translation>
    </message>
    <message>
        <location filename="../../ui/response_card.py" line="134"/>
        <source>No technique</source>
        <translation>Keine Technik</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/search_field.py" line="25"/>
        <source>Search objections and answers…</source>
        <translation>Einwände und Antworten suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/search_field.py" line="27"/>
        <source>Type a few letters of what the customer says (Ctrl+F; Esc clears)</source>
        <translation>Tippen Sie ein paar Buchstaben von dem, was Ihr Gegenüber sagt (Strg+F; Esc leert)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="111"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="119"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="121"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="123"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="124"/>
        <source>From the search to the list</source>
        <translation>Von der Suche zur Liste</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="73"/>
        <source>All objections</source>
        <translation>Alle Einwände</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="74"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="75"/>
        <source>Recently edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="76"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="84"/>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="150"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="150"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="150"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="45"/>
        <location filename="../../ui/startup.py" line="61"/>
        <location filename="../../ui/startup.py" line="129"/>
        <source>The library cannot be opened</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="46"/>
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="67"/>
        <source>Einwandfrei is already open</source>
        <translation>Einwandfrei ist schon geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="68"/>
        <source>The library in {folder} is already open in another Einwandfrei window. Switch to that window; this one closes without changing anything.</source>
        <translation>Die Bibliothek in {folder} ist schon in einem anderen Einwandfrei-Fenster geöffnet. Wechseln Sie in jenes Fenster; dieses schliesst sich, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="113"/>
        <source>This library is from a newer Einwandfrei</source>
        <translation>Diese Bibliothek stammt von einem neueren Einwandfrei</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="114"/>
        <source>The library {path} was written by a newer version of Einwandfrei. Update the app to open it; the file was left untouched.</source>
        <translation>Die Bibliothek {path} wurde von einer neueren Version von Einwandfrei geschrieben. Aktualisieren Sie die App, um sie zu öffnen; die Datei blieb unberührt.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="145"/>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="150"/>
        <source>The library {path} is damaged and cannot be read ({detail}), and there is no backup to put in its place. The file was left untouched.</source>
        <translation>Die Bibliothek {path} ist beschädigt und kann nicht gelesen werden ({detail}), und es gibt keine Sicherung, die an ihre Stelle treten könnte. Die Datei blieb unberührt.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="161"/>
        <source>The library {path} is damaged and cannot be read ({detail}).

Einwandfrei can put the newest backup, from {when}, in its place. The damaged file is kept beside it under a new name; nothing is deleted.</source>
        <translation>Die Bibliothek {path} ist beschädigt und kann nicht gelesen werden ({detail}).

Einwandfrei kann die neueste Sicherung vom {when} an ihre Stelle setzen. Die beschädigte Datei bleibt unter neuem Namen daneben liegen; nichts wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="167"/>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="178"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="179"/>
        <source>The backup from {when} is now your library. The damaged file was kept as {aside}.</source>
        <translation>Die Sicherung vom {when} ist jetzt Ihre Bibliothek. Die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../ui/tags_field.py" line="19"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/tags_field.py" line="20"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>VocabularySteps</name>
    <message>
        <location filename="../../ui/vocabulary_steps.py" line="46"/>
        <source>Add “%1”</source>
        <translation>«%1» hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_steps.py" line="60"/>
        <source>Rename “%1”</source>
        <translation>In «%1» umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_steps.py" line="79"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_steps.py" line="93"/>
        <source>Reorder</source>
        <translation>Umordnen</translation>
    </message>
    <message>
        <location filename="../../ui/vocabulary_steps.py" line="106"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/menus.py" line="31"/>
        <source>&amp;New Objection</source>
        <translation>&amp;Neuer Einwand</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="34"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="36"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>&amp;Add Response</source>
        <translation>Antwort &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>Move Response &amp;Up</source>
        <translation>Antwort nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="55"/>
        <source>Move Response &amp;Down</source>
        <translation>Antwort nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>Restore from &amp;Trash</source>
        <translation>Aus dem &amp;Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>Delete for &amp;Good…</source>
        <translation>E&amp;ndgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb l&amp;eeren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="68"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Kategorien…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70"/>
        <source>&amp;Techniques…</source>
        <translation>&amp;Techniken…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>Show &amp;Sidebar</source>
        <translation>S&amp;eitenleiste zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="79"/>
        <source>&amp;Library Order</source>
        <translation>Reihenfolge der &amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="81"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="85"/>
        <source>&amp;About Einwandfrei</source>
        <translation>&amp;Über Einwandfrei</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="87"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="111"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="112"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <source>&amp;Calls</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="114"/>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Move to Category</source>
        <translation>In Kategorie &amp;verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="145"/>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
</context>
</TS>
