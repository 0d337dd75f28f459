"""Call planning without Qt or SQL: plans as plain data, their rules, the loop after the call.

`plan` holds the dataclasses, `validation` says what a plan still lacks (as codes the UI words),
`carry_forward` prepares the next call from the last one, `call_log` turns what happened in a call
into counter changes, `follow_ups` finds the customers due for a call and keeps the consent record,
`bank_rules` are the editing rules of the question bank and the checklist template, and
`suggestions` proposes dates and wording.
"""
