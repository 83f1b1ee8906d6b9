# Test cases for rules/python/tls.yaml (semgrep --test).
import ssl
import urllib.request

import httpx
import requests


def inventory():
    # ruleid: py-tls-verify-disabled
    return requests.get("https://inventory.internal/api/items", verify=False, timeout=5).json()


def client():
    # ruleid: py-tls-verify-disabled
    return httpx.Client(base_url="https://billing.internal", verify=False)


def session():
    s = requests.Session()
    # ruleid: py-tls-verify-disabled
    s.verify = False
    return s


def legacy_fetch(url):
    # ruleid: py-tls-unverified-ssl-context
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def custom_context():
    ctx = ssl.create_default_context()
    # ruleid: py-tls-unverified-ssl-context
    ctx.check_hostname = False
    # ruleid: py-tls-unverified-ssl-context
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# --- safe alternatives ----------------------------------------------------------------------------


def inventory_safely():
    # ok: py-tls-verify-disabled
    return requests.get("https://inventory.internal/api/items", verify="/etc/ssl/internal-ca.pem", timeout=5).json()


def client_safely():
    # ok: py-tls-verify-disabled
    return httpx.Client(base_url="https://billing.internal")


def fetch_safely(url):
    # ok: py-tls-unverified-ssl-context
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    return urllib.request.urlopen(url, context=ctx).read()


def strict_context():
    ctx = ssl.create_default_context()
    # ok: py-tls-unverified-ssl-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
