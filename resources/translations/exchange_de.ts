<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Planned calls and the next contacts customers agreed to, as a calendar file for Outlook, Google Calendar or Thunderbird. Export again later: the events are updated, not added twice.</source>
        <translation>Geplante Gespräche und die mit Kunden vereinbarten nächsten Kontakte als Kalenderdatei für Outlook, Google Kalender oder Thunderbird. Später erneut exportiert, werden die Termine aktualisiert statt verdoppelt.</translation>
    </message>
    <message>
        <source>All that is planned</source>
        <translation>Alles Geplante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Include &amp;notes</source>
        <translation>&amp;Notizen mitnehmen</translation>
    </message>
    <message>
        <source>The customer&apos;s situation, notes from the last call and about the customer. Calendars are often shared or synchronised: leave them out unless you need them.</source>
        <translation>Die Lage des Kunden, Notizen aus dem letzten Gespräch und zum Kunden. Kalender werden oft geteilt oder synchronisiert: lassen Sie sie weg, wenn Sie sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Meetings from %1</source>
        <translation>Termine aus %1</translation>
    </message>
    <message>
        <source>Tick the meetings to prepare as draft call plans. Nothing is created until you choose Create Drafts.</source>
        <translation>Haken Sie die Termine an, die Sie als Gesprächsentwürfe vorbereiten möchten. Erst „Entwürfe anlegen“ legt etwas an.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Create Drafts</source>
        <translation>Entwürfe anlegen</translation>
    </message>
    <message>
        <source>No customer found</source>
        <translation>Kein Kunde gefunden</translation>
    </message>
    <message>
        <source>%1 (new customer)</source>
        <translation>%1 (neuer Kunde)</translation>
    </message>
    <message>
        <source>%1 (imported before)</source>
        <translation>%1 (schon importiert)</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nach&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Contacts from %1</source>
        <translation>Kontakte aus %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Up to date: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>Updates %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Contacts in this vCard file: %1.</source>
        <translation>Kontakte in dieser vCard-Datei: %1.</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Wählen Sie die Spalte, die den Namen enthält.</translation>
    </message>
    <message>
        <source>The columns of a contact export of %1 were recognised.</source>
        <translation>Die Spalten eines Kontaktexports von %1 wurden erkannt.</translation>
    </message>
    <message>
        <source>Check which column holds what.</source>
        <translation>Prüfen Sie, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>On import — new customers: %1; updated: %2; already up to date: %3.</source>
        <translation>Beim Import – neue Kunden: %1; aktualisiert: %2; schon aktuell: %3.</translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Die ersten %1 werden gezeigt.</translation>
    </message>
    <message>
        <source>Entries without a name, to be left out: %1.</source>
        <translation>Einträge ohne Namen, werden ausgelassen: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Export Anki &amp;Deck…</source>
        <translation>Anki-&amp;Stapel exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Meetings from Calendar…</source>
        <translation>&amp;Termine aus Kalender importieren…</translation>
    </message>
    <message>
        <source>Import C&amp;ontacts…</source>
        <translation>K&amp;ontakte importieren…</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (%1)</source>
        <translation>Kalenderdateien (%1)</translation>
    </message>
    <message>
        <source>Export Anki Deck</source>
        <translation>Anki-Stapel exportieren</translation>
    </message>
    <message>
        <source>Anki decks (%1)</source>
        <translation>Anki-Stapel (%1)</translation>
    </message>
    <message>
        <source>Import Meetings from Calendar</source>
        <translation>Termine aus Kalender importieren</translation>
    </message>
    <message>
        <source>%1 holds no upcoming meetings.</source>
        <translation>%1 enthält keine bevorstehenden Termine.</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Address books (%1)</source>
        <translation>Adressbücher (%1)</translation>
    </message>
</context>
</TS>
