<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>CallLogDialog</name>
    <message>
        <source>Log the call with %1</source>
        <translation>Gespräch mit %1 festhalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reached?</source>
        <translation>Erreicht?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minimum goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mindestziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>An objection that came up unexpectedly…</source>
        <translation>Ein Einwand, der unerwartet kam…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add as a new &amp;objection</source>
        <translation>Als neuen E&amp;inwand hinzufügen</translation>
    </message>
    <message>
        <source>Answer used for the selected objection:</source>
        <translation>Verwendete Antwort auf den gewählten Einwand:</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Einwände</translation>
    </message>
    <message>
        <source>What did you learn? What happens next?</source>
        <translation>Was haben Sie erfahren? Wie geht es weiter?</translation>
    </message>
    <message>
        <source>&amp;Next contact</source>
        <translation>&amp;Nächster Kontakt</translation>
    </message>
    <message>
        <source>The customer a&amp;greed to it</source>
        <translation>Der Kunde ist einverst&amp;anden</translation>
    </message>
    <message>
        <source>This date lies in the past: the follow-up would be overdue at once.</source>
        <translation>Dieses Datum liegt in der Vergangenheit: Der Folgekontakt wäre sofort überfällig.</translation>
    </message>
    <message>
        <source>&amp;Save log</source>
        <translation>Gesprächsnotiz &amp;speichern</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Gespräch festhalten</translation>
    </message>
</context>
<context>
    <name>CallsActions</name>
    <message>
        <source>&amp;Prepare a Call…</source>
        <translation>Gespräch &amp;vorbereiten…</translation>
    </message>
    <message>
        <source>&amp;Log the Call…</source>
        <translation>Gespräch fest&amp;halten…</translation>
    </message>
    <message>
        <source>Prepare the &amp;Next Call from This One</source>
        <translation>Nächstes Gespräch &amp;daraus vorbereiten</translation>
    </message>
    <message>
        <source>Move Plan to &amp;Trash</source>
        <translation>Plan in den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Edit &amp;Checklist…</source>
        <translation>&amp;Checkliste bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &amp;Question Bank…</source>
        <translation>&amp;Fragensammlung bearbeiten…</translation>
    </message>
</context>
<context>
    <name>CallsFeature</name>
    <message>
        <source>Show the follow-ups due in the Calls view (Ctrl+2)</source>
        <translation>Die fälligen Folgekontakte in der Ansicht «Gespräche» zeigen (Strg+2)</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <source>&amp;Prepare a call…</source>
        <translation>Gespräch &amp;vorbereiten…</translation>
    </message>
    <message>
        <source>Open the pre-call wizard (%1)</source>
        <translation>Den Assistenten zur Gesprächsvorbereitung öffnen (%1)</translation>
    </message>
    <message>
        <source>Select the planned call to log in the Calls view first.</source>
        <translation>Wählen Sie zuerst in der Ansicht «Gespräche» das geplante Gespräch, das Sie festhalten möchten.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Pre-call checklist</source>
        <translation>Checkliste vor dem Gespräch</translation>
    </message>
    <message>
        <source>What you check before every call. New plans start with the items in use; plans you already made keep their own copy.</source>
        <translation>Was Sie vor jedem Gespräch prüfen. Neue Pläne beginnen mit den verwendeten Punkten; bestehende Pläne behalten ihre eigene Kopie.</translation>
    </message>
    <message>
        <source>A new item, e.g. “Headset tested”</source>
        <translation>Ein neuer Punkt, z. B. «Headset getestet»</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punkte der Checkliste</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Neuer Punkt der Checkliste</translation>
    </message>
    <message>
        <source>Not in new &amp;plans</source>
        <translation>&amp;Nicht in neuen Plänen</translation>
    </message>
    <message>
        <source>%1 (not in new plans)</source>
        <translation>%1 (nicht in neuen Plänen)</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>«%1» ändern</translation>
    </message>
    <message>
        <source>Use in new &amp;plans</source>
        <translation>In neuen Plänen &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Ticked by the plan itself once it holds this.</source>
        <translation>Wird vom Plan selbst abgehakt, sobald er das enthält.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Your own checklist before a call. Tick what is done; the rest is listed in the summary. What the plan itself holds (goals, key messages, questions, opener, objections) is ticked for you.</source>
        <translation>Ihre eigene Checkliste vor einem Gespräch. Haken Sie ab, was erledigt ist; der Rest erscheint in der Zusammenfassung. Was der Plan selbst enthält (Ziele, Kernbotschaften, Fragen, Einstieg, Einwände), wird für Sie abgehakt.</translation>
    </message>
    <message>
        <source>Your checklist is empty; add items with Calls › Edit Checklist…</source>
        <translation>Ihre Checkliste ist leer; fügen Sie Punkte hinzu mit Gespräche › Checkliste bearbeiten…</translation>
    </message>
    <message>
        <source>%1 of %2 ticked. Unticked items are listed in the summary.</source>
        <translation>%1 von %2 abgehakt. Offene Punkte stehen in der Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit Customer</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>What to remember about them: their situation, preferences, people around them</source>
        <translation>Was Sie sich merken wollen: Lage, Vorlieben, die Menschen im Umfeld</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Funk&amp;tion:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Who are you calling, and when? Pick a customer or add a new one.</source>
        <translation>Wen rufen Sie an, und wann? Wählen Sie einen Kunden oder erfassen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Type a name or company; the customers below narrow as you type.</source>
        <translation>Tippen Sie einen Namen oder eine Firma; die Kunden darunter werden beim Tippen weniger.</translation>
    </message>
    <message>
        <source>Find a customer…</source>
        <translation>Kunden suchen…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Funk&amp;tion:</translation>
    </message>
    <message>
        <source>Call &amp;on:</source>
        <translation>&amp;Gespräch am:</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letztes Gespräch</translation>
    </message>
    <message>
        <source>A new customer: this is the first call.</source>
        <translation>Ein neuer Kunde: Dies ist das erste Gespräch.</translation>
    </message>
    <message>
        <source>No earlier call with this customer.</source>
        <translation>Noch kein früheres Gespräch mit diesem Kunden.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Goal reached: %1 · Minimum goal reached: %2</source>
        <translation>Ziel erreicht: %1 · Mindestziel erreicht: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>they agreed</source>
        <translation>einverstanden</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht einverstanden</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einverständnis</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Move Customer to Trash</source>
        <translation>&amp;Kunden in den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>CustomerTrash</name>
    <message>
        <source>1 plan</source>
        <translation>1 Plan</translation>
    </message>
    <message>
        <source>%1 plans</source>
        <translation>%1 Pläne</translation>
    </message>
    <message>
        <source>Customers in the Trash</source>
        <translation>Kunden im Papierkorb</translation>
    </message>
    <message>
        <source>Restore c&amp;ustomer</source>
        <translation>K&amp;unden wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the customer back into the lists and the wizard, with their plans</source>
        <translation>Den Kunden mit seinen Plänen zurück in die Listen und den Assistenten holen</translation>
    </message>
    <message>
        <source>&amp;Restore Customer</source>
        <translation>Kunden &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete Customer &amp;Permanently…</source>
        <translation>Kunden &amp;endgültig löschen…</translation>
    </message>
    <message>
        <source>Erase the customer for good: their details, plans and call logs, and their name wherever it is written — also in every backup. This cannot be undone.</source>
        <translation>Den Kunden endgültig löschen: seine Angaben, Pläne und Gesprächsnotizen und seinen Namen, wo immer er steht — auch in jeder Sicherung. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>DueListWidget</name>
    <message>
        <source>plan ready</source>
        <translation>Plan bereit</translation>
    </message>
    <message>
        <source>Prepare the &amp;follow-up</source>
        <translation>&amp;Folgegespräch vorbereiten</translation>
    </message>
    <message>
        <source>Due follow-ups: %1 customers agreed to hear from you by today.</source>
        <translation>Fällige Folgekontakte: %1 Kunden haben zugestimmt, bis heute wieder von Ihnen zu hören.</translation>
    </message>
    <message>
        <source>Due follow-up: 1 customer agreed to hear from you by today.</source>
        <translation>Fälliger Folgekontakt: 1 Kunde hat zugestimmt, bis heute wieder von Ihnen zu hören.</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>Heute sind keine Folgekontakte fällig.</translation>
    </message>
</context>
<context>
    <name>ForgetCustomer</name>
    <message>
        <source>Customer deleted permanently</source>
        <translation>Kunde endgültig gelöscht</translation>
    </message>
    <message>
        <source>Erasing “%1” from the library and its backups…</source>
        <translation>«%1» wird aus der Bibliothek und ihren Sicherungen gelöscht…</translation>
    </message>
</context>
<context>
    <name>ForgetCustomerDialog</name>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>Delete Customer Permanently</source>
        <translation>Kunden endgültig löschen</translation>
    </message>
    <message>
        <source>Delete “%1” permanently?</source>
        <translation>«%1» endgültig löschen?</translation>
    </message>
    <message>
        <source>Einwandfrei removes for good:</source>
        <translation>Einwandfrei entfernt endgültig:</translation>
    </message>
    <message>
        <source>This cannot be undone: the bytes are overwritten, and the Undo history is cleared. A backup that cannot be rewritten is deleted.</source>
        <translation>Das lässt sich nicht rückgängig machen: Die Daten werden überschrieben, und der Verlauf für «Rückgängig» wird geleert. Eine Sicherung, die sich nicht neu schreiben lässt, wird gelöscht.</translation>
    </message>
    <message>
        <source>%1 (%2) and all their details</source>
        <translation>%1 (%2) mit allen Angaben</translation>
    </message>
    <message>
        <source>%1 and all their details</source>
        <translation>%1 mit allen Angaben</translation>
    </message>
    <message>
        <source>1 call plan</source>
        <translation>1 Gesprächsplan</translation>
    </message>
    <message>
        <source>%1 call plans</source>
        <translation>%1 Gesprächspläne</translation>
    </message>
    <message>
        <source>1 call log</source>
        <translation>1 Gesprächsnotiz</translation>
    </message>
    <message>
        <source>%1 call logs</source>
        <translation>%1 Gesprächsnotizen</translation>
    </message>
    <message>
        <source>their name in 1 text elsewhere (notes, plans, objections, answers)</source>
        <translation>der Name in 1 anderen Text (Notizen, Pläne, Einwände, Antworten)</translation>
    </message>
    <message>
        <source>their name in %1 texts elsewhere (notes, plans, objections, answers)</source>
        <translation>der Name in %1 anderen Texten (Notizen, Pläne, Einwände, Antworten)</translation>
    </message>
    <message>
        <source>all of this from the 1 backup in the data folder</source>
        <translation>all das auch aus der 1 Sicherung im Datenordner</translation>
    </message>
    <message>
        <source>all of this from the %1 backups in the data folder</source>
        <translation>all das auch aus den %1 Sicherungen im Datenordner</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Set the goal of this call, and a minimum goal that even a “no” can reach: their OK to get back in touch on a named day.</source>
        <translation>Legen Sie das Ziel dieses Gesprächs fest und ein Mindestziel, das sogar ein «Nein» erreicht: das OK, sich an einem bestimmten Tag wieder zu melden.</translation>
    </message>
    <message>
        <source>e.g. Pilot agreed for the next quarter</source>
        <translation>z. B. Pilotprojekt für das nächste Quartal vereinbart</translation>
    </message>
    <message>
        <source>Sugg&amp;est</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Propose their OK to get back in touch two weeks after the call</source>
        <translation>Das OK vorschlagen, sich zwei Wochen nach dem Gespräch wieder zu melden</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>&amp;Minimum goal:</source>
        <translation>&amp;Mindestziel:</translation>
    </message>
    <message>
        <source>Showing interest and getting their OK for a next contact builds the trust that business grows from.</source>
        <translation>Wer Interesse zeigt und das OK für einen nächsten Kontakt abholt, schafft das Vertrauen, aus dem Geschäfte wachsen.</translation>
    </message>
    <message>
        <source>Their OK to get back in touch on %1</source>
        <translation>Das OK, sich am %1 wieder zu melden</translation>
    </message>
</context>
<context>
    <name>KnownPage</name>
    <message>
        <source>What they know</source>
        <translation>Was der Kunde weiss</translation>
    </message>
    <message>
        <source>People take in about half of a conversation and forget half of that within two weeks. Note what to repeat — it never hurts to say it again.</source>
        <translation>Menschen nehmen aus einem Gespräch etwa die Hälfte mit und vergessen davon innert zwei Wochen wieder die Hälfte. Notieren Sie, was Sie wiederholen – es schadet nie, es nochmals zu sagen.</translation>
    </message>
    <message>
        <source>Key messages to repeat</source>
        <translation>Kernbotschaften zum Wiederholen</translation>
    </message>
    <message>
        <source>New key message</source>
        <translation>Neue Kernbotschaft</translation>
    </message>
    <message>
        <source>A message to repeat, e.g. “30% less set-up time”</source>
        <translation>Eine Botschaft zum Wiederholen, z. B. «30 % weniger Einrichtungszeit»</translation>
    </message>
    <message>
        <source>Nothing to repeat yet? For a first call, note what they should remember afterwards.</source>
        <translation>Noch nichts zu wiederholen? Notieren Sie beim ersten Gespräch, was der Kunde danach wissen soll.</translation>
    </message>
</context>
<context>
    <name>LogObjectionsModel</name>
    <message>
        <source>Came up</source>
        <translation>Kam vor</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>Answer used</source>
        <translation>Verwendete Antwort</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Hat gewirkt</translation>
    </message>
    <message>
        <source>%1 (not expected)</source>
        <translation>%1 (unerwartet)</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompts</name>
    <message>
        <source>Discard this plan?</source>
        <translation>Diesen Plan verwerfen?</translation>
    </message>
    <message>
        <source>This plan has not been saved. Discard what you have written?</source>
        <translation>Dieser Plan ist nicht gespeichert. Möchten Sie verwerfen, was Sie geschrieben haben?</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
</context>
<context>
    <name>ObjectionsPage</name>
    <message>
        <source>worked in %1 of %2 calls</source>
        <translation>hat in %1 von %2 Gesprächen gewirkt</translation>
    </message>
    <message>
        <source>Expected objections</source>
        <translation>Erwartete Einwände</translation>
    </message>
    <message>
        <source>Prepare for rejection: which objections will you probably hear, and which answer will you give?</source>
        <translation>Bereiten Sie sich auf Ablehnung vor: Welche Einwände werden Sie wohl hören, und welche Antwort geben Sie?</translation>
    </message>
    <message>
        <source>Search the library: what might they say?</source>
        <translation>In der Bibliothek suchen: Was könnte der Kunde sagen?</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add as a new &amp;objection</source>
        <translation>Als neuen Einw&amp;and hinzufügen</translation>
    </message>
    <message>
        <source>Adds what you typed to this plan, and to the library when you save</source>
        <translation>Fügt das Eingetippte diesem Plan hinzu und beim Speichern auch der Bibliothek</translation>
    </message>
    <message>
        <source>Objections to expect, with the answer to use</source>
        <translation>Erwartete Einwände, mit der Antwort darauf</translation>
    </message>
    <message>
        <source>Or write a new response…</source>
        <translation>Oder schreiben Sie eine neue Antwort…</translation>
    </message>
    <message>
        <source>Use this new res&amp;ponse</source>
        <translation>Diese neue Antwort &amp;verwenden</translation>
    </message>
    <message>
        <source>Response to use</source>
        <translation>Zu verwendende Antwort</translation>
    </message>
    <message>
        <source>Objections for this call</source>
        <translation>Einwände für dieses Gespräch</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>→ %1 (new)</source>
        <translation>→ %1 (neu)</translation>
    </message>
    <message>
        <source>→ no response chosen yet</source>
        <translation>→ noch keine Antwort gewählt</translation>
    </message>
    <message>
        <source>Chosen: your new response; it goes into the library when you save.</source>
        <translation>Gewählt: Ihre neue Antwort; sie kommt beim Speichern in die Bibliothek.</translation>
    </message>
    <message>
        <source>Pick a response above, or write a new one.</source>
        <translation>Wählen Sie oben eine Antwort oder schreiben Sie eine neue.</translation>
    </message>
</context>
<context>
    <name>OrderedList</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Delete call plan</source>
        <translation>Gesprächsplan löschen</translation>
    </message>
    <message>
        <source>Restore call plan</source>
        <translation>Gesprächsplan wiederherstellen</translation>
    </message>
    <message>
        <source>Edit customer “%1”</source>
        <translation>Kunden «%1» bearbeiten</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash</source>
        <translation>«%1» in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore customer “%1”</source>
        <translation>Kunden «%1» wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Past calls</source>
        <translation>Geführte Gespräche</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Call plans</source>
        <translation>Gesprächspläne</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Log the call…</source>
        <translation>Gespräch fest&amp;halten…</translation>
    </message>
    <message>
        <source>Prepare the &amp;next call</source>
        <translation>&amp;Nächstes Gespräch vorbereiten</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No calls planned yet. To plan one, click Prepare a call… or press %1.</source>
        <translation>Noch keine Gespräche geplant. Um eines zu planen, klicken Sie auf Gespräch vorbereiten… oder drücken Sie %1.</translation>
    </message>
    <message>
        <source>No drafts. A plan you save as a draft waits here until you finish it.</source>
        <translation>Keine Entwürfe. Ein Plan, den Sie als Entwurf speichern, wartet hier, bis Sie ihn fertigstellen.</translation>
    </message>
    <message>
        <source>No calls logged yet. After a call, log it to see what worked.</source>
        <translation>Noch keine Gespräche festgehalten. Halten Sie nach jedem Gespräch fest, was gewirkt hat.</translation>
    </message>
    <message>
        <source>No plans in the Trash.</source>
        <translation>Keine Pläne im Papierkorb.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No call plans yet. To plan one, click Prepare a call… or press %1.</source>
        <translation>Noch keine Gesprächspläne. Um einen zu planen, klicken Sie auf Gespräch vorbereiten… oder drücken Sie %1.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Select a plan to see it here.</source>
        <translation>Wählen Sie einen Plan, um ihn hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Minimum goal</source>
        <translation>Mindestziel</translation>
    </message>
    <message>
        <source>Opener:</source>
        <translation>Einstieg:</translation>
    </message>
    <message>
        <source>If not now:</source>
        <translation>Falls es nicht passt:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>no response chosen</source>
        <translation>keine Antwort gewählt</translation>
    </message>
    <message>
        <source>Goal reached:</source>
        <translation>Ziel erreicht:</translation>
    </message>
    <message>
        <source>Minimum goal reached:</source>
        <translation>Mindestziel erreicht:</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Nach dem Gespräch</translation>
    </message>
    <message>
        <source>Expected objections</source>
        <translation>Erwartete Einwände</translation>
    </message>
    <message>
        <source>Still open on the checklist</source>
        <translation>Noch offen auf der Checkliste</translation>
    </message>
    <message>
        <source>Everything ticked.</source>
        <translation>Alles abgehakt.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Minimum goal reached</source>
        <translation>Mindestziel erreicht</translation>
    </message>
    <message>
        <source>Goals not reached</source>
        <translation>Ziele nicht erreicht</translation>
    </message>
    <message>
        <source>Planned · log it</source>
        <translation>Geplant · festhalten</translation>
    </message>
    <message>
        <source>%1 (agreed)</source>
        <translation>%1 (einverstanden)</translation>
    </message>
    <message>
        <source>%1 (not agreed)</source>
        <translation>%1 (nicht einverstanden)</translation>
    </message>
    <message>
        <source>Minimum goal: %1</source>
        <translation>Mindestziel: %1</translation>
    </message>
</context>
<context>
    <name>PlanWording</name>
    <message>
        <source>Name the customer, or pick one from the list.</source>
        <translation>Geben Sie den Namen des Kunden ein oder wählen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>Choose when you will call.</source>
        <translation>Wählen Sie, wann Sie anrufen.</translation>
    </message>
    <message>
        <source>Write down what this call should achieve.</source>
        <translation>Schreiben Sie auf, was dieses Gespräch erreichen soll.</translation>
    </message>
    <message>
        <source>Even a “no” can reach a minimum goal: at least their OK to get back in touch on a named day.</source>
        <translation>Sogar ein «Nein» kann ein Mindestziel erreichen: mindestens das OK, sich an einem bestimmten Tag wieder zu melden.</translation>
    </message>
    <message>
        <source>Write an opener that asks whether now is a good moment.</source>
        <translation>Schreiben Sie einen Einstieg, der fragt, ob es gerade passt.</translation>
    </message>
    <message>
        <source>Say what you will propose if now is not a good moment.</source>
        <translation>Schreiben Sie, was Sie vorschlagen, wenn es gerade nicht passt.</translation>
    </message>
    <message>
        <source>Pick one more open question: %1 of %2 chosen.</source>
        <translation>Wählen Sie noch eine offene Frage: %1 von %2 gewählt.</translation>
    </message>
    <message>
        <source>Pick at least %1 open questions that get them talking: %2 of %1 chosen.</source>
        <translation>Wählen Sie mindestens %1 offene Fragen, die den Kunden zum Erzählen bringen: %2 von %1 gewählt.</translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation>«%1» steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Add at least one objection you expect — search the library above.</source>
        <translation>Fügen Sie mindestens einen erwarteten Einwand hinzu – suchen Sie oben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Choose the response to use for “%1”.</source>
        <translation>Wählen Sie die Antwort auf «%1».</translation>
    </message>
    <message>
        <source>Say whether the goal was reached.</source>
        <translation>Geben Sie an, ob das Ziel erreicht wurde.</translation>
    </message>
    <message>
        <source>Say whether the minimum goal was reached.</source>
        <translation>Geben Sie an, ob das Mindestziel erreicht wurde.</translation>
    </message>
    <message>
        <source>Choose the date the customer agreed to.</source>
        <translation>Wählen Sie das Datum, mit dem der Kunde einverstanden war.</translation>
    </message>
    <message>
        <source>Choose the answer that worked for “%1”.</source>
        <translation>Wählen Sie die Antwort, die bei «%1» gewirkt hat.</translation>
    </message>
    <message>
        <source>Type the text first.</source>
        <translation>Geben Sie zuerst den Text ein.</translation>
    </message>
    <message>
        <source>That is already in the list.</source>
        <translation>Das steht schon in der Liste.</translation>
    </message>
    <message>
        <source>That is too long for one line; keep it short.</source>
        <translation>Das ist zu lang für eine Zeile; fassen Sie sich kurz.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not asked for a next contact yet.</source>
        <translation>Noch nicht nach einem nächsten Kontakt gefragt.</translation>
    </message>
    <message>
        <source>Agreed to a next contact in %1 of %2 calls.</source>
        <translation>Mit einem nächsten Kontakt einverstanden in %1 von %2 Gesprächen.</translation>
    </message>
    <message>
        <source>Declined twice in a row: ask what would make a next contact welcome for them.</source>
        <translation>Zweimal in Folge abgelehnt: Fragen Sie, was einen nächsten Kontakt für den Kunden willkommen machen würde.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 Folgekontakt fällig</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 Folgekontakte fällig</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PreCallWizard</name>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <source>Carried over from the call on %1.</source>
        <translation>Übernommen aus dem Gespräch vom %1.</translation>
    </message>
    <message>
        <source>Save call plan</source>
        <translation>Gesprächsplan speichern</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Prepare a call</source>
        <translation>Gespräch vorbereiten</translation>
    </message>
    <message>
        <source>Prepare the call with %1</source>
        <translation>Gespräch mit %1 vorbereiten</translation>
    </message>
</context>
<context>
    <name>QuestionBankEditor</name>
    <message>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <source>Open questions get customers talking about themselves. Plans pick at least three from here.</source>
        <translation>Offene Fragen bringen Kunden dazu, von sich zu erzählen. Jeder Plan wählt hier mindestens drei.</translation>
    </message>
    <message>
        <source>A new open question, e.g. “What is on your desk?”</source>
        <translation>Eine neue offene Frage, z. B. «Was liegt bei Ihnen auf dem Tisch?»</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>New open question</source>
        <translation>Neue offene Frage</translation>
    </message>
    <message>
        <source>This may invite only a yes or a no. Open questions start with what, how or why.</source>
        <translation>Darauf antwortet man vielleicht nur mit Ja oder Nein. Offene Fragen beginnen mit was, wie oder warum.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>People love to talk about themselves and dislike being talked at. Pick at least three open questions that get them talking.</source>
        <translation>Menschen erzählen gern von sich und mögen es nicht, zugetextet zu werden. Wählen Sie mindestens drei offene Fragen, die den Kunden zum Erzählen bringen.</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Fragensammlung durchsuchen</translation>
    </message>
    <message>
        <source>Search the question bank, or type a new question</source>
        <translation>Fragensammlung durchsuchen oder eine neue Frage eintippen</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add as a new &amp;question</source>
        <translation>Als &amp;neue Frage hinzufügen</translation>
    </message>
    <message>
        <source>Adds what you typed to this plan, and to the question bank when you save</source>
        <translation>Fügt das Eingetippte diesem Plan hinzu und beim Speichern auch der Fragensammlung</translation>
    </message>
    <message>
        <source>This may invite only a yes or a no. Open questions start with what, how or why.</source>
        <translation>Darauf antwortet man vielleicht nur mit Ja oder Nein. Offene Fragen beginnen mit was, wie oder warum.</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <source>Questions for this call</source>
        <translation>Fragen für dieses Gespräch</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The whole plan at a glance. Save it, print it, or practise.</source>
        <translation>Der ganze Plan auf einen Blick. Speichern, drucken oder üben.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Save and &amp;print cheat sheet…</source>
        <translation>Speichern und Spickzettel &amp;drucken…</translation>
    </message>
    <message>
        <source>Save and pra&amp;ctise these objections</source>
        <translation>Speichern und diese Einwände ü&amp;ben</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>Add “%1”</source>
        <translation>«%1» hinzufügen</translation>
    </message>
    <message>
        <source>Reword “%1”</source>
        <translation>«%1» umformulieren</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reihenfolge ändern</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>«%1» entfernen</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>You call without knowing their day. Think about what may be on their desk, and ask whether now is a good moment.</source>
        <translation>Sie rufen an, ohne den Tag des Kunden zu kennen. Überlegen Sie, was bei ihm anstehen könnte, und fragen Sie, ob es gerade passt.</translation>
    </message>
    <message>
        <source>Their day, agenda and situation: quarter end, trade fair, holidays, news…</source>
        <translation>Tagesform, Agenda und Lage des Kunden: Quartalsende, Messe, Ferien, Neuigkeiten…</translation>
    </message>
    <message>
        <source>Their s&amp;ituation:</source>
        <translation>&amp;Lage des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Opener:</source>
        <translation>Einst&amp;ieg:</translation>
    </message>
    <message>
        <source>If it is not a good &amp;moment:</source>
        <translation>Falls es &amp;nicht passt:</translation>
    </message>
    <message>
        <source>Is now a good moment for five minutes, or shall I call you back at a better time?</source>
        <translation>Passt es Ihnen gerade für fünf Minuten, oder soll ich Sie zu einem besseren Zeitpunkt zurückrufen?</translation>
    </message>
    <message>
        <source>Offer two times to call back and ask which one suits them better.</source>
        <translation>Zwei Zeitpunkte für einen Rückruf anbieten und fragen, welcher besser passt.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>
