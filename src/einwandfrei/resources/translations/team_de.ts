<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../team/errors.py" line="57" />
        <source>The connection to the team server was lost before the work was done; nothing was changed here — try again when the server is back.</source>
        <translation>Die Verbindung zum Team-Server brach ab, bevor die Arbeit getan war; hier wurde nichts geändert — versuchen Sie es wieder, wenn der Server zurück ist.</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="70" />
        <source>{where} holds no team library; the database's owner sets one up with `einwandfrei team init URL`.</source>
        <translation>{where} enthält keine Team-Bibliothek; der Besitzer der Datenbank richtet sie mit `einwandfrei team init URL` ein.</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="87" />
        <source>Only editors can publish: ask the team's admin to grant your user the role einwandfrei_editor.</source>
        <translation>Nur Redaktoren können veröffentlichen: Bitten Sie den Admin des Teams, Ihrem Benutzer die Rolle einwandfrei_editor zu geben.</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="97" />
        <source>Only editors can approve or reject suggestions: ask the team's admin to grant your user the role einwandfrei_editor.</source>
        <translation>Nur Redaktoren können Vorschläge annehmen oder ablehnen: Bitten Sie den Admin des Teams, Ihrem Benutzer die Rolle einwandfrei_editor zu geben.</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="107" />
        <source>The user {user} may not read the team library: ask the team's admin to grant it the role einwandfrei_member.</source>
        <translation>Der Benutzer {user} darf die Team-Bibliothek nicht lesen: Bitten Sie den Admin des Teams, ihm die Rolle einwandfrei_member zu geben.</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="123" />
        <source>The team server {where} asks for the password of {user}, and none was found: put it in ~/.pgpass (or PGPASSWORD, or a service file).</source>
        <translation>Der Team-Server {where} verlangt das Passwort von {user}, und es wurde keines gefunden: Tragen Sie es in ~/.pgpass ein (oder in PGPASSWORD oder eine Service-Datei).</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="135" />
        <source>The team server {where} refused the login of {user}: the password, the user or the database is wrong ({reason}).</source>
        <translation>Der Team-Server {where} hat die Anmeldung von {user} abgelehnt: Passwort, Benutzer oder Datenbank stimmen nicht ({reason}).</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="147" />
        <source>The team server {where} cannot be reached; check the URL and the network ({reason}).</source>
        <translation>Der Team-Server {where} ist nicht erreichbar; prüfen Sie die URL und das Netz ({reason}).</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="200" />
        <source>Someone else changed the team library at the same moment; nothing was changed — try again.</source>
        <translation>Jemand anderes hat die Team-Bibliothek im selben Moment geändert; nichts wurde geändert — versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../team/errors.py" line="209" />
        <source>The team server {where} refused the work ({reason}); nothing was changed.</source>
        <translation>Der Team-Server {where} hat die Arbeit abgelehnt ({reason}); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../team/link.py" line="78" />
        <source>This library is not linked to a team; link it with `einwandfrei team connect URL`.</source>
        <translation>Diese Bibliothek ist mit keinem Team verbunden; verbinden Sie sie mit `einwandfrei team connect URL`.</translation>
    </message>
    <message>
        <location filename="../../team/publish.py" line="80" />
        <source>The library has no category “{name}”.</source>
        <translation>Die Bibliothek hat keine Kategorie „{name}“.</translation>
    </message>
    <message>
        <location filename="../../team/publish.py" line="112" />
        <source>“{item}” has a newer team version (revision {revision}) beside yours; keep yours or take the team's first — nothing was published.</source>
        <translation>„{item}“ hat neben Ihrer eine neuere Team-Fassung (Revision {revision}); behalten Sie zuerst Ihre oder übernehmen Sie die des Teams — nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../team/publish.py" line="211" />
        <source>“{item}” was changed on the team by {author} (revision {revision}) after you last pulled; nothing was published — pull, compare both versions, then publish again (your version stays here).</source>
        <translation>„{item}“ wurde im Team von {author} geändert (Revision {revision}), nachdem Sie zuletzt abgeholt haben; nichts wurde veröffentlicht — holen Sie ab, vergleichen Sie beide Fassungen und veröffentlichen Sie dann noch einmal (Ihre Fassung bleibt hier).</translation>
    </message>
    <message>
        <location filename="../../team/publish.py" line="227" />
        <source>“{item}” is already in the team library; nothing was published — pull first.</source>
        <translation>„{item}“ ist schon in der Team-Bibliothek; nichts wurde veröffentlicht — holen Sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../../team/server.py" line="73" />
        <source>The team server {where} runs PostgreSQL {version}; the team library needs PostgreSQL 15 or newer.</source>
        <translation>Auf dem Team-Server {where} läuft PostgreSQL {version}; die Team-Bibliothek braucht PostgreSQL 15 oder neuer.</translation>
    </message>
    <message>
        <location filename="../../team/server_schema.py" line="47" />
        <source>The team library on {where} was set up by an older Einwandfrei; the database's owner upgrades it with `einwandfrei team init URL`.</source>
        <translation>Die Team-Bibliothek auf {where} wurde von einem älteren Einwandfrei eingerichtet; der Besitzer der Datenbank aktualisiert sie mit `einwandfrei team init URL`.</translation>
    </message>
    <message>
        <location filename="../../team/server_schema.py" line="61" />
        <source>The team library on {where} was set up by a newer Einwandfrei (schema {revision}); update the app to use it.</source>
        <translation>Die Team-Bibliothek auf {where} wurde von einem neueren Einwandfrei eingerichtet (Schema {revision}); aktualisieren Sie die App, um sie zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../team/setup.py" line="17" />
        <source>Setting up the team library needs the database's owner with the right to create roles (CREATEROLE), or a superuser; nothing was changed.</source>
        <translation>Die Team-Bibliothek einzurichten braucht den Besitzer der Datenbank mit dem Recht, Rollen anzulegen (CREATEROLE), oder einen Superuser; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../team/setup.py" line="47" />
        <source>This library is already linked to the team library on {where}; unlink it first with `einwandfrei team disconnect`.</source>
        <translation>Diese Bibliothek ist schon mit der Team-Bibliothek auf {where} verbunden; trennen Sie sie zuerst mit `einwandfrei team disconnect`.</translation>
    </message>
    <message>
        <location filename="../../team/setup.py" line="75" />
        <source>This library is not linked to a team.</source>
        <translation>Diese Bibliothek ist mit keinem Team verbunden.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="59" />
        <source>There is no objection {id} in the library.</source>
        <translation>Die Bibliothek hat keinen Einwand {id}.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="71" />
        <source>A suggestion needs a reason for the editors.</source>
        <translation>Ein Vorschlag braucht eine Begründung für die Redaktoren.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="82" />
        <source>Objection {id} is already a team item; suggest a change with --objection instead.</source>
        <translation>Einwand {id} gehört schon zum Team; schlagen Sie eine Änderung stattdessen mit --objection vor.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="93" />
        <source>Objection {id} is not a team item; suggest it as a new one with --new.</source>
        <translation>Einwand {id} gehört nicht zum Team; schlagen Sie ihn mit --new als neuen vor.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="106" />
        <source>Objection {id} is the same as the team's; there is nothing to suggest.</source>
        <translation>Einwand {id} ist gleich wie der des Teams; es gibt nichts vorzuschlagen.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="250" />
        <source>There is no suggestion {number}.</source>
        <translation>Es gibt keinen Vorschlag {number}.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="256" />
        <source>Suggestion {number} was already approved by {editor}.</source>
        <translation>Vorschlag {number} wurde schon von {editor} angenommen.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="258" />
        <source>Suggestion {number} was already rejected by {editor}.</source>
        <translation>Vorschlag {number} wurde schon von {editor} abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../team/suggestions.py" line="325" />
        <source>A rejection needs a reason for the suggester.</source>
        <translation>Eine Ablehnung braucht eine Begründung für die Person, die vorgeschlagen hat.</translation>
    </message>
    <message>
        <location filename="../../team/urls.py" line="62" />
        <source>“{url}” is not a PostgreSQL URL; it looks like postgresql://user@host/database.</source>
        <translation>„{url}“ ist keine PostgreSQL-URL; eine solche sieht so aus: postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <location filename="../../team/urls.py" line="74" />
        <source>The password in the URL was not saved: put it in ~/.pgpass (or PGPASSWORD, or a service file), where PostgreSQL's own tools find it too.</source>
        <translation>Das Passwort in der URL wurde nicht gespeichert: Tragen Sie es in ~/.pgpass ein (oder in PGPASSWORD oder eine Service-Datei), wo auch die Werkzeuge von PostgreSQL es finden.</translation>
    </message>
    <message>
        <location filename="../../team/resolve.py" line="40" />
        <source>No newer team version waits for this item.</source>
        <translation>Für diesen Eintrag wartet keine neuere Team-Fassung.</translation>
    </message>
</context>
</TS>