"""Erasing a customer for good: from the library, its search index, every copy in the data folder
and the log files, with the freed bytes overwritten. No Qt here."""
