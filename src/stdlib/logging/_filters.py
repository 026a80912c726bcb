"""Filters: which records a logger or handler lets through, beyond its level."""


class Filter(object):
    """Passes the records of the logger called name and of the loggers below it:
    Filter('app.db') passes 'app.db' and 'app.db.pool' but not 'app.dbx' or 'app'.
    Filter() passes every record."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer(object):
    """Something with a list of filters (the base of Logger and Handler).

    A filter is an object with a filter(record) method or a plain callable; a record
    passes when every filter returns a true value."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True when all the filters pass the record (they may also change it)."""
        for each in self.filters:
            check = each.filter if hasattr(each, 'filter') else each
            if not check(record):
                return False
        return True
