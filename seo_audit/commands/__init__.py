"""The use cases behind the command line, one module each (`outline`…): `cli.py` parses
the arguments and hands them here; what a command does, and its exit code, live here."""
