# The same Flask app with every problem fixed the way the rules' messages recommend.
import hashlib
import os
import json
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, abort, jsonify, redirect, request, send_from_directory, url_for

app = Flask(__name__)

DATABASE_PASSWORD = os.environ.get("DATABASE_PASSWORD")


@app.route("/users")
def users():
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT * FROM users WHERE id = ?", (request.args.get("id"),)).fetchall()
    return {"users": rows}


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    if not host.replace(".", "").replace("-", "").isalnum():
        abort(400)
    return jsonify(output=subprocess.check_output(["ping", "-c", "1", host]).decode())


@app.route("/calc")
def calc():
    a, b = (int(x) for x in request.args.get("expr", "0+0").split("+"))
    return str(a + b)


@app.route("/files")
def files():
    return send_from_directory("/srv/files", request.args.get("name"))


@app.route("/preview")
def preview():
    page = requests.get("https://example.com/preview", timeout=5)
    return {"length": len(page.text)}


@app.route("/hello")
def hello():
    return jsonify(greeting="Hello " + request.args.get("name", ""))


@app.route("/session", methods=["POST"])
def session():
    data = json.loads(request.get_data())
    return {"user": data["user"]}


@app.route("/config", methods=["POST"])
def config():
    settings = yaml.safe_load(request.get_data())
    return {"keys": list(settings)}


def hash_password(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()


def fetch_status():
    return requests.get("https://status.internal.example", timeout=5).status_code


@app.route("/login/done")
def login_done():
    return redirect(url_for("account"))
