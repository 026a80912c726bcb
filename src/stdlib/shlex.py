"""A lexical analyzer class for simple shell-like syntaxes: shlex, split, quote, join.

Written for pygil from the documented behaviour of CPython 3.11's shlex: the same tokens
in POSIX and non-POSIX (compatibility) mode, with punctuation_chars, whitespace_split,
comments, quotes and escapes, and the same errors ("No closing quotation", "No escaped
character"). The `debug` attribute is accepted but prints nothing.
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# Reader states besides "inside this quote/escape character":
_SPACE = ' '     # between tokens
_WORD = 'a'      # inside a word
_PUNCT = 'c'     # inside a run of punctuation characters


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        # reading position and queues
        self.lineno = 1
        self.state = _SPACE
        self.token = ''
        self.pushback = deque()      # whole tokens given back via push_token
        self.filestack = deque()     # (infile, instream, lineno) of outer sources
        self.source = None           # keyword that triggers file inclusion
        self.debug = 0
        # True selects the documented default set; a falsy value means none
        punct = '();<>|&' if punctuation_chars is True else (punctuation_chars or '')
        self._punctuation_chars = punct
        if punct:
            # characters read ahead past a punctuation run, given back before reading more
            self._pushback_chars = deque()
            # these join words (file names, options) when punctuation is split off,
            # but a character that is punctuation can never also be a word character
            extra = self.wordchars + '~-./*?='
            self.wordchars = ''.join([c for c in extra if c not in punct])

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = _SPACE

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        self._quoted = False
        self._after_escape = _SPACE   # the state an escaped character returns to
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == _SPACE:
                done = self._between_tokens(ch)
            elif state in self.quotes:
                done = self._in_quotes(ch)
            elif state in self.escape:
                done = self._after_escape_char(ch)
            elif state in (_WORD, _PUNCT):
                done = self._in_word(ch)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        return result

    def _have_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _between_tokens(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._after_escape = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = _WORD
        elif ch in self._punctuation_chars:
            self.token = ch
            self.state = _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = _WORD
        else:
            # any other character is a token by itself
            self.token = ch
            return self._have_token()
        return False

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        if ch == self.state:
            if not self.posix:
                self.token += ch
                self.state = _SPACE
                return True
            self.state = _WORD
        elif self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._after_escape = self.state
            self.state = ch
        else:
            self.token += ch
        return False

    def _after_escape_char(self, ch):
        if not ch:
            raise ValueError("No escaped character")
        # inside quotes only the quote itself and the escape character can be escaped;
        # before anything else the backslash stays
        back_to = self._after_escape
        if back_to in self.quotes and ch != self.state and ch != back_to:
            self.token += self.state
        self.token += ch
        self.state = back_to
        return False

    def _in_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = _SPACE
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _SPACE
                return self._have_token()
            return False
        if self.state == _PUNCT:
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = _SPACE
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._after_escape = _WORD
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # the character ends the word and is read again as the next token
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = _SPACE
            return self._have_token()
        return False

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        # a quoted name loses its quotes; a relative one is taken next to the current file
        if newfile.startswith('"'):
            newfile = newfile[1:-1]
        base = self.infile
        if isinstance(base, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(base), newfile)
        stream = open(newfile, "r")
        return (newfile, stream)

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        name = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (name, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok != self.eof:
            return tok
        raise StopIteration


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        # 3.11 still reads stdin here, but warns that this goes away
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    # comments are kept as text unless asked for
    lexer.commenters = lexer.commenters if comments else ''
    return [tok for tok in lexer]


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    # single quotes are safe except for ' itself, which becomes '"'"'
    return "'" + s.replace("'", "'\"'\"'") + "'"
