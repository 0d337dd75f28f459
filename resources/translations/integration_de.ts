<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
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
