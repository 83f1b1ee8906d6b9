# Test cases for rules/python/code-injection.yaml (semgrep --test).
import ast
import importlib
import json
import operator

from django.http import JsonResponse
from flask import Flask, jsonify, request

app = Flask(__name__)
OPERATIONS = {"sum": operator.add, "max": max, "min": min}


@app.route("/calc")
def calc():
    expression = request.args["expr"]
    # ruleid: py-code-injection-request-data
    return jsonify(result=eval(expression))


@app.post("/hooks")
def run_hook():
    body = request.get_json()
    # ruleid: py-code-injection-request-data
    exec("def hook(event):\n    " + body["code"], {})
    return "", 204


def load_plugin(request):
    # ruleid: py-code-injection-request-data
    plugin = importlib.import_module("plugins." + request.POST["name"])
    return JsonResponse({"plugin": plugin.NAME})


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/calc")
def calc_safely():
    op = OPERATIONS.get(request.args["op"])
    if op is None:
        return jsonify(error="unknown operation"), 400
    # ok: py-code-injection-request-data
    return jsonify(result=op(float(request.args["a"]), float(request.args["b"])))


@app.route("/safe/literal")
def parse_literal():
    # ok: py-code-injection-request-data
    value = ast.literal_eval(request.args["value"])
    return jsonify(value=value)


def settings(request):
    # ok: py-code-injection-request-data
    data = json.loads(request.body)
    return JsonResponse(data)
