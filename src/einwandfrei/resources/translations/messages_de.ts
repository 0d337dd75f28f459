<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../messages.py" line="106"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../interchange/errors.py" line="23"/>
        <source>The file cannot be imported: {problem}.</source>
        <translation>Die Datei kann nicht importiert werden, denn {problem}.</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="69"/>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="72"/>
        <source>&apos;{expected}&apos; expected after &apos;{after}&apos;</source>
        <translation>nach «{after}» wird «{expected}» erwartet</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="78"/>
        <source>field larger than field limit ({limit})</source>
        <translation>Feld länger als die Höchstgrenze ({limit} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="97"/>
        <source>it is neither UTF-8 nor Windows-1252 text (byte {byte})</source>
        <translation>sie ist weder UTF-8- noch Windows-1252-Text (Byte {byte})</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="132"/>
        <source>it is not a text file (it holds NUL bytes)</source>
        <translation>sie ist keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="151"/>
        <source>its first line must name the columns {columns} (missing: {missing})</source>
        <translation>ihre erste Zeile muss die Spalten {columns} nennen (es fehlen: {missing})</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="164"/>
        <source>line {line} has {fields} fields, but the header names {named}</source>
        <translation>Zeile {line} hat {fields} Felder, die Kopfzeile nennt aber nur {named}</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="177"/>
        <source>line {line} is not valid CSV ({reason})</source>
        <translation>Zeile {line} ist kein gültiges CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="183"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="206"/>
        <source>line {line} has no objection</source>
        <translation>Zeile {line} enthält keinen Einwand</translation>
    </message>
    <message>
        <location filename="../../interchange/csv_format.py" line="223"/>
        <source>line {line} names a technique but has no response</source>
        <translation>Zeile {line} nennt eine Technik, aber keine Antwort</translation>
    </message>
    <message>
        <location filename="../../interchange/files.py" line="40"/>
        <source>The file {path} is too large to import (over 2 GB).</source>
        <translation>Die Datei {path} ist zu gross für den Import (über 2 GB).</translation>
    </message>
    <message>
        <location filename="../../interchange/files.py" line="49"/>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../interchange/files.py" line="53"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../interchange/files.py" line="58"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="91"/>
        <location filename="../../interchange/json_format.py" line="114"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="92"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="93"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="94"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="95"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="96"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="97"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="98"/>
        <source>techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="99"/>
        <source>technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="100"/>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="101"/>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="102"/>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="103"/>
        <source>usage count</source>
        <translation>Anzahl Einsätze</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="104"/>
        <source>success count</source>
        <translation>Anzahl Erfolge</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="105"/>
        <source>follow-up question</source>
        <translation>Anschlussfrage</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="106"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="107"/>
        <source>concern</source>
        <translation>Dahinter</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="108"/>
        <source>probing questions</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="109"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="110"/>
        <source>a favourite flag</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="111"/>
        <source>uuid</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="115"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="116"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="117"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="118"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="122"/>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="123"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Feldname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="126"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>«:» erwartet</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="127"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>«,» erwartet</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="128"/>
        <source>Unterminated string starting at</source>
        <translation>hier beginnt ein Text ohne schliessendes Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="131"/>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="132"/>
        <source>Invalid \escape</source>
        <translation>ungültige Escape-Sequenz mit \</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="133"/>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="134"/>
        <source>Extra data</source>
        <translation>weitere Daten nach dem Ende</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="135"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>überzähliges Komma vor dem Ende eines Objekts</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="138"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>überzähliges Komma vor dem Ende einer Liste</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="154"/>
        <source>the document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="166"/>
        <source>The file cannot be imported: {where} {problem}.</source>
        <translation>Die Datei kann nicht importiert werden: {where} {problem}.</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="179"/>
        <source>has {what} that is not {kind}</source>
        <translation>hat im Feld «{what}» keinen gültigen Wert (erwartet: {kind})</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="191"/>
        <source>has no {what}</source>
        <translation>lässt das Feld «{what}» leer</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="205"/>
        <source>has a uuid that is not a UUID (“{value}”)</source>
        <translation>hat eine UUID, die keine gültige UUID ist («{value}»)</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="216"/>
        <source>has {what} that are not all text</source>
        <translation>hat im Feld «{what}» Einträge, die kein Text sind</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="227"/>
        <source>has a negative {what}</source>
        <translation>hat im Feld «{what}» eine negative Zahl</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="242"/>
        <location filename="../../interchange/json_format.py" line="468"/>
        <source>{outer}, {inner}</source>
        <translation>{outer}, {inner}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="245"/>
        <location filename="../../interchange/json_format.py" line="402"/>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="262"/>
        <source>it is not UTF-8 text (byte {byte})</source>
        <translation>sie ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="271"/>
        <source>it is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>sie ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="281"/>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="286"/>
        <source>it is not an Einwandfrei library (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>sie ist keine Einwandfrei-Bibliothek (ohne &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="295"/>
        <source>its format version is missing or invalid</source>
        <translation>ihre Formatversion fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="300"/>
        <source>it is a version {version} library, and this Einwandfrei reads version {readable}; update the app to import it</source>
        <translation>sie ist eine Bibliothek der Version {version}, und dieses Einwandfrei liest Version {readable}; aktualisieren Sie die App, um sie zu importieren</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="321"/>
        <source>has a colour that is not written as &quot;#rrggbb&quot;</source>
        <translation>hat eine Farbe, die nicht als «#rrggbb» geschrieben ist</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="335"/>
        <source>says it worked more often than it was used</source>
        <translation>gibt an, öfter gewirkt zu haben, als sie eingesetzt wurde</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="349"/>
        <location filename="../../interchange/json_format.py" line="480"/>
        <source>{place} (“{excerpt}”)</source>
        <translation>{place} («{excerpt}»)</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="358"/>
        <source>has the kind “{kind}”, not one of {kinds}</source>
        <translation>hat die Art «{kind}»; erlaubt sind nur {kinds}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="364"/>
        <source>has no list of responses</source>
        <translation>hat keine Liste von Antworten</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="371"/>
        <location filename="../../interchange/json_format.py" line="471"/>
        <source>response {number}</source>
        <translation>Antwort {number}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="387"/>
        <source>it has no list of objections</source>
        <translation>sie enthält keine Liste von Einwänden</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="390"/>
        <source>category {number}</source>
        <translation>Kategorie {number}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="399"/>
        <location filename="../../interchange/json_format.py" line="481"/>
        <source>objection {number}</source>
        <translation>Einwand {number}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="412"/>
        <location filename="../../interchange/json_format.py" line="424"/>
        <source>question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="420"/>
        <location filename="../../interchange/json_format.py" line="425"/>
        <source>checklist item {number}</source>
        <translation>Checklisten-Punkt {number}</translation>
    </message>
    <message>
        <location filename="../../interchange/json_format.py" line="441"/>
        <source>has the same uuid as an earlier one</source>
        <translation>hat dieselbe UUID wie ein Eintrag davor</translation>
    </message>
    <message>
        <location filename="../../store/db/backup.py" line="71"/>
        <source>The backup to {path} could not be written ({reason}).</source>
        <translation>Die Sicherung nach {path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../store/db/backup.py" line="127"/>
        <source>There is no backup file at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../../store/db/backup.py" line="133"/>
        <source>it is an empty database</source>
        <translation>die Datei ist eine leere Datenbank</translation>
    </message>
    <message>
        <location filename="../../store/db/backup.py" line="143"/>
        <source>the integrity check says {verdict}</source>
        <translation>die Integritätsprüfung meldet {verdict}</translation>
    </message>
    <message>
        <location filename="../../store/db/backup.py" line="168"/>
        <source>Restoring {path} failed ({reason}); the previous library is saved as {safety}.</source>
        <translation>Das Wiederherstellen von {path} ist fehlgeschlagen ({reason}); die bisherige Bibliothek ist als {safety} gesichert.</translation>
    </message>
    <message>
        <location filename="../../store/calls/checklist_template.py" line="145"/>
        <source>That checklist item no longer exists.</source>
        <translation>Diesen Checklisten-Punkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/calls/customers.py" line="48"/>
        <source>That customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/calls/customers.py" line="134"/>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="143"/>
        <source>The disk holding the library {path} is full; free some space and try again — nothing was lost.</source>
        <translation>Der Datenträger mit der Bibliothek {path} ist voll; schaffen Sie Platz und versuchen Sie es nochmals – es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="160"/>
        <source>The library {path} could not be read or written ({reason}); check the disk it is on and try again.</source>
        <translation>Die Bibliothek {path} konnte nicht gelesen oder geschrieben werden ({reason}); prüfen Sie den Datenträger, auf dem sie liegt, und versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <location filename="../../store/library/objection_edits.py" line="28"/>
        <source>An objection&apos;s text</source>
        <translation>Der Text eines Einwands</translation>
    </message>
    <message>
        <location filename="../../store/library/objection_edits.py" line="29"/>
        <source>The category {number} no longer exists.</source>
        <translation>Die Kategorie {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/library/objection_edits.py" line="71"/>
        <source>{what} cannot be empty; the previous text was kept.</source>
        <translation>{what} darf nicht leer sein; der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../store/library/objection_edits.py" line="88"/>
        <source>The objection {number} no longer exists.</source>
        <translation>Den Einwand {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="56"/>
        <source>The library {path} was written by a newer Einwandfrei (schema {revision}); update the app to open it — the file was left untouched.</source>
        <translation>Die Bibliothek {path} wurde von einem neueren Einwandfrei geschrieben (Schema {revision}); aktualisieren Sie die App, um sie zu öffnen – die Datei blieb unberührt.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="75"/>
        <source>The library {path} is damaged and cannot be read ({detail}); restore a backup with `einwandfrei restore FILE` — the file was left untouched.</source>
        <translation>Die Bibliothek {path} ist beschädigt und kann nicht gelesen werden ({detail}); stellen Sie mit `einwandfrei restore DATEI` eine Sicherung wieder her – die Datei blieb unberührt.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="99"/>
        <source>Einwandfrei cannot write to {path}; check that the folder is writable, or choose another data folder with --data-dir.</source>
        <translation>Einwandfrei kann nicht in {path} schreiben; prüfen Sie, ob der Ordner beschreibbar ist, oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="119"/>
        <source>The library file {path} is read-only; make it writable and try again.</source>
        <translation>Die Bibliotheksdatei {path} ist schreibgeschützt; machen Sie sie beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="212"/>
        <source>file is not a database</source>
        <translation>die Datei ist keine Datenbank</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="213"/>
        <source>database disk image is malformed</source>
        <translation>die Datenbankdatei ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="214"/>
        <source>disk I/O error</source>
        <translation>Lese- oder Schreibfehler auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="215"/>
        <source>database or disk is full</source>
        <translation>die Datenbank oder der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="182"/>
        <source>The library {path} is busy in another program; close it there or try again.</source>
        <translation>Die Bibliothek {path} ist in einem anderen Programm in Gebrauch; schliessen Sie sie dort oder versuchen Sie es nochmals.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="42"/>
        <source>The library {path} could not be used ({reason}).</source>
        <translation>Die Bibliothek {path} konnte nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../store/db/connection.py" line="189"/>
        <location filename="../../store/library/fast_record_reading.py" line="76"/>
        <source>it is not an Einwandfrei library</source>
        <translation>die Datei ist keine Einwandfrei-Bibliothek</translation>
    </message>
    <message>
        <location filename="../../store/db/connection.py" line="273"/>
        <source>Upgrading the library {path} would break {count} references; it was left as it was.</source>
        <translation>Die Aktualisierung der Bibliothek {path} würde {count} Verweise zerstören; sie bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../store/calls/printable_plan.py" line="69"/>
        <source>There is no call plan with the number {number}.</source>
        <translation>Es gibt keinen Gesprächsplan mit der Nummer {number}.</translation>
    </message>
    <message>
        <location filename="../../store/calls/plans.py" line="66"/>
        <source>This plan was changed in another window since you opened it; close it and open it again to see the changes.</source>
        <translation>Dieser Plan wurde in einem anderen Fenster geändert, seit Sie ihn geöffnet haben; schliessen Sie ihn und öffnen Sie ihn erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../store/calls/plans.py" line="76"/>
        <source>That call plan no longer exists.</source>
        <translation>Diesen Gesprächsplan gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/calls/plans.py" line="328"/>
        <source>The objection “{text}” is no longer in the library.</source>
        <translation>Der Einwand «{text}» ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../store/calls/question_bank.py" line="38"/>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <location filename="../../store/calls/question_bank.py" line="39"/>
        <source>That text is already in the list.</source>
        <translation>Dieser Text steht schon in der Liste.</translation>
    </message>
    <message>
        <location filename="../../store/calls/question_bank.py" line="42"/>
        <source>The text is too long for one line.</source>
        <translation>Der Text ist zu lang für eine Zeile.</translation>
    </message>
    <message>
        <location filename="../../store/calls/question_bank.py" line="133"/>
        <source>That question is no longer in the bank.</source>
        <translation>Diese Frage ist nicht mehr in der Fragensammlung.</translation>
    </message>
    <message>
        <location filename="../../store/library/response_edits.py" line="30"/>
        <source>A response&apos;s text</source>
        <translation>Der Text einer Antwort</translation>
    </message>
    <message>
        <location filename="../../store/library/response_edits.py" line="40"/>
        <source>The response {number} no longer exists.</source>
        <translation>Die Antwort {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="76"/>
        <source>The library holds no objections yet, so there is nothing to print.</source>
        <translation>Die Bibliothek enthält noch keine Einwände, es gibt also nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="83"/>
        <source>None of the chosen objections is in the library any more.</source>
        <translation>Keiner der gewählten Einwände ist noch in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="92"/>
        <source>No objection is marked as a favourite yet.</source>
        <translation>Noch ist kein Einwand als Favorit markiert.</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="98"/>
        <source>There is no category named “{name}” in the library.</source>
        <translation>In der Bibliothek gibt es keine Kategorie namens «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="106"/>
        <source>The category “{name}” holds no objections.</source>
        <translation>Die Kategorie «{name}» enthält keine Einwände.</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="113"/>
        <source>There is no tag named “{name}” in the library.</source>
        <translation>In der Bibliothek gibt es kein Schlagwort namens «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/print_selection.py" line="123"/>
        <source>No objection carries the tag “{name}”.</source>
        <translation>Kein Einwand trägt das Schlagwort «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="45"/>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="46"/>
        <source>A technique needs a name.</source>
        <translation>Eine Technik braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="47"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="50"/>
        <source>There is already a category called “{name}”.</source>
        <translation>Es gibt schon eine Kategorie namens «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="51"/>
        <source>There is already a technique called “{name}”.</source>
        <translation>Es gibt schon eine Technik namens «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="52"/>
        <source>There is already a tag called “{name}”.</source>
        <translation>Es gibt schon ein Schlagwort namens «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="56"/>
        <source>The technique {number} no longer exists.</source>
        <translation>Die Technik {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/library/named_lists.py" line="57"/>
        <source>The tag {number} no longer exists.</source>
        <translation>Das Schlagwort {number} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../store/db/errors.py" line="176"/>
        <source>The search was interrupted.</source>
        <translation>Die Suche wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="24"/>
        <source>It cannot come back: the objection it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Der Einwand, zu dem es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="28"/>
        <source>It cannot come back: the response it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Die Antwort, zu der es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="32"/>
        <source>It cannot come back: the customer it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Der Kunde, zu dem es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="36"/>
        <source>It cannot come back: the call plan it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Der Gesprächsplan, zu dem es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="41"/>
        <source>It cannot come back: what it belonged to has been deleted for good meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Das, wozu es gehörte, wurde inzwischen endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="44"/>
        <source>It cannot come back: the library holds the same entry again meanwhile.</source>
        <translation>Das lässt sich nicht wiederherstellen: Die Bibliothek enthält inzwischen wieder denselben Eintrag.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="48"/>
        <source>The objection cannot come back: an import has brought the same objection into the library meanwhile.</source>
        <translation>Der Einwand lässt sich nicht wiederherstellen: Ein Import hat inzwischen denselben Einwand in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="53"/>
        <source>The response cannot come back: an import has brought the same response into the library meanwhile.</source>
        <translation>Die Antwort lässt sich nicht wiederherstellen: Ein Import hat inzwischen dieselbe Antwort in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="58"/>
        <source>The question cannot come back: an import has brought the same question into the library meanwhile.</source>
        <translation>Die Frage lässt sich nicht wiederherstellen: Ein Import hat inzwischen dieselbe Frage in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="63"/>
        <source>The checklist item cannot come back: an import has brought the same item into the library meanwhile.</source>
        <translation>Der Checklisten-Punkt lässt sich nicht wiederherstellen: Ein Import hat inzwischen denselben Punkt in die Bibliothek gebracht.</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="70"/>
        <source>The category cannot come back: another category is called “{name}” now.</source>
        <translation>Die Kategorie lässt sich nicht wiederherstellen: Inzwischen heisst eine andere Kategorie «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="73"/>
        <source>The technique cannot come back: another technique is called “{name}” now.</source>
        <translation>Die Technik lässt sich nicht wiederherstellen: Inzwischen heisst eine andere Technik «{name}».</translation>
    </message>
    <message>
        <location filename="../../store/library/reinstate_checks.py" line="76"/>
        <source>The tag cannot come back: another tag is called “{name}” now.</source>
        <translation>Das Schlagwort lässt sich nicht wiederherstellen: Inzwischen heisst ein anderes Schlagwort «{name}».</translation>
    </message>
</context>
</TS>
