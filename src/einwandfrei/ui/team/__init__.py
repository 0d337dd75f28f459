"""The team playbook in the window: File ▸ Team Library…, the background pull, the "Team" marks
and the editor's team bar. The work with the server runs off the window's thread (`jobs`)."""
