"""Control-C handling for test runs (the -c option). pygil has no signal module yet, so
installHandler() refuses clearly; registering results works and changes nothing."""


__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    raise NotImplementedError("unittest's Control-C handler (-c, catchbreak) needs the signal "
                              "module, which pygil does not have yet")


def removeHandler(method=None):
    if method is not None:
        return method
