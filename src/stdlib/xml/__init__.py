"""Core XML support for Python (pygil: xml.etree.ElementTree only)."""
