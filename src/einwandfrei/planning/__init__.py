"""The domain as plain data and rules: no Qt, no SQL, nothing of `store` — calls, drills, texts.

Call planning: `plan` holds the dataclasses, `validation` says what a plan still lacks (as codes
the UI words), `carry_forward` prepares the next call from the last one, `call_log` turns what
happened in a call into counter changes, `follow_ups` finds the customers due for a call and keeps
the consent record, `bank_rules` are the editing rules of the question bank and the checklist
template, and `suggestions` proposes dates and wording.

The library and drills: `library_content` (objections and responses as plain records),
`folding` (the one text normalisation search relies on), `practice` (FSRS scheduling rules),
`practice_answers` (which answer comes first) and `drill_records` (schedules, logs, settings).
"""
