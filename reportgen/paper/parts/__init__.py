"""One module per part of the paper: its words, lists, tables and figures, decided once."""
