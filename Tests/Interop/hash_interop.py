#!/usr/bin/env python3
"""Hash and verify passwords with independent implementations, for Guesswork's interop tests.

Uses argon2-cffi (Argon2, PHC strings) and bcrypt (pyca/bcrypt, modular crypt
format); install them with `pip install argon2-cffi bcrypt`. The password
arrives as JSON on standard input, never as an argument, so any Unicode text
(including NUL) survives unchanged:

    echo '{"password": "pässword"}' | hash_interop.py hash-argon2id 1024 1 1
    echo '{"password": "pässword"}' | hash_interop.py hash-bcrypt 4
    echo '{"password": "p", "hash": "$2b$04$..."}' | hash_interop.py verify

Output is one line: the hash, `match`, `mismatch`, or `error: <exception type>`
(with exit status 0 in all four cases, so a caller can tell an error that the
library raised from a broken script, which exits non-zero).
"""

import json
import sys

import argon2
import bcrypt


def hash_argon2id(password: bytes, memory_kib: int, iterations: int, parallelism: int) -> str:
    hasher = argon2.PasswordHasher(
        time_cost=iterations,
        memory_cost=memory_kib,
        parallelism=parallelism,
        hash_len=32,
        salt_len=16,
        type=argon2.Type.ID,
    )
    return hasher.hash(password)


def hash_bcrypt(password: bytes, cost: int) -> str:
    return bcrypt.hashpw(password, bcrypt.gensalt(rounds=cost)).decode("ascii")


def verify(password: bytes, stored: str) -> bool:
    if stored.startswith("$argon2"):
        try:
            # PasswordHasher.verify reads the variant and parameters from the hash itself.
            return argon2.PasswordHasher().verify(stored, password)
        except argon2.exceptions.VerifyMismatchError:
            return False
    return bcrypt.checkpw(password, stored.encode("ascii"))


def main() -> int:
    request = json.load(sys.stdin)
    password = request["password"].encode("utf-8")
    command = sys.argv[1]
    try:
        if command == "hash-argon2id":
            memory_kib, iterations, parallelism = (int(value) for value in sys.argv[2:5])
            print(hash_argon2id(password, memory_kib, iterations, parallelism))
        elif command == "hash-bcrypt":
            print(hash_bcrypt(password, int(sys.argv[2])))
        elif command == "verify":
            print("match" if verify(password, request["hash"]) else "mismatch")
        else:
            print(f"unknown command {command!r}", file=sys.stderr)
            return 2
    except (ValueError, argon2.exceptions.Argon2Error) as error:
        print(f"error: {type(error).__name__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
