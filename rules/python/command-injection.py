# Test cases for rules/python/command-injection.yaml (semgrep --test).
import os
import shlex
import subprocess

from django.http import HttpResponse
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # ruleid: py-command-injection-request-data
    code = os.system("ping -c 1 " + host)
    return jsonify(ok=code == 0)


@app.post("/convert")
def convert():
    data = request.get_json()
    # ruleid: py-command-injection-request-data
    out = subprocess.check_output(f"convert {data['src']} -resize {data['size']} out.png", shell=True)
    return out


@app.route("/tools/<tool>")
def run_tool(tool):
    # ruleid: py-command-injection-request-data
    result = subprocess.run([tool, "--version"], capture_output=True, text=True)
    return result.stdout


def disk_usage(request):
    # ruleid: py-command-injection-request-data
    out = subprocess.getoutput("du -sh /srv/data/" + request.GET["dir"])
    return HttpResponse(out, content_type="text/plain")


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/ping")
def ping_safely():
    host = request.args.get("host", "")
    # ok: py-command-injection-request-data
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, timeout=10)
    return jsonify(ok=result.returncode == 0)


@app.route("/safe/grep")
def grep_safely():
    pattern = shlex.quote(request.args["pattern"])
    # ok: py-command-injection-request-data
    out = subprocess.check_output(f"grep -r {pattern} /srv/logs | head -n 50", shell=True)
    return out


@app.route("/safe/tail")
def tail():
    lines = int(request.args.get("lines", "20"))
    # ok: py-command-injection-request-data
    return subprocess.check_output(f"tail -n {lines} /srv/logs/app.log", shell=True)
