<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>Features</name>
    <message>
        <source>Show the follow-ups due in the Calls view (Ctrl+2)</source>
        <translation>Die fälligen Folgekontakte in der Ansicht «Gespräche» zeigen (Strg+2)</translation>
    </message>
    <message>
        <source>This answer keeps slipping in your drills: rewrite it in your own words rather than drilling it harder.</source>
        <translation>Diese Antwort vergessen Sie beim Üben immer wieder: Schreiben Sie sie in Ihren eigenen Worten neu, statt sie noch härter zu üben.</translation>
    </message>
    <message>
        <source>Please wait until printing ends, or cancel it.</source>
        <translation>Bitte warten Sie, bis das Drucken beendet ist, oder brechen Sie es ab.</translation>
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
</TS>
