<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Your Version and the Team&apos;s</source>
        <translation>Ihre Fassung und die des Teams</translation>
    </message>
    <message>
        <source>You changed this objection, and the team changed it too (revision %1). Parts that differ are marked.</source>
        <translation>Sie haben diesen Einwand geändert, und das Team hat ihn auch geändert (Revision %1). Was sich unterscheidet, ist markiert.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>The team&apos;s version</source>
        <translation>Die Fassung des Teams</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>The team&apos;s (revision %1)</source>
        <translation>Die des Teams (Revision %1)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep your version here; the team&apos;s stays on the team</source>
        <translation>Ihre Fassung hier behalten; die des Teams bleibt im Team</translation>
    </message>
    <message>
        <source>Take the Team&apos;s</source>
        <translation>Die des Teams übernehmen</translation>
    </message>
    <message>
        <source>Replace your version with the team&apos;s</source>
        <translation>Ihre Fassung durch die des Teams ersetzen</translation>
    </message>
    <message>
        <source>Suggest Mine…</source>
        <translation>Meine vorschlagen…</translation>
    </message>
    <message>
        <source>Keep your version and send it to the team&apos;s editors, with a reason</source>
        <translation>Ihre Fassung behalten und sie mit einer Begründung der Redaktion des Teams schicken</translation>
    </message>
    <message>
        <source>Whichever you choose, nothing is lost: the team&apos;s version stays on the team.</source>
        <translation>Was Sie auch wählen, nichts geht verloren: Die Fassung des Teams bleibt im Team.</translation>
    </message>
    <message>
        <source>Then ask: %1</source>
        <translation>Dann fragen: %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
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
</context>
<context>
    <name>DecidePanel</name>
    <message>
        <source>Suggestions waiting for a decision</source>
        <translation>Vorschläge, die auf einen Entscheid warten</translation>
    </message>
    <message>
        <source>The suggestion</source>
        <translation>Der Vorschlag</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Begründung einer Ablehnung</translation>
    </message>
    <message>
        <source>Why not? (needed to reject; the suggester sees it)</source>
        <translation>Warum nicht? (nötig zum Ablehnen; wer vorgeschlagen hat, sieht sie)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>The suggestion becomes a new team revision</source>
        <translation>Der Vorschlag wird zu einer neuen Revision des Teams</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>#%1 from %2: “%3”</source>
        <translation>#%1 von %2: «%3»</translation>
    </message>
    <message>
        <source>No suggestion is waiting for a decision.</source>
        <translation>Kein Vorschlag wartet auf einen Entscheid.</translation>
    </message>
    <message>
        <source>A new objection</source>
        <translation>Ein neuer Einwand</translation>
    </message>
    <message>
        <source>A change to team revision %1</source>
        <translation>Eine Änderung an Revision %1 des Teams</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Behind it</source>
        <translation>Dahinter</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>LinkPages</name>
    <message>
        <source>Team server URL</source>
        <translation>URL des Team-Servers</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Team server &amp;URL:</source>
        <translation>&amp;URL des Team-Servers:</translation>
    </message>
    <message>
        <source>&amp;Pull Now</source>
        <translation>Jetzt a&amp;bholen</translation>
    </message>
    <message>
        <source>Send what waits, then bring the team&apos;s new revisions</source>
        <translation>Senden, was wartet, dann die neuen Revisionen des Teams holen</translation>
    </message>
    <message>
        <source>Disconnec&amp;t…</source>
        <translation>&amp;Trennen…</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Publishing sends the objections that are new to the team or changed here since the last pull, with their responses, follow-ups and concerns, as one new team revision. Team objections you moved to the Trash are deleted for the team.</source>
        <translation>Veröffentlichen schickt die Einwände, die für das Team neu sind oder die hier seit dem letzten Abholen geändert wurden, mit ihren Antworten, Anschlussfragen und Hintergründen als eine neue Revision des Teams. Team-Einwände, die Sie in den Papierkorb gelegt haben, werden für das Team gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Everything: all categories, the question bank and the checklist</source>
        <translation>&amp;Alles: alle Kategorien, die Fragensammlung und die Checkliste</translation>
    </message>
    <message>
        <source>Categories to publish</source>
        <translation>Zu veröffentlichende Kategorien</translation>
    </message>
    <message>
        <source>Message for the changelog</source>
        <translation>Nachricht für das Änderungsprotokoll</translation>
    </message>
    <message>
        <source>What changed, for the team&apos;s changelog</source>
        <translation>Was sich geändert hat, für das Änderungsprotokoll des Teams</translation>
    </message>
    <message>
        <source>Publis&amp;h</source>
        <translation>Veröffentlic&amp;hen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team library offline since %1</source>
        <translation>Team-Bibliothek offline seit %1</translation>
    </message>
    <message>
        <source>This library is not linked to a team.</source>
        <translation>Diese Bibliothek ist mit keinem Team verbunden.</translation>
    </message>
    <message>
        <source>Nothing pulled yet.</source>
        <translation>Noch nichts abgeholt.</translation>
    </message>
    <message>
        <source>Last pull: %1 (team revision %2, %3 team items).</source>
        <translation>Zuletzt abgeholt: %1 (Revision %2 des Teams, %3 Team-Einträge).</translation>
    </message>
    <message>
        <source>The team server has been unreachable since %1; you work on as before.</source>
        <translation>Der Team-Server ist seit %1 nicht erreichbar; Sie arbeiten wie gewohnt weiter.</translation>
    </message>
    <message>
        <source>Objections you changed that the team changed too: %1.</source>
        <translation>Einwände, die Sie und das Team beide geändert haben: %1.</translation>
    </message>
    <message>
        <source>Suggestions waiting to be sent: %1; waiting for an editor: %2.</source>
        <translation>Vorschläge, die auf das Senden warten: %1; die auf die Redaktion warten: %2.</translation>
    </message>
    <message>
        <source>Answer counts not yet sent: %1.</source>
        <translation>Noch nicht gesendete Antwortzählungen: %1.</translation>
    </message>
    <message>
        <source>What leaves this computer: only the playbook text you choose to suggest (editors: to publish) and, for each team response, how often it was used and how often it worked. Never a customer, a name or a note.</source>
        <translation>Was diesen Computer verlässt: nur der Playbook-Text, den Sie vorzuschlagen wählen (Redaktion: zu veröffentlichen), und für jede Team-Antwort, wie oft sie verwendet wurde und wie oft sie gewirkt hat. Nie eine Kundin, ein Kunde, ein Name oder eine Notiz.</translation>
    </message>
    <message>
        <source>Einwandfrei never asks for or stores a password: PostgreSQL&apos;s own ~/.pgpass file, the PGPASSWORD variable or a service file supplies it, as for psql.</source>
        <translation>Einwandfrei fragt nie nach einem Passwort und speichert keines: Die PostgreSQL-eigene Datei ~/.pgpass, die Variable PGPASSWORD oder eine Service-Datei liefert es, wie für psql.</translation>
    </message>
</context>
<context>
    <name>TeamBar</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team objection</source>
        <translation>Team-Einwand</translation>
    </message>
    <message>
        <source>Suggest to Team…</source>
        <translation>Dem Team vorschlagen…</translation>
    </message>
    <message>
        <source>Send this objection with its responses to the team&apos;s editors, with a reason</source>
        <translation>Diesen Einwand mit seinen Antworten und einer Begründung der Redaktion des Teams schicken</translation>
    </message>
    <message>
        <source>Compare Versions…</source>
        <translation>Fassungen vergleichen…</translation>
    </message>
    <message>
        <source>See your version and the team&apos;s side by side, then keep one or suggest yours</source>
        <translation>Ihre Fassung und die des Teams nebeneinander sehen, dann eine behalten oder Ihre vorschlagen</translation>
    </message>
    <message>
        <source>Your own objection; the team playbook does not have it.</source>
        <translation>Ihr eigener Einwand; das Playbook des Teams hat ihn nicht.</translation>
    </message>
    <message>
        <source>From the team playbook (revision %1).</source>
        <translation>Aus dem Playbook des Teams (Revision %1).</translation>
    </message>
    <message>
        <source>You changed this team objection; the team&apos;s version is revision %1.</source>
        <translation>Sie haben diesen Team-Einwand geändert; die Fassung des Teams ist Revision %1.</translation>
    </message>
    <message>
        <source>The team changed this objection too (revision %1) while you changed it here: compare both versions, then keep yours, take the team&apos;s or suggest yours.</source>
        <translation>Das Team hat diesen Einwand ebenfalls geändert (Revision %1), während Sie ihn hier geändert haben: Vergleichen Sie beide Fassungen, dann behalten Sie Ihre, übernehmen die des Teams oder schlagen Ihre vor.</translation>
    </message>
    <message>
        <source>Across the team its responses worked in %1% of %2 uses.</source>
        <translation>Im ganzen Team haben seine Antworten bei %1 % von %2 Verwendungen gewirkt.</translation>
    </message>
    <message>
        <source>Your suggestion waits for an editor.</source>
        <translation>Ihr Vorschlag wartet auf die Redaktion.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team Library</source>
        <translation>Team-Bibliothek</translation>
    </message>
    <message>
        <source>What changed on the team</source>
        <translation>Was sich im Team geändert hat</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Your suggestions</source>
        <translation>Ihre Vorschläge</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Your reason</source>
        <translation>Ihre Begründung</translation>
    </message>
    <message>
        <source>&amp;Changelog</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Your Suggestions</source>
        <translation>&amp;Ihre Vorschläge</translation>
    </message>
    <message>
        <source>Linked to the team library on %1.</source>
        <translation>Verbunden mit der Team-Bibliothek auf %1.</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Linked to the team library on %1 as %2 (%3).</source>
        <translation>Verbunden mit der Team-Bibliothek auf %1 als %2 (%3).</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(ohne Nachricht)</translation>
    </message>
    <message>
        <source>New with the last pull</source>
        <translation>Neu mit dem letzten Abholen</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Angenommen von %1</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>Waiting for an editor</source>
        <translation>Wartet auf die Redaktion</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>Ver&amp;öffentlichen</translation>
    </message>
    <message>
        <source>Suggestions to &amp;Decide</source>
        <translation>Vorschläge &amp;entscheiden</translation>
    </message>
    <message>
        <source>Asking the team server…</source>
        <translation>Der Team-Server wird gefragt…</translation>
    </message>
    <message>
        <source>Linked; pulling…</source>
        <translation>Verbunden; wird abgeholt…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation>Wird abgeholt…</translation>
    </message>
    <message>
        <source>Up to date (team revision %1).</source>
        <translation>Auf dem neusten Stand (Revision %1 des Teams).</translation>
    </message>
    <message>
        <source>Pulled team revisions up to %1: %2 new, %3 changed, %4 removed.</source>
        <translation>Revisionen des Teams bis %1 abgeholt: %2 neu, %3 geändert, %4 entfernt.</translation>
    </message>
    <message>
        <source>%1 objections you changed have a newer team version beside yours.</source>
        <translation>Bei %1 Einwänden, die Sie geändert haben, liegt eine neuere Fassung des Teams neben Ihrer.</translation>
    </message>
    <message>
        <source>Disconnect from the Team</source>
        <translation>Vom Team trennen</translation>
    </message>
    <message>
        <source>Unlink this library from the team? Every team objection stays here as your own; suggestions and answer counts not yet sent are dropped.</source>
        <translation>Diese Bibliothek vom Team trennen? Jeder Team-Einwand bleibt hier als Ihr eigener; noch nicht gesendete Vorschläge und Antwortzählungen werden verworfen.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnected; the %1 team items stay as your own.</source>
        <translation>Getrennt; die %1 Team-Einträge bleiben als Ihre eigenen.</translation>
    </message>
    <message>
        <source>Choose the categories to publish, or publish everything.</source>
        <translation>Wählen Sie die Kategorien, die Sie veröffentlichen wollen, oder veröffentlichen Sie alles.</translation>
    </message>
    <message>
        <source>Nothing to publish: the chosen items are the same as the team&apos;s.</source>
        <translation>Nichts zu veröffentlichen: Die gewählten Einträge sind gleich wie die des Teams.</translation>
    </message>
    <message>
        <source>Published revision %1: %2 new, %3 changed, %4 deleted.</source>
        <translation>Revision %1 veröffentlicht: %2 neu, %3 geändert, %4 gelöscht.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Suggestion %1 approved: team revision %2.</source>
        <translation>Vorschlag %1 angenommen: Revision %2 des Teams.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Wird angenommen…</translation>
    </message>
    <message>
        <source>Suggestion %1 rejected.</source>
        <translation>Vorschlag %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Team Library…</source>
        <translation>&amp;Team-Bibliothek…</translation>
    </message>
    <message>
        <source>Link this library to your team&apos;s playbook, pull, publish and suggest</source>
        <translation>Diese Bibliothek mit dem Playbook Ihres Teams verbinden, abholen, veröffentlichen und vorschlagen</translation>
    </message>
    <message>
        <source>Team library: %1 new, %2 changed, %3 removed (revision %4).</source>
        <translation>Team-Bibliothek: %1 neu, %2 geändert, %3 entfernt (Revision %4).</translation>
    </message>
    <message>
        <source>Suggest to the Team</source>
        <translation>Dem Team vorschlagen</translation>
    </message>
    <message>
        <source>Why should the team&apos;s editors take it? They get this objection with its responses and your reason; nothing else leaves this computer.</source>
        <translation>Warum soll die Redaktion des Teams ihn übernehmen? Sie erhält diesen Einwand mit seinen Antworten und Ihrer Begründung; sonst verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <source>Not suggested</source>
        <translation>Nicht vorgeschlagen</translation>
    </message>
    <message>
        <source>Your suggestion went to the team&apos;s editors.</source>
        <translation>Ihr Vorschlag ist bei der Redaktion des Teams.</translation>
    </message>
    <message>
        <source>The team library is offline: your suggestion waits and goes out with the next pull.</source>
        <translation>Die Team-Bibliothek ist offline: Ihr Vorschlag wartet und geht mit dem nächsten Abholen hinaus.</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Your version stays; you can suggest it to the team at any time.</source>
        <translation>Ihre Fassung bleibt; Sie können sie dem Team jederzeit vorschlagen.</translation>
    </message>
</context>
</TS>
