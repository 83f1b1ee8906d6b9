# Test cases for rules/python/ssrf.yaml (semgrep --test).
import urllib.request
from urllib.parse import quote, urlparse

import httpx
import requests
from django.http import JsonResponse
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PARTNER_APIS = {"billing": "https://billing.internal.example/api", "crm": "https://crm.internal.example/api"}
ALLOWED_IMAGE_HOSTS = {"images.example.com", "cdn.example.com"}


@app.route("/preview")
def preview():
    # ruleid: py-ssrf-request-data
    page = requests.get(request.args["url"], timeout=5)
    return page.text


@app.post("/webhooks/test")
def test_webhook():
    callback = request.get_json()["callback_url"]
    # ruleid: py-ssrf-request-data
    httpx.post(callback, json={"ping": True}, timeout=5)
    return "", 204


def fetch_avatar(request):
    # ruleid: py-ssrf-request-data
    with urllib.request.urlopen("http://" + request.GET["host"] + "/avatar.png") as resp:
        return JsonResponse({"size": len(resp.read())})


@app.route("/status")
def status():
    session = requests.Session()
    # ruleid: py-ssrf-request-data
    return session.get(request.headers["X-Backend"] + "/health", timeout=5).text


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/users/<user_id>")
def user(user_id):
    # ok: py-ssrf-request-data
    r = requests.get(f"https://api.example.com/users/{quote(user_id)}", timeout=5)
    return jsonify(r.json())


@app.route("/safe/partner")
def partner():
    base = PARTNER_APIS.get(request.args["partner"])
    if base is None:
        abort(400)
    # ok: py-ssrf-request-data
    return requests.get(base + "/health", timeout=5).text


@app.route("/safe/image")
def image():
    url = request.args["src"]
    if urlparse(url).hostname not in ALLOWED_IMAGE_HOSTS:
        abort(400)
    # ok: py-ssrf-request-data
    return requests.get(url, timeout=5).content
