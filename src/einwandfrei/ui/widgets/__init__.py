"""Small widgets several pages share: self-saving text fields, pickers, list editors."""
