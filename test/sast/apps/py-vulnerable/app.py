# A small Flask app with one planted problem of each class the SAST stage must find (see the PLANTED comments).
import hashlib
import os
import pickle
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, make_response, redirect, request, send_file

app = Flask(__name__)

# PLANTED hard-coded-credential
DATABASE_PASSWORD = "changeme-not-a-real-password"


@app.route("/users")
def users():
    db = sqlite3.connect("shop.db")
    # PLANTED sql-injection
    rows = db.execute("SELECT * FROM users WHERE id = " + request.args.get("id")).fetchall()
    return {"users": rows}


@app.route("/ping")
def ping():
    # PLANTED command-injection
    out = subprocess.check_output("ping -c 1 " + request.args.get("host"), shell=True)
    return out


@app.route("/calc")
def calc():
    # PLANTED code-injection
    return str(eval(request.args.get("expr")))


@app.route("/files")
def files():
    # PLANTED path-traversal
    return send_file(os.path.join("/srv/files", request.args.get("name")))


@app.route("/preview")
def preview():
    # PLANTED ssrf
    page = requests.get(request.args.get("url"), timeout=5)
    return {"length": len(page.text)}


@app.route("/hello")
def hello():
    # PLANTED xss
    return make_response("<h1>Hello " + request.args.get("name") + "</h1>")


@app.route("/session", methods=["POST"])
def session():
    # PLANTED insecure-deserialization
    data = pickle.loads(request.get_data())
    return {"user": data["user"]}


@app.route("/config", methods=["POST"])
def config():
    # PLANTED insecure-deserialization
    settings = yaml.load(request.get_data())
    return {"keys": list(settings)}


def hash_password(password):
    # PLANTED weak-password-hash
    return hashlib.md5(password.encode()).hexdigest()


def fetch_status():
    # PLANTED tls-verification-disabled
    return requests.get("https://status.internal.example", verify=False, timeout=5).status_code


@app.route("/login/done")
def login_done():
    # PLANTED open-redirect
    return redirect(request.args.get("next"))
