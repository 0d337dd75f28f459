"""Library files in and out: JSON (the full format), CSV (for spreadsheets) and Markdown. No Qt."""
