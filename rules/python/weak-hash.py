# Test cases for rules/python/weak-hash.yaml (semgrep --test).
import hashlib
import os

import bcrypt
from argon2 import PasswordHasher
from django.contrib.auth.hashers import make_password


def register(db, email, password):
    # ruleid: py-weak-password-hash
    digest = hashlib.md5(password.encode()).hexdigest()
    db.execute("INSERT INTO users (email, password_hash) VALUES (%s, %s)", (email, digest))


def check_password(user, pwd):
    h = hashlib.sha1()
    # ruleid: py-weak-password-hash
    h.update(user.salt + pwd.encode())
    return h.hexdigest() == user.password_hash


def legacy_hash(new_password):
    # ruleid: py-weak-password-hash
    return hashlib.new("md5", new_password.encode()).hexdigest()


# ruleid: py-django-weak-password-hasher
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]


def create_user(model, username, raw):
    # ruleid: py-django-weak-password-hasher
    return model.objects.create(username=username, password=make_password(raw, hasher="unsalted_md5"))


# --- safe alternatives ----------------------------------------------------------------------------


def register_safely(db, email, password):
    # ok: py-weak-password-hash
    digest = PasswordHasher().hash(password)
    db.execute("INSERT INTO users (email, password_hash) VALUES (%s, %s)", (email, digest))


def hash_with_pbkdf2(password):
    salt = os.urandom(16)
    # ok: py-weak-password-hash
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def hash_with_bcrypt(password):
    # ok: py-weak-password-hash
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def file_checksum(path):
    with open(path, "rb") as fh:
        # ok: py-weak-password-hash
        return hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()


def create_user_safely(model, username, raw):
    # ok: py-django-weak-password-hasher
    return model.objects.create(username=username, password=make_password(raw))


def hashers_for_settings():
    # ok: py-django-weak-password-hasher
    return [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
