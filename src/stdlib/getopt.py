"""Parser for command line options (getopt and gnu_getopt), in the style of C's getopt().

Written for pygil from the documented behaviour of CPython 3.11's getopt module, with its
error messages.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Options are parsed up to the first non-option argument (or '--')."""
    opts = []
    longopts = _as_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and non-option arguments may be intermixed (unless
    shortopts starts with '+' or POSIXLY_CORRECT is set)."""
    opts = []
    prog_args = []
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        if args[0] == '--':
            prog_args += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif options_first:
            prog_args += args
            break
        else:
            prog_args.append(args[0])
            args = args[1:]
    return opts, prog_args


def _do_long(opts, opt, longopts, args):
    opt, eq, optarg = opt.partition('=')
    if not eq:
        optarg = None
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def _long_has_args(opt, longopts):
    """(takes an argument?, full option name) for a possibly abbreviated long option."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _do_shorts(opts, optstring, shortopts, args):
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
