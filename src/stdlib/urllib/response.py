"""Response classes used by urllib: addinfourl and friends."""

from urllib.request import addinfourl

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']

addbase = addinfo = addinfourl


class addclosehook(addinfourl):
    def __init__(self, fp, closehook, *hookargs):
        addinfourl.__init__(self, fp, None, None)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            if self.closehook:
                self.closehook(*self.hookargs)
                self.closehook = None
        finally:
            addinfourl.close(self)
