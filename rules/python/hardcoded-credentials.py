# Test cases for rules/python/hardcoded-credentials.yaml (semgrep --test).
# The values are deliberately fake and low-entropy: they only have to look like literals to the rules.
import os
import smtplib

import jwt
import psycopg2
import requests
from flask import Flask
from sqlalchemy import create_engine

app = Flask(__name__)

# ruleid: py-hardcoded-credential
SECRET_KEY = "changeme-not-a-real-django-key"

# ruleid: py-hardcoded-credential
app.config["SECRET_KEY"] = "not-a-real-flask-secret"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "USER": "shop",
        # ruleid: py-hardcoded-credential
        "PASSWORD": "not-a-real-password",
    }
}

# ruleid: py-hardcoded-credential
STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "fake-api-key-for-tests")


def connect():
    # ruleid: py-hardcoded-credential-argument
    return psycopg2.connect(host="db.internal", dbname="shop", user="shop", password="not-a-real-password")


def fetch_report():
    # ruleid: py-hardcoded-credential-argument
    return requests.get("https://reports.internal/api", auth=("reporter", "not-a-real-password"), timeout=5)


def send_mail(msg):
    with smtplib.SMTP_SSL("smtp.example.com") as smtp:
        # ruleid: py-hardcoded-credential-argument
        smtp.login("alerts@example.com", "not-a-real-password")
        smtp.send_message(msg)


def issue_token(user_id):
    # ruleid: py-hardcoded-credential-argument
    return jwt.encode({"sub": user_id}, "not-a-real-jwt-key", algorithm="HS256")


# ruleid: py-hardcoded-credential-argument
engine = create_engine("postgresql://shop:not-a-real-password@db.internal/shop")


# --- safe alternatives ----------------------------------------------------------------------------

# ok: py-hardcoded-credential
SECRET_KEY_FROM_ENV = os.environ["DJANGO_SECRET_KEY"]

# ok: py-hardcoded-credential
PASSWORD_FIELD_LABEL = "Enter your password"

# ok: py-hardcoded-credential
API_KEY = os.environ.get("API_KEY", "")

# ok: py-hardcoded-credential
MASKED_PASSWORD = ":****"

LOGIN_FORM = {
    # ok: py-hardcoded-credential
    "password": "",
}


def connect_safely():
    # ok: py-hardcoded-credential-argument
    return psycopg2.connect(host="db.internal", dbname="shop", user="shop", password=os.environ["DB_PASSWORD"])


def issue_token_safely(user_id):
    # ok: py-hardcoded-credential-argument
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")


# ok: py-hardcoded-credential-argument
safe_engine = create_engine(os.environ["DATABASE_URL"])

# ok: py-hardcoded-credential-argument
local_engine = create_engine("postgresql://db.internal/shop")
