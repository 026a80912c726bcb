# secrets: token lengths, randbelow's range and errors, the module's public names
import secrets
for a in (0,-1):
  try: secrets.randbelow(a)
  except Exception as e: print(type(e).__name__, e)
try: secrets.token_bytes(-1)
except Exception as e: print(type(e).__name__, e)
print(secrets.__all__, secrets.DEFAULT_ENTROPY)
print(repr(secrets.token_hex(0)), repr(secrets.token_urlsafe(0)), secrets.randbelow(True))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), sorted({secrets.randbelow(3) for _ in range(100)}))
print(len(secrets.token_urlsafe(1)), len(secrets.token_urlsafe(2)), len(secrets.token_urlsafe()))
print(secrets.randbelow(2**70) < 2**70, type(secrets.SystemRandom()).__name__)
