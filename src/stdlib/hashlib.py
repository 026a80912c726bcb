"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512, sha3_*,
blake2b, blake2s, shake_128/256 (over Node's crypto), new(name), pbkdf2_hmac, file_digest.

    >>> import hashlib
    >>> hashlib.sha256(b"Nobody inspects the spammish repetition").hexdigest()
    '031edd7d41651593c5fe5c006fa5752b37fddff7bc4e843aa6af0c950f4b9406'
"""

import _hashlib
from _hashlib import new, pbkdf2_hmac, scrypt, file_digest

algorithms_guaranteed = frozenset(_hashlib._guaranteed)
algorithms_available = frozenset(_hashlib.openssl_md_meth_names)

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')

for _name in __always_supported:
    if hasattr(_hashlib, _name):
        globals()[_name] = getattr(_hashlib, _name)
del _name
