"""Tokens, passwords and other secrets drawn from the operating system's random source.

Unlike the random module's default generator, every value here comes from os.urandom,
so it is fit for security-sensitive uses.
"""

import os
from base64 import urlsafe_b64encode
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

# How many random bytes a token holds when the caller does not say.
DEFAULT_ENTROPY = 32

# One shared OS-backed generator; the module-level helpers are its bound methods, as in
# CPython, so their reprs name SystemRandom.
_os_random = SystemRandom()
choice = _os_random.choice
randbits = _os_random.getrandbits


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    # A uniform draw below n: take just enough bits and retry when they overshoot.
    width = exclusive_upper_bound.bit_length()
    while True:
        candidate = _os_random.getrandbits(width)
        if candidate < exclusive_upper_bound:
            return candidate


def token_bytes(nbytes=None):
    """Return nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Return a random string of hexadecimal digits, two per random byte."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe Base64 string (no '=' padding) of nbytes random bytes."""
    encoded = urlsafe_b64encode(token_bytes(nbytes))
    return encoded.decode('ascii').rstrip('=')
