"""Calendar, contacts and the phone deck in the window: File ▸ Export Calendar… and Export Anki
Deck…, Calls ▸ Import Meetings from Calendar… and Import Contacts… (`actions`), with their
dialogs. German in `resources/translations/exchange_de.ts`."""
