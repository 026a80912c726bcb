"""Command-line parsing: ArgumentParser, actions, help formatters and Namespace.

Written for pygil from the documented behaviour of CPython 3.11's argparse: the same
parsing results, usage/help text (wrapped to the terminal width minus 2, from
shutil.get_terminal_size(), i.e. $COLUMNS or 80), error messages and exit statuses.

How parsing works: every command-line string is classified as 'O' (an option string this
parser knows or might know), 'A' (an argument) or '-' (the '--' separator), giving a pattern
string such as "OAAOA". Each action's nargs is a small pattern over those letters
(_NargsPattern); options consume what follows them, positionals are matched greedily in
runs between options. The patterns are matched by a tiny backtracking matcher with the same
greedy-first results a regular expression would give, so this module does not need `re`.
"""

import os as _os
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

# What the help formatter treats as whitespace (an ASCII-only \s).
_ASCII_SPACE = ' \t\n\r\x0b\x0c'


def _collapse_spaces(text):
    """Runs of ASCII whitespace become one space; the ends are stripped."""
    out = []
    in_space = False
    for ch in text:
        if ch in _ASCII_SPACE:
            in_space = True
        else:
            if in_space and out:
                out.append(' ')
            in_space = False
            out.append(ch)
    return ''.join(out).strip()


def _is_negative_number(s):
    """'-12' or '-1.5' / '-.5' (digits are Unicode decimals, as \\d)."""
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdecimal():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and (whole == '' or whole.isdecimal()) and frac.isdecimal()


# ---------------------------------------------------------------------------------------
# Shared repr
# ---------------------------------------------------------------------------------------

class _AttributeHolder(object):
    """repr as ClassName(positional..., name=value, ..., **{'odd name': value})."""

    def __repr__(self):
        parts = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            parts.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------------------

def _split_usage_parts(text):
    """Cut a usage string into wrappable parts: a bracketed/parenthesised group up to its
    closing run of brackets followed by a space (or the end), else a run of non-spaces."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        end = -1
        if ch == '(' or ch == '[':
            close = ')' if ch == '(' else ']'
            k = i + 1
            while k < n and text[k] != '\n':
                if text[k] == close:
                    m = k
                    while m < n and text[m] == close:
                        m += 1
                    if m == n or text[m].isspace():
                        end = m
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def _pack_usage_parts(parts, width, indent, first_col=None):
    """Greedy fill: parts joined by single spaces, lines no wider than `width` unless a
    single part is. Lines start with `indent`, except that when `first_col` is given the
    first line comes back bare, because the caller already printed that many columns."""
    rows = []
    row = []
    used = len(indent) if first_col is None else first_col
    for part in parts:
        if row and used + len(part) > width:
            rows.append(row)
            row = []
            used = len(indent)
        row.append(part)
        used += len(part) + 1
    if row:
        rows.append(row)
    lines = []
    for number, row in enumerate(rows):
        lead = '' if number == 0 and first_col is not None else indent
        lines.append(lead + ' '.join(row))
    return lines


class HelpFormatter(object):
    """Formats usage and help. Items are added in sections; format_help renders them."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._shift_indent(1)

    def _dedent(self):
        self._shift_indent(-1)

    def _shift_indent(self, steps):
        self._level += steps
        self._current_indent += steps * self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    class _Section(object):
        """A heading plus queued (render, args) items; rendered lazily by format_help."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            # a nested section's contents sit one indent level deeper than its heading
            if nested:
                fmt._indent()
            body = fmt._join_parts([render(*args) for render, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''      # an empty section disappears, heading and all
            heading = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                heading = f"{' ' * fmt._current_indent}{self.heading}:\n"
            return fmt._join_parts(['\n', heading, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- what callers add --

    def start_section(self, heading):
        # the heading is indented like its parent's contents
        self._indent()
        child = self._Section(self, self._current_section, heading)
        self._add_item(child.format_help, [])
        self._current_section = child

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for sub in self._iter_indented_subactions(action):
            invocations.append(self._format_action_invocation(sub))
        longest = max(len(s) for s in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, longest)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            # three or more newlines in a row become a blank line
            while '\n\n\n' in text:
                text = text.replace('\n\n\n', '\n\n')
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_parts = _split_usage_parts(self._format_actions_usage(optionals, groups))
                pos_parts = _split_usage_parts(self._format_actions_usage(positionals, groups))

                first_col = len(prefix)
                if first_col + len(prog) <= 0.75 * text_width:
                    # continuation lines line up just after the program name;
                    # positionals start a fresh line when there are options
                    indent = ' ' * (first_col + len(prog) + 1)
                    head, tail = (opt_parts, pos_parts) if opt_parts else (pos_parts, [])
                    lines = (_pack_usage_parts([prog] + head, text_width, indent, first_col)
                             + _pack_usage_parts(tail, text_width, indent))
                else:
                    # a long program name gets the first line to itself
                    indent = ' ' * first_col
                    rest = _pack_usage_parts(opt_parts + pos_parts, text_width, indent)
                    if len(rest) > 1:
                        rest = (_pack_usage_parts(opt_parts, text_width, indent)
                                + _pack_usage_parts(pos_parts, text_width, indent))
                    lines = [prog] + rest
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        grouped = set()
        inserts = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            for action in group._group_actions:
                grouped.add(action)
            shown = len([a for a in group._group_actions if a.help is not SUPPRESS])
            # a required group is parenthesised only when there is a choice to show
            if not group.required or shown > 1:
                opener, closer = ('(', ')') if group.required else ('[', ']')
                inserts[start] = inserts[start] + ' ' + opener if start in inserts else opener
                inserts[end] = inserts[end] + closer if end in inserts else closer
            for i in range(start + 1, end):
                inserts[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    inserts.pop(i)
                elif inserts.get(i + 1) == '|':
                    inserts.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (action.option_strings[0], args)
                if not action.required and action not in grouped:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = ' '.join([p for p in parts if p is not None])
        return _tidy_brackets(text).strip()

    # -- text and actions --

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = '%*s%s\n' % (self._current_indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (self._current_indent, '', action_width, header)
        else:
            header = '%*s%s\n' % (self._current_indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(['%s %s' % (opt, args) for opt in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_collapse_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_collapse_spaces(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _tidy_brackets(text):
    """No space just inside a bracket or parenthesis; empty groups disappear."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in '[(' and i + 1 < n and text[i + 1] == ' ':
            out.append(ch)
            i += 2
            continue
        if ch == ' ' and i + 1 < n and text[i + 1] in '])':
            i += 1
            continue
        out.append(ch)
        i += 1
    text = ''.join(out)
    # "[ ]", "()" and the like (an opener, spaces, a closer) vanish
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in '[(':
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in '])':
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to give their own error message."""
    pass


# ---------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument's strings once they are matched."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for opt in option_strings:
            strings.append(opt)
            if opt.startswith('--'):
                strings.append('--no-' + opt[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default,
                         nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default,
                         nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the remaining strings."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        # neither the name nor any alias may already be taken
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = next((alias for alias in aliases if alias in taken), None)
        if clash is not None:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash)
        # only sub-commands given help= get a line in the parent's help
        if 'help' in kwargs:
            pseudo = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(pseudo)
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            taken[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, arg_strings = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        subparser = self._name_parser_map.get(command)
        if subparser is None:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (command, known))
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


# ---------------------------------------------------------------------------------------
# Type factories
# ---------------------------------------------------------------------------------------

class FileType(object):
    """type=FileType('w'): opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        shown += ['%s=%r' % (k, v) for k, v in (('encoding', self._encoding),
                                                 ('errors', self._errors)) if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ---------------------------------------------------------------------------------------
# nargs patterns: a tiny greedy backtracking matcher over the 'O'/'A'/'-' classification
# ---------------------------------------------------------------------------------------

class _NargsPattern(object):
    """A sequence of groups; each group is a list of (allowed letters, min, max) steps.
    match(s) anchors at the start and returns each group's length, or None."""

    def __init__(self, groups):
        self.groups = groups

    @staticmethod
    def for_action(action):
        many = 1 << 30
        dash = ('-', 0, many)
        nargs = action.nargs
        if nargs is None:
            steps = [dash, ('A', 1, 1), dash]
        elif nargs == OPTIONAL:
            steps = [dash, ('A', 0, 1), dash]
        elif nargs == ZERO_OR_MORE:
            steps = [dash, ('A-', 0, many)]
        elif nargs == ONE_OR_MORE:
            steps = [dash, ('A', 1, 1), ('A-', 0, many)]
        elif nargs == REMAINDER:
            steps = [('-AO', 0, many)]
        elif nargs == PARSER:
            steps = [dash, ('A', 1, 1), ('-AO', 0, many)]
        elif nargs == SUPPRESS:
            steps = [dash, dash]
        else:
            steps = [dash]
            for _ in range(nargs):
                steps.append(('A', 1, 1))
                steps.append(dash)
        if action.option_strings:
            # an option's arguments never include '--'
            steps = [(letters.replace('-', ''), lo, hi) for letters, lo, hi in steps
                     if (letters, lo, hi) != dash]
        return steps

    def match(self, s):
        flat = []
        for gi, steps in enumerate(self.groups):
            for step in steps:
                flat.append((gi, step))
        lengths = [0] * len(self.groups)
        n = len(s)

        def run(k, pos):
            if k == len(flat):
                return True
            gi, (letters, lo, hi) = flat[k]
            limit = pos
            while limit < n and limit - pos < hi and s[limit] in letters:
                limit += 1
            count = limit - pos
            while count >= lo:
                lengths[gi] += count
                if run(k + 1, pos + count):
                    return True
                lengths[gi] -= count
                count -= 1
            return False

        if run(0, 0):
            return lengths
        return None


# ---------------------------------------------------------------------------------------
# Containers: parsers and groups
# ---------------------------------------------------------------------------------------

def _override_attrs(objects, **values):
    """Set the given attributes on every object; return what restores them."""
    saved = [(obj, name, getattr(obj, name)) for obj in objects for name in values]
    for obj in objects:
        for name, value in values.items():
            setattr(obj, name, value)
    return saved


def _restore_attrs(saved):
    for obj, name, value in saved:
        setattr(obj, name, value)


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in ((None, _StoreAction), ('store', _StoreAction),
                          ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
                          ('store_false', _StoreFalseAction), ('append', _AppendAction),
                          ('append_const', _AppendConstAction), ('count', _CountAction),
                          ('help', _HelpAction), ('version', _VersionAction),
                          ('parsers', _SubParsersAction), ('extend', _ExtendAction)):
            self.register('action', name, cls)
        # fail early on an unknown conflict_handler name
        self._get_handler()

        self._actions = []                   # every argument, in the order added
        self._option_string_actions = {}     # '-x' / '--xyz' -> its action
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}                  # from set_defaults()
        # holds one True once some option looks like a negative number
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        registry = self._registries.setdefault(registry_name, {})
        registry[value] = object

    def _registry_get(self, registry_name, value, default=None):
        registry = self._registries[registry_name]
        return registry.get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # arguments that already exist pick the new default up as well
        for action in filter(lambda a: a.dest in kwargs, self._actions):
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        # a non-None default on the argument itself beats set_defaults()
        own = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return own[0] if own else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        # a single name without a prefix character (or no name at all) is a positional
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        if positional:
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            # set_defaults() outranks the parser-wide argument_default
            dest = kwargs['dest']
            if dest in self._defaults or self.argument_default is not None:
                kwargs['default'] = self._defaults.get(dest, self.argument_default)

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        self._validate_new_action(action)
        return self._add_action(action)

    def _validate_new_action(self, action):
        # catch a bad type or metavar now rather than at parse time
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        if not hasattr(self, '_get_formatter'):
            return      # argument groups have no formatter of their own
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs")

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        # once an option looks like a negative number, '-1' can no longer be a value
        if any(_is_negative_number(option) for option in action.option_strings):
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        title_group_map = {}
        for group in self._action_groups:
            if group.title in title_group_map:
                raise ValueError('cannot merge actions - two groups are named %r' % group.title)
            title_group_map[group.title] = group
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_group_map:
                title_group_map[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_map[action] = title_group_map[group.title]
        for group in container._mutually_exclusive_groups:
            mutex_group = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_map[action] = mutex_group
        for action in container._actions:
            group_map.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for opt in args:
            if not opt[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (opt, self.prefix_chars))
            option_strings.append(opt)
            if len(opt) > 1 and opt[1] in self.prefix_chars:
                long_option_strings.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % opt)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)

    def _check_conflict(self, action):
        conflicts = []
        for opt in action.option_strings:
            if opt in self._option_string_actions:
                conflicts.append((opt, self._option_string_actions[opt]))
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        word = 'string' if len(conflicting_actions) == 1 else 'strings'
        names = ', '.join([opt for opt, _ in conflicting_actions])
        raise ArgumentError(action, 'conflicting option %s: %s' % (word, names))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, old in conflicting_actions:
            old.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser too."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # shared with the parser, so that adding to a group adds to the parser
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which at most one (exactly one if required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace, and prints usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            try:
                defaults = parent._defaults
            except AttributeError:
                pass
            else:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    # -- sub-commands --

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # the sub-parsers' prog: this parser's usage up to its positionals
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        # options and positionals are listed under separate help headings
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing --

    def _reject_extras(self, extras):
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        self._reject_extras(extras)
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # defaults first, but never over what the caller's namespace already holds
        for action in self._actions:
            if action.dest is SUPPRESS or action.default is SUPPRESS:
                continue
            if not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # strings a sub-parser could not use travel back on the namespace
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # which actions each action excludes (mutually exclusive groups)
        conflicts_of = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                bucket = conflicts_of.setdefault(member, [])
                bucket.extend(members[:i])
                bucket.extend(members[i + 1:])

        # classify every string: O (option), A (argument), - (the '--' separator)
        option_at = {}
        letters = []
        after_separator = False
        for i, arg_string in enumerate(arg_strings):
            if after_separator:
                letters.append('A')
            elif arg_string == '--':
                letters.append('-')
                after_separator = True
            else:
                found = self._parse_optional(arg_string)
                if found is None:
                    letters.append('A')
                else:
                    option_at[i] = found
                    letters.append('O')
        pattern = ''.join(letters)

        seen_actions = set()
        seen_non_default_actions = set()
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default_actions.add(action)
                for other in conflicts_of.get(action, []):
                    if other in seen_non_default_actions:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_at[start_index]
            taken = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    arg_count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if arg_count == 0 and option_string[1] not in chars and explicit_arg != '':
                        # -xyz: -x takes no argument, so -y (and so on) follow it
                        taken.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        rest = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = rest
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r'
                                                % explicit_arg)
                    elif arg_count == 1:
                        stop = start_index + 1
                        taken.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit_arg)
                else:
                    start = start_index + 1
                    arg_count = self._match_argument(action, pattern[start:])
                    stop = start + arg_count
                    taken.append((action, arg_strings[start:stop], option_string))
                    break
            for action, args, option_string in taken:
                take_action(action, args, option_string)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(start_index):
            counts = self._match_arguments_partial(positionals, pattern[start_index:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start_index:start_index + count]
                start_index += count
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start_index

        start_index = 0
        last_option = max(option_at) if option_at else -1
        while start_index <= last_option:
            next_option = min([i for i in option_at if i >= start_index])
            if start_index != next_option:
                end = consume_positionals(start_index)
                if end > start_index:
                    start_index = end
                    continue
                start_index = end
            if start_index not in option_at:
                extras.extend(arg_strings[start_index:next_option])
                start_index = next_option
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        missing = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    missing.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    # a string default goes through type= like a given value
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default_actions:
                        break
                else:
                    names = [_get_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                result.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    read = []
                    for line in args_file.read().splitlines():
                        for arg in self.convert_arg_line_to_args(line):
                            read.append(arg)
                    result.extend(self._read_args_from_files(read))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        lengths = _NargsPattern([_NargsPattern.for_action(action)]).match(arg_strings_pattern)
        if lengths is None:
            messages = {None: 'expected one argument',
                        OPTIONAL: 'expected at most one argument',
                        ONE_OR_MORE: 'expected at least one argument'}
            msg = messages.get(action.nargs)
            if msg is None:
                word = 'argument' if action.nargs == 1 else 'arguments'
                msg = 'expected %s %s' % (action.nargs, word)
            raise ArgumentError(action, msg)
        return lengths[0]

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many positionals as can be matched, from all of them down to one
        for i in range(len(actions), 0, -1):
            groups = [_NargsPattern.for_action(a) for a in actions[:i]]
            lengths = _NargsPattern(groups).match(arg_strings_pattern)
            if lengths is not None:
                return lengths
        return []

    def _parse_optional(self, arg_string):
        if not arg_string:
            return None
        if not arg_string[0] in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join([opt for _, opt, _ in option_tuples])
            self.error('ambiguous option: %s could match %s' % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]
        if _is_negative_number(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    prefix, explicit_arg = option_string.split('=', 1)
                else:
                    prefix, explicit_arg = option_string, None
                for opt in self._option_string_actions:
                    if opt.startswith(prefix):
                        result.append((self._option_string_actions[opt], opt, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_prefix = option_string[:2]
            short_explicit = option_string[2:]
            for opt in self._option_string_actions:
                if opt == short_prefix:
                    result.append((self._option_string_actions[opt], opt, short_explicit))
                elif opt.startswith(option_string):
                    result.append((self._option_string_actions[opt], opt, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        self._reject_extras(extras)
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: first only the options are parsed (positionals made inert),
        # then whatever strings were left over are handed to the positionals.
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        grouped = [a for g in self._mutually_exclusive_groups for a in g._group_actions]
        if any(action in positionals for action in grouped):
            raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')

        original_usage = self.usage
        try:
            if original_usage is None:
                # freeze the usage text now; the passes below disturb the actions
                self.usage = self.format_usage()[len('usage: '):]
            saved = _override_attrs(positionals, nargs=SUPPRESS, default=SUPPRESS)
            try:
                namespace, leftover = self.parse_known_args(args, namespace)
                # an empty list here only means "nothing seen yet"
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        delattr(namespace, action.dest)
            finally:
                _restore_attrs(saved)
            # second pass: required options were already dealt with by the first
            relaxed = self._get_optional_actions() + list(self._mutually_exclusive_groups)
            saved = _override_attrs(relaxed, required=False)
            try:
                namespace, extras = self.parse_known_args(leftover, namespace)
            finally:
                _restore_attrs(saved)
        finally:
            self.usage = original_usage
        return namespace, extras

    # -- values --

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            # the first '--' only marked the end of options; it is not a value
            cut = arg_strings.index('--')
            arg_strings = arg_strings[:cut] + arg_strings[cut + 1:]

        if nargs == SUPPRESS:
            return SUPPRESS
        if nargs == REMAINDER:
            # taken verbatim, choices are not enforced
            return [self._get_value(action, s) for s in arg_strings]
        if nargs == PARSER:
            # only the sub-command name is checked against the choices
            converted = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, converted[0])
            return converted
        if not arg_strings and nargs == OPTIONAL:
            # '?' with nothing given: an option falls back on const, a positional on default
            fallback = action.default if not action.option_strings else action.const
            if isinstance(fallback, str):
                fallback = self._get_value(action, fallback)
                self._check_value(action, fallback)
            return fallback
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            fallback = arg_strings if action.default is None else action.default
            self._check_value(action, fallback)
            return fallback
        if nargs in (None, OPTIONAL) and len(arg_strings) == 1:
            single = self._get_value(action, arg_strings[0])
            self._check_value(action, single)
            return single
        converted = [self._get_value(action, s) for s in arg_strings]
        for item in converted:
            self._check_value(action, item)
        return converted

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as exc:
            # the type function chose its own message
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (type_name, arg_string))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None or value in choices:
            return
        listed = ', '.join(repr(choice) for choice in choices)
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- help and errors --

    def _formatter_with_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        # usage, description, one section per argument group, then the epilog
        formatter = self._formatter_with_usage()
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        stream = file if file else _sys.stderr
        try:
            stream.write(message)
        except (AttributeError, OSError):
            # no usable stream (closed, or None under pythonw): stay silent
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'PROG: error: MESSAGE' to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
