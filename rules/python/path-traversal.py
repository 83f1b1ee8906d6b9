# Test cases for rules/python/path-traversal.yaml (semgrep --test).
import os
from pathlib import Path

from django.http import FileResponse, HttpResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
BASE_DIR = Path(UPLOAD_DIR).resolve()


@app.route("/download")
def download():
    name = request.args["file"]
    # ruleid: py-path-traversal-request-data
    return send_file(os.path.join(UPLOAD_DIR, name))


@app.route("/notes/<note>")
def read_note(note):
    # ruleid: py-path-traversal-request-data
    with open(f"/srv/notes/{note}.txt") as fh:
        return fh.read()


@app.post("/avatar")
def save_avatar():
    target = Path(UPLOAD_DIR) / request.form["filename"]
    # ruleid: py-path-traversal-request-data
    target.write_bytes(request.files["avatar"].read())
    return "", 204


def delete_export(request):
    # ruleid: py-path-traversal-request-data
    os.remove(os.path.join("/srv/exports", request.POST["name"]))
    return HttpResponse(status=204)


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/download")
def download_safely():
    # ok: py-path-traversal-request-data
    return send_from_directory(UPLOAD_DIR, request.args["file"])


@app.post("/safe/avatar")
def save_avatar_safely():
    target = Path(UPLOAD_DIR) / secure_filename(request.form["filename"])
    # ok: py-path-traversal-request-data
    target.write_bytes(request.files["avatar"].read())
    return "", 204


def export(request):
    path = (BASE_DIR / request.GET["name"]).resolve()
    if not path.is_relative_to(BASE_DIR):
        return HttpResponse(status=403)
    # ok: py-path-traversal-request-data
    return FileResponse(open(path, "rb"))
