<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>The file cannot be imported: {problem}.</source>
        <translation>Die Datei kann nicht importiert werden, denn {problem}.</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <source>&apos;{expected}&apos; expected after &apos;{after}&apos;</source>
        <translation>nach «{after}» wird «{expected}» erwartet</translation>
    </message>
    <message>
        <source>field larger than field limit ({limit})</source>
        <translation>Feld länger als die Höchstgrenze ({limit} Zeichen)</translation>
    </message>
    <message>
        <source>it is neither UTF-8 nor Windows-1252 text (byte {byte})</source>
        <translation>sie ist weder UTF-8- noch Windows-1252-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>it is not a text file (it holds NUL bytes)</source>
        <translation>sie ist keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>it is not a table of contacts with named columns</source>
        <translation>sie ist keine Kontakttabelle mit benannten Spalten</translation>
    </message>
    <message>
        <source>its first line must name the columns {columns} (missing: {missing})</source>
        <translation>ihre erste Zeile muss die Spalten {columns} nennen (es fehlen: {missing})</translation>
    </message>
    <message>
        <source>line {line} has {fields} fields, but the header names {named}</source>
        <translation>Zeile {line} hat {fields} Felder, die Kopfzeile nennt aber nur {named}</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV ({reason})</source>
        <translation>Zeile {line} ist kein gültiges CSV ({reason})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>line {line} has no objection</source>
        <translation>Zeile {line} enthält keinen Einwand</translation>
    </message>
    <message>
        <source>line {line} names a technique but has no response</source>
        <translation>Zeile {line} nennt eine Technik, aber keine Antwort</translation>
    </message>
    <message>
        <source>The file {path} is too large to import (over 2 GB).</source>
        <translation>Die Datei {path} ist zu gross für den Import (über 2 GB).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Dahinter steckt</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Then ask</source>
        <translation>Dann fragen</translation>
    </message>
    <message>
        <source>Questions to probe it</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Einwandfrei objections</source>
        <translation>Einwandfrei-Einwände</translation>
    </message>
    <message>
        <source>Einwandfrei objection</source>
        <translation>Einwandfrei-Einwand</translation>
    </message>
    <message>
        <source>Wrote {count} note to {path}.</source>
        <translation>{count} Karte in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} notes to {path}.</source>
        <translation>{count} Karten in {path} geschrieben.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>There is no category “{name}”; the categories are {known}.</source>
        <translation>Es gibt keine Kategorie „{name}“; die Kategorien sind {known}.</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>usage count</source>
        <translation>Anzahl Einsätze</translation>
    </message>
    <message>
        <source>success count</source>
        <translation>Anzahl Erfolge</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>Anschlussfrage</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>phrasings</source>
        <translation>Formulierungen der Kunden</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>Dahinter</translation>
    </message>
    <message>
        <source>probing questions</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>a favourite flag</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Feldname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>«:» erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>«,» erwartet</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>hier beginnt ein Text ohne schliessendes Anführungszeichen</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ungültige Escape-Sequenz mit \</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>weitere Daten nach dem Ende</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>überzähliges Komma vor dem Ende eines Objekts</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>überzähliges Komma vor dem Ende einer Liste</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>has {what} with a lone surrogate ({code}), which is not a character</source>
        <translation>hat im Feld «{what}» ein einzelnes Surrogat ({code}), das kein Zeichen ist</translation>
    </message>
    <message>
        <source>The file cannot be imported: {where} {problem}.</source>
        <translation>Die Datei kann nicht importiert werden: {where} {problem}.</translation>
    </message>
    <message>
        <source>has {what} that is not {kind}</source>
        <translation>hat im Feld «{what}» keinen gültigen Wert (erwartet: {kind})</translation>
    </message>
    <message>
        <source>has no {what}</source>
        <translation>lässt das Feld «{what}» leer</translation>
    </message>
    <message>
        <source>has a uuid that is not a UUID (“{value}”)</source>
        <translation>hat eine UUID, die keine gültige UUID ist («{value}»)</translation>
    </message>
    <message>
        <source>has {what} that are not all text</source>
        <translation>hat im Feld «{what}» Einträge, die kein Text sind</translation>
    </message>
    <message>
        <source>has a negative {what}</source>
        <translation>hat im Feld «{what}» eine negative Zahl</translation>
    </message>
    <message>
        <source>{outer}, {inner}</source>
        <translation>{outer}, {inner}</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte})</source>
        <translation>sie ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>sie ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it is not an Einwandfrei library (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>sie ist keine Einwandfrei-Bibliothek (ohne &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>its format version is missing or invalid</source>
        <translation>ihre Formatversion fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>it is a version {version} library, and this Einwandfrei reads version {readable}; update the app to import it</source>
        <translation>sie ist eine Bibliothek der Version {version}, und dieses Einwandfrei liest Version {readable}; aktualisieren Sie die App, um sie zu importieren</translation>
    </message>
    <message>
        <source>has a colour that is not written as &quot;#rrggbb&quot;</source>
        <translation>hat eine Farbe, die nicht als «#rrggbb» geschrieben ist</translation>
    </message>
    <message>
        <source>says it worked more often than it was used</source>
        <translation>gibt an, öfter gewirkt zu haben, als sie eingesetzt wurde</translation>
    </message>
    <message>
        <source>{place} (“{excerpt}”)</source>
        <translation>{place} («{excerpt}»)</translation>
    </message>
    <message>
        <source>has the kind “{kind}”, not one of {kinds}</source>
        <translation>hat die Art «{kind}»; erlaubt sind nur {kinds}</translation>
    </message>
    <message>
        <source>has no list of responses</source>
        <translation>hat keine Liste von Antworten</translation>
    </message>
    <message>
        <source>response {number}</source>
        <translation>Antwort {number}</translation>
    </message>
    <message>
        <source>it has no list of objections</source>
        <translation>sie enthält keine Liste von Einwänden</translation>
    </message>
    <message>
        <source>category {number}</source>
        <translation>Kategorie {number}</translation>
    </message>
    <message>
        <source>objection {number}</source>
        <translation>Einwand {number}</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>checklist item {number}</source>
        <translation>Checklisten-Punkt {number}</translation>
    </message>
    <message>
        <source>has the same uuid as an earlier one</source>
        <translation>hat dieselbe UUID wie ein Eintrag davor</translation>
    </message>
    <message>
        <source>The backup to {path} could not be written ({reason}).</source>
        <translation>Die Sicherung nach {path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>the integrity check says {verdict}</source>
        <translation>die Integritätsprüfung meldet {verdict}</translation>
    </message>
    <message>
        <source>Restoring {path} failed ({reason}); the previous library is saved as {safety}.</source>
        <translation>Das Wiederherstellen von {path} ist fehlgeschlagen ({reason}); die bisherige Bibliothek ist als {safety} gesichert.</translation>
    </message>
    <message>
        <source>That checklist item no longer exists.</source>
        <translation>Diesen Checklisten-Punkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>The disk holding the library {path} is full; free some space and try again — nothing was lost.</source>
        <translation>Der Datenträger mit der Bibliothek {path} ist voll; schaffen Sie Platz und versuchen Sie es nochmals – es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>The library {path} could not be read or written ({reason}); check the disk it is on and try again.</source>
        <translation>Die Bibliothek {path} konnte nicht gelesen oder geschrieben werden ({reason}); prüfen Sie den Datenträger, auf dem sie liegt, und versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <source>An objection&apos;s text</source>
        <translation>Der Text eines Einwands</translation>
    </message>
    <message>
        <source>The category {number} no longer exists.</source>
        <translation>Die Kategorie {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{what} cannot be empty; the previous text was kept.</source>
        <translation>{what} darf nicht leer sein; der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The objection {number} no longer exists.</source>
        <translation>Den Einwand {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer Einwandfrei (schema {revision}); update the app to open it — the file was left untouched.</source>
        <translation>Die Bibliothek {path} wurde von einem neueren Einwandfrei geschrieben (Schema {revision}); aktualisieren Sie die App, um sie zu öffnen – die Datei blieb unberührt.</translation>
    </message>
    <message>
        <source>The library {path} is damaged and cannot be read ({detail}); restore a backup with `einwandfrei restore FILE` — the file was left untouched.</source>
        <translation>Die Bibliothek {path} ist beschädigt und kann nicht gelesen werden ({detail}); stellen Sie mit `einwandfrei restore DATEI` eine Sicherung wieder her – die Datei blieb unberührt.</translation>
    </message>
    <message>
        <source>Einwandfrei cannot write to {path}; check that the folder is writable, or choose another data folder with --data-dir.</source>
        <translation>Einwandfrei kann nicht in {path} schreiben; prüfen Sie, ob der Ordner beschreibbar ist, oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The library file {path} is read-only; make it writable and try again.</source>
        <translation>Die Bibliotheksdatei {path} ist schreibgeschützt; machen Sie sie beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>die Datei ist keine Datenbank</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>die Datenbankdatei ist fehlerhaft</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>Lese- oder Schreibfehler auf dem Datenträger</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>die Datenbank oder der Datenträger ist voll</translation>
    </message>
    <message>
        <source>a text in it is not valid UTF-8</source>
        <translation>ein Text darin ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>{path} is not an Einwandfrei backup.</source>
        <translation>{path} ist keine Einwandfrei-Sicherung.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}); choose another one.</source>
        <translation>Die Sicherung {path} ist beschädigt ({detail}); wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The library {path} is busy in another program; close it there or try again.</source>
        <translation>Die Bibliothek {path} ist in einem anderen Programm in Gebrauch; schliessen Sie sie dort oder versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <source>The library {path} could not be used ({reason}).</source>
        <translation>Die Bibliothek {path} konnte nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <source>it is not an Einwandfrei library</source>
        <translation>die Datei ist keine Einwandfrei-Bibliothek</translation>
    </message>
    <message>
        <source>Upgrading the library {path} would break {count} references; it was left as it was.</source>
        <translation>Die Aktualisierung der Bibliothek {path} würde {count} Verweise zerstören; sie bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>There is no call plan with the number {number}.</source>
        <translation>Es gibt keinen Gesprächsplan mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>This plan was changed in another window since you opened it; close it and open it again to see the changes.</source>
        <translation>Dieser Plan wurde in einem anderen Fenster geändert, seit Sie ihn geöffnet haben; schliessen Sie ihn und öffnen Sie ihn erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>That call plan no longer exists.</source>
        <translation>Diesen Gesprächsplan gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The objection “{text}” is no longer in the library.</source>
        <translation>Der Einwand «{text}» ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>That text is already in the list.</source>
        <translation>Dieser Text steht schon in der Liste.</translation>
    </message>
    <message>
        <source>The text is too long for one line.</source>
        <translation>Der Text ist zu lang für eine Zeile.</translation>
    </message>
    <message>
        <source>That question is no longer in the bank.</source>
        <translation>Diese Frage ist nicht mehr in der Fragensammlung.</translation>
    </message>
    <message>
        <source>A response&apos;s text</source>
        <translation>Der Text einer Antwort</translation>
    </message>
    <message>
        <source>The response {number} no longer exists.</source>
        <translation>Die Antwort {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The library holds no objections yet, so there is nothing to print.</source>
        <translation>Die Bibliothek enthält noch keine Einwände, es gibt also nichts zu drucken.</translation>
    </message>
    <message>
        <source>None of the chosen objections is in the library any more.</source>
        <translation>Keiner der gewählten Einwände ist noch in der Bibliothek.</translation>
    </message>
    <message>
        <source>No objection is marked as a favourite yet.</source>
        <translation>Noch ist kein Einwand als Favorit markiert.</translation>
    </message>
    <message>
        <source>There is no category named “{name}” in the library.</source>
        <translation>In der Bibliothek gibt es keine Kategorie namens «{name}».</translation>
    </message>
    <message>
        <source>The category “{name}” holds no objections.</source>
        <translation>Die Kategorie «{name}» enthält keine Einwände.</translation>
    </message>
    <message>
        <source>There is no tag named “{name}” in the library.</source>
        <translation>In der Bibliothek gibt es kein Schlagwort namens «{name}».</translation>
    </message>
    <message>
        <source>No objection carries the tag “{name}”.</source>
        <translation>Kein Einwand trägt das Schlagwort «{name}».</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <source>A technique needs a name.</source>
        <translation>Eine Technik braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>Es gibt schon eine Kategorie namens «{name}».</translation>
    </message>
    <message>
        <source>There is already a technique called “{name}”.</source>
        <translation>Es gibt schon eine Technik namens «{name}».</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Es gibt schon ein Schlagwort namens «{name}».</translation>
    </message>
    <message>
        <source>The technique {number} no longer exists.</source>
        <translation>Die Technik {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The tag {number} no longer exists.</source>
        <translation>Das Schlagwort {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The search was interrupted.</source>
        <translation>Die Suche wurde unterbrochen.</translation>
    </message>
    <message>
        <source>It cannot come back: the objection it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Der Einwand, zu dem es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It cannot come back: the response it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Die Antwort, zu der es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It cannot come back: the customer it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Der Kunde, zu dem es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It cannot come back: the call plan it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Der Gesprächsplan, zu dem es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It cannot come back: what it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Das, wozu es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It cannot come back: the library holds the same entry again meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Die Bibliothek enthält inzwischen wieder denselben Eintrag.</translation>
    </message>
    <message>
        <source>The objection cannot come back: an import has brought the same objection into the library meanwhile.</source>
        <translation>Der Einwand lässt sich nicht wiederherstellen: Ein Import hat inzwischen denselben Einwand in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <source>The response cannot come back: an import has brought the same response into the library meanwhile.</source>
        <translation>Die Antwort lässt sich nicht wiederherstellen: Ein Import hat inzwischen dieselbe Antwort in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <source>The question cannot come back: an import has brought the same question into the library meanwhile.</source>
        <translation>Die Frage lässt sich nicht wiederherstellen: Ein Import hat inzwischen dieselbe Frage in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <source>The checklist item cannot come back: an import has brought the same item into the library meanwhile.</source>
        <translation>Der Checklisten-Punkt lässt sich nicht wiederherstellen: Ein Import hat inzwischen denselben Punkt in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <source>The category cannot come back: another category is called “{name}” now.</source>
        <translation>Die Kategorie lässt sich nicht wiederherstellen: Inzwischen heisst eine andere Kategorie «{name}».</translation>
    </message>
    <message>
        <source>The technique cannot come back: another technique is called “{name}” now.</source>
        <translation>Die Technik lässt sich nicht wiederherstellen: Inzwischen heisst eine andere Technik «{name}».</translation>
    </message>
    <message>
        <source>The tag cannot come back: another tag is called “{name}” now.</source>
        <translation>Das Schlagwort lässt sich nicht wiederherstellen: Inzwischen heisst ein anderes Schlagwort «{name}».</translation>
    </message>
    <message>
        <source>The connection to the team server was lost before the work was done; nothing was changed here — try again when the server is back.</source>
        <translation>Die Verbindung zum Team-Server ist abgebrochen, bevor die Arbeit erledigt war; hier wurde nichts geändert – versuchen Sie es nochmals, wenn der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>{where} holds no team library; the database&apos;s owner sets one up with `einwandfrei team init URL`.</source>
        <translation>{where} enthält keine Team-Bibliothek; der Eigentümer der Datenbank richtet sie mit `einwandfrei team init URL` ein.</translation>
    </message>
    <message>
        <source>Only editors can publish: ask the team&apos;s admin to grant your user the role einwandfrei_editor.</source>
        <translation>Nur Redaktoren können veröffentlichen: Bitten Sie die Administration des Teams, Ihrem Benutzer die Rolle einwandfrei_editor zu erteilen.</translation>
    </message>
    <message>
        <source>Only editors can approve or reject suggestions: ask the team&apos;s admin to grant your user the role einwandfrei_editor.</source>
        <translation>Nur Redaktoren können Vorschläge annehmen oder ablehnen: Bitten Sie die Administration des Teams, Ihrem Benutzer die Rolle einwandfrei_editor zu erteilen.</translation>
    </message>
    <message>
        <source>The user {user} may not read the team library: ask the team&apos;s admin to grant it the role einwandfrei_member.</source>
        <translation>Der Benutzer {user} darf die Team-Bibliothek nicht lesen: Bitten Sie die Administration des Teams, ihm die Rolle einwandfrei_member zu erteilen.</translation>
    </message>
    <message>
        <source>The team server {where} asks for the password of {user}, and none was found: put it in ~/.pgpass (or PGPASSWORD, or a service file).</source>
        <translation>Der Team-Server {where} verlangt das Passwort von {user}, und es wurde keines gefunden: Legen Sie es in ~/.pgpass ab (oder in PGPASSWORD oder einer Service-Datei).</translation>
    </message>
    <message>
        <source>The team server {where} refused the login of {user}: the password, the user or the database is wrong ({reason}).</source>
        <translation>Der Team-Server {where} hat die Anmeldung von {user} abgelehnt: Das Passwort, der Benutzer oder die Datenbank stimmt nicht ({reason}).</translation>
    </message>
    <message>
        <source>The team server {where} cannot be reached; check the URL and the network ({reason}).</source>
        <translation>Der Team-Server {where} ist nicht erreichbar; prüfen Sie die URL und das Netzwerk ({reason}).</translation>
    </message>
    <message>
        <source>Someone else changed the team library at the same moment; nothing was changed — try again.</source>
        <translation>Jemand anders hat die Team-Bibliothek im selben Moment geändert; es wurde nichts geändert – versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <source>The team server {where} refused the work ({reason}); nothing was changed.</source>
        <translation>Der Team-Server {where} hat die Arbeit abgelehnt ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This library is not linked to a team; link it with `einwandfrei team connect URL`.</source>
        <translation>Diese Bibliothek ist mit keinem Team verbunden; verbinden Sie sie mit `einwandfrei team connect URL`.</translation>
    </message>
    <message>
        <source>The team server {where} runs PostgreSQL {version}; the team library needs PostgreSQL 15 or newer.</source>
        <translation>Auf dem Team-Server {where} läuft PostgreSQL {version}; die Team-Bibliothek braucht PostgreSQL 15 oder neuer.</translation>
    </message>
    <message>
        <source>The team library on {where} was set up by an older Einwandfrei; the database&apos;s owner upgrades it with `einwandfrei team init URL`.</source>
        <translation>Die Team-Bibliothek auf {where} wurde von einem älteren Einwandfrei eingerichtet; der Eigentümer der Datenbank aktualisiert sie mit `einwandfrei team init URL`.</translation>
    </message>
    <message>
        <source>The team library on {where} was set up by a newer Einwandfrei (schema {revision}); update the app to use it.</source>
        <translation>Die Team-Bibliothek auf {where} wurde von einem neueren Einwandfrei eingerichtet (Schema {revision}); aktualisieren Sie die App, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>Setting up the team library needs the database&apos;s owner with the right to create roles (CREATEROLE), or a superuser; nothing was changed.</source>
        <translation>Die Team-Bibliothek einrichten kann nur der Eigentümer der Datenbank mit dem Recht, Rollen anzulegen (CREATEROLE), oder ein Superuser; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This library is already linked to the team library on {where}; unlink it first with `einwandfrei team disconnect`.</source>
        <translation>Diese Bibliothek ist bereits mit der Team-Bibliothek auf {where} verbunden; trennen Sie sie zuerst mit `einwandfrei team disconnect`.</translation>
    </message>
    <message>
        <source>This library is not linked to a team.</source>
        <translation>Diese Bibliothek ist mit keinem Team verbunden.</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL URL; it looks like postgresql://user@host/database.</source>
        <translation>„{url}“ ist keine PostgreSQL-URL; sie sieht so aus: postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>The password in the URL was not saved: put it in ~/.pgpass (or PGPASSWORD, or a service file), where PostgreSQL&apos;s own tools find it too.</source>
        <translation>Das Passwort in der URL wurde nicht gespeichert: Legen Sie es in ~/.pgpass ab (oder in PGPASSWORD oder einer Service-Datei), wo es auch die Werkzeuge von PostgreSQL finden.</translation>
    </message>
    <message>
        <source>Objection library</source>
        <translation>Einwandbibliothek</translation>
    </message>
    <message>
        <source>Without category</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Behind it:</source>
        <translation>Dahinter:</translation>
    </message>
    <message>
        <source>Probe first:</source>
        <translation>Zuerst nachfragen:</translation>
    </message>
    <message>
        <source>Then ask:</source>
        <translation>Dann fragen:</translation>
    </message>
    <message>
        <source>“{name}” was erased for good. Call plans: {plans}; call logs: {logs}; texts elsewhere that named them: {texts}; backups rewritten: {copies}.</source>
        <translation>«{name}» wurde endgültig gelöscht. Gesprächspläne: {plans}; Gesprächsnotizen: {logs}; andere Texte, die den Namen enthielten: {texts}; neu geschriebene Sicherungen: {copies}.</translation>
    </message>
    <message>
        <source>The backup {path} could not be rewritten ({reason}), so it was deleted.</source>
        <translation>Die Sicherung {path} liess sich nicht neu schreiben ({reason}) und wurde deshalb gelöscht.</translation>
    </message>
    <message>
        <source>These files still contain the name, and Einwandfrei does not rewrite them: {files}.</source>
        <translation>Diese Dateien enthalten den Namen noch, und Einwandfrei schreibt sie nicht neu: {files}.</translation>
    </message>
    <message>
        <source>it was written by a newer Einwandfrei</source>
        <translation>sie wurde von einem neueren Einwandfrei geschrieben</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>The library {path} could not be compacted ({reason}); run the command again to finish.</source>
        <translation>Die Bibliothek {path} liess sich nicht verdichten ({reason}); führen Sie den Befehl noch einmal aus, um die Arbeit abzuschliessen.</translation>
    </message>
    <message>
        <source>There is no customer called “{name}”.</source>
        <translation>Es gibt keinen Kunden namens «{name}».</translation>
    </message>
    <message>
        <source>{count} customers are called “{name}” (ids {ids}); name the one to forget by its id.</source>
        <translation>{count} Kunden heissen «{name}» (IDs {ids}); nennen Sie den zu löschenden mit seiner ID.</translation>
    </message>
    <message>
        <source>This erases “{name}” for good: the customer, call plans: {plans}, call logs: {logs}, and their name in {texts} texts elsewhere in the library — also from every backup in {folder}. It cannot be undone.</source>
        <translation>Damit wird «{name}» endgültig gelöscht: der Kunde, Gesprächspläne: {plans}, Gesprächsnotizen: {logs} und der Name in {texts} anderen Texten der Bibliothek — auch aus jeder Sicherung in {folder}. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The library in {folder} is open in an Einwandfrei window; erase the customer there (in the Calls view’s Trash) or close the window first.</source>
        <translation>Die Bibliothek in {folder} ist in einem Einwandfrei-Fenster geöffnet; löschen Sie den Kunden dort (im Papierkorb der Ansicht «Gespräche») oder schliessen Sie zuerst das Fenster.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {file} is a file, not a folder; choose a folder with --data-dir.</source>
        <translation>Der Datenordner {path} kann nicht verwendet werden: {file} ist eine Datei, kein Ordner; wählen Sie mit --data-dir einen Ordner.</translation>
    </message>
    <message>
        <source>Wrote {count} event to {path}.</source>
        <translation>{count} Termin in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}.</source>
        <translation>{count} Termine in {path} geschrieben.</translation>
    </message>
    <message>
        <source>{count} recurring meeting</source>
        <translation>{count} Serientermin</translation>
    </message>
    <message>
        <source>{count} recurring meetings</source>
        <translation>{count} Serientermine</translation>
    </message>
    <message>
        <source>{count} all-day event</source>
        <translation>{count} ganztägiger Termin</translation>
    </message>
    <message>
        <source>{count} all-day events</source>
        <translation>{count} ganztägige Termine</translation>
    </message>
    <message>
        <source>{count} cancelled event</source>
        <translation>{count} abgesagter Termin</translation>
    </message>
    <message>
        <source>{count} cancelled events</source>
        <translation>{count} abgesagte Termine</translation>
    </message>
    <message>
        <source>{count} earlier meeting</source>
        <translation>{count} früherer Termin</translation>
    </message>
    <message>
        <source>{count} earlier meetings</source>
        <translation>{count} frühere Termine</translation>
    </message>
    <message>
        <source>{count} event exported from Einwandfrei</source>
        <translation>{count} aus Einwandfrei exportierter Termin</translation>
    </message>
    <message>
        <source>{count} events exported from Einwandfrei</source>
        <translation>{count} aus Einwandfrei exportierte Termine</translation>
    </message>
    <message>
        <source>{count} meeting without anyone but you</source>
        <translation>{count} Termin ohne weitere Teilnehmende</translation>
    </message>
    <message>
        <source>{count} meetings without anyone but you</source>
        <translation>{count} Termine ohne weitere Teilnehmende</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>Left out: {list}.</source>
        <translation>Ausgelassen: {list}.</translation>
    </message>
    <message>
        <source>{count} draft plan</source>
        <translation>{count} Gesprächsentwurf</translation>
    </message>
    <message>
        <source>{count} draft plans</source>
        <translation>{count} Gesprächsentwürfe</translation>
    </message>
    <message>
        <source>{count} new customer</source>
        <translation>{count} neuer Kunde</translation>
    </message>
    <message>
        <source>{count} new customers</source>
        <translation>{count} neue Kunden</translation>
    </message>
    <message>
        <source>Created {plans} ({customers}).</source>
        <translation>{plans} angelegt ({customers}).</translation>
    </message>
    <message>
        <source>Call with {customer}</source>
        <translation>Gespräch mit {customer}</translation>
    </message>
    <message>
        <source>Next contact with {customer}</source>
        <translation>Nächster Kontakt mit {customer}</translation>
    </message>
    <message>
        <source>Agreed in the last call.</source>
        <translation>Im letzten Gespräch vereinbart.</translation>
    </message>
    <message>
        <source>Goal: {text}</source>
        <translation>Ziel: {text}</translation>
    </message>
    <message>
        <source>Goal of the last call: {text}</source>
        <translation>Ziel des letzten Gesprächs: {text}</translation>
    </message>
    <message>
        <source>Minimum goal: {text}</source>
        <translation>Mindestziel: {text}</translation>
    </message>
    <message>
        <source>Minimum goal of the last call: {text}</source>
        <translation>Mindestziel des letzten Gesprächs: {text}</translation>
    </message>
    <message>
        <source>Their situation: {text}</source>
        <translation>Ihre Lage: {text}</translation>
    </message>
    <message>
        <source>Notes from the last call: {text}</source>
        <translation>Notizen aus dem letzten Gespräch: {text}</translation>
    </message>
    <message>
        <source>About the customer: {text}</source>
        <translation>Zum Kunden: {text}</translation>
    </message>
    <message>
        <source>Einwandfrei calls</source>
        <translation>Einwandfrei-Gespräche</translation>
    </message>
    <message>
        <source>it is not an iCalendar file (.ics)</source>
        <translation>sie ist keine iCalendar-Datei (.ics)</translation>
    </message>
    <message>
        <source>its calendar data cannot be read ({reason})</source>
        <translation>ihre Kalenderdaten sind nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>the event “{summary}” cannot be read ({reason})</source>
        <translation>der Termin „{summary}“ ist nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>Recognised as a contact export of {product}.</source>
        <translation>Erkannt als Kontaktexport von {product}.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. New customers: {added}; updated: {updated}; already up to date: {unchanged}.</source>
        <translation>Probelauf, nichts wurde geändert. Neue Kunden: {added}; aktualisiert: {updated}; schon aktuell: {unchanged}.</translation>
    </message>
    <message>
        <source>New customers: {added}; updated: {updated}; already up to date: {unchanged}.</source>
        <translation>Neue Kunden: {added}; aktualisiert: {updated}; schon aktuell: {unchanged}.</translation>
    </message>
    <message>
        <source>Entries without a name, left out: {count}.</source>
        <translation>Einträge ohne Namen, ausgelassen: {count}.</translation>
    </message>
    <message>
        <source>it is not a vCard file (.vcf)</source>
        <translation>sie ist keine vCard-Datei (.vcf)</translation>
    </message>
    <message>
        <source>it is a vCard file, not CSV (use --format vcf)</source>
        <translation>sie ist eine vCard-Datei, keine CSV-Datei (--format vcf verwenden)</translation>
    </message>
    <message>
        <source>no column is recognised as the name (the columns are {columns})</source>
        <translation>keine Spalte wird als Name erkannt (die Spalten sind {columns})</translation>
    </message>
    <message>
        <source>its vCard data cannot be read ({reason})</source>
        <translation>ihre vCard-Daten sind nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>The library has no category “{name}”.</source>
        <translation>Die Bibliothek hat keine Kategorie „{name}“.</translation>
    </message>
    <message>
        <source>“{item}” has a newer team version (revision {revision}) beside yours; keep yours or take the team&apos;s first — nothing was published.</source>
        <translation>„{item}“ hat neben Ihrer eine neuere Team-Fassung (Revision {revision}); behalten Sie zuerst Ihre oder übernehmen Sie die des Teams — nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <source>“{item}” was changed on the team by {author} (revision {revision}) after you last pulled; nothing was published — pull, compare both versions, then publish again (your version stays here).</source>
        <translation>„{item}“ wurde im Team von {author} geändert (Revision {revision}), nachdem Sie zuletzt abgeholt haben; nichts wurde veröffentlicht — holen Sie ab, vergleichen Sie beide Fassungen und veröffentlichen Sie dann noch einmal (Ihre Fassung bleibt hier).</translation>
    </message>
    <message>
        <source>“{item}” is already in the team library; nothing was published — pull first.</source>
        <translation>„{item}“ ist schon in der Team-Bibliothek; nichts wurde veröffentlicht — holen Sie zuerst ab.</translation>
    </message>
    <message>
        <source>No newer team version waits for this item.</source>
        <translation>Für diesen Eintrag wartet keine neuere Team-Fassung.</translation>
    </message>
    <message>
        <source>There is no objection {id} in the library.</source>
        <translation>Die Bibliothek hat keinen Einwand {id}.</translation>
    </message>
    <message>
        <source>A suggestion needs a reason for the editors.</source>
        <translation>Ein Vorschlag braucht eine Begründung für die Redaktoren.</translation>
    </message>
    <message>
        <source>Objection {id} is already a team item; suggest a change with --objection instead.</source>
        <translation>Einwand {id} gehört schon zum Team; schlagen Sie eine Änderung stattdessen mit --objection vor.</translation>
    </message>
    <message>
        <source>Objection {id} is not a team item; suggest it as a new one with --new.</source>
        <translation>Einwand {id} gehört nicht zum Team; schlagen Sie ihn mit --new als neuen vor.</translation>
    </message>
    <message>
        <source>Objection {id} is the same as the team&apos;s; there is nothing to suggest.</source>
        <translation>Einwand {id} ist gleich wie der des Teams; es gibt nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>There is no suggestion {number}.</source>
        <translation>Es gibt keinen Vorschlag {number}.</translation>
    </message>
    <message>
        <source>Suggestion {number} was already approved by {editor}.</source>
        <translation>Vorschlag {number} wurde schon von {editor} angenommen.</translation>
    </message>
    <message>
        <source>Suggestion {number} was already rejected by {editor}.</source>
        <translation>Vorschlag {number} wurde schon von {editor} abgelehnt.</translation>
    </message>
    <message>
        <source>A rejection needs a reason for the suggester.</source>
        <translation>Eine Ablehnung braucht eine Begründung für die Person, die vorgeschlagen hat.</translation>
    </message>
</context>
</TS>
