# Test cases for rules/python/deserialization.yaml (semgrep --test).
import base64
import json
import pickle

import yaml
from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.route("/session")
def restore_session():
    raw = base64.b64decode(request.cookies["session"])
    # ruleid: py-deserialize-pickle
    session = pickle.loads(raw)
    return {"user": session["user"]}


def load_model(path):
    with open(path, "rb") as fh:
        # ruleid: py-deserialize-pickle
        return pickle.load(fh)


@app.post("/import")
def import_config():
    # ruleid: py-deserialize-yaml-unsafe-load
    config = yaml.load(request.data, Loader=yaml.Loader)
    return {"keys": sorted(config)}


def read_manifest(text):
    # ruleid: py-deserialize-yaml-unsafe-load
    return yaml.load(text)


def read_legacy(text):
    # ruleid: py-deserialize-yaml-unsafe-load
    return yaml.unsafe_load(text)


def read_with_ruamel(text):
    # ruleid: py-deserialize-yaml-unsafe-load
    return YAML(typ="unsafe").load(text)


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/session")
def restore_session_safely():
    # ok: py-deserialize-pickle
    session = json.loads(base64.b64decode(request.cookies["session"]))
    return {"user": session["user"]}


def save_model(model, path):
    with open(path, "wb") as fh:
        # ok: py-deserialize-pickle
        pickle.dump(model, fh)


@app.post("/safe/import")
def import_config_safely():
    # ok: py-deserialize-yaml-unsafe-load
    config = yaml.safe_load(request.data)
    return {"keys": sorted(config)}


def read_manifest_safely(text):
    # ok: py-deserialize-yaml-unsafe-load
    return yaml.load(text, Loader=yaml.SafeLoader)


def read_with_ruamel_safely(text):
    # ok: py-deserialize-yaml-unsafe-load
    return YAML(typ="safe").load(text)
