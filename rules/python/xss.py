# Test cases for rules/python/xss.yaml (semgrep --test).
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from flask import Flask, jsonify, make_response, render_template, render_template_string, request
from markupsafe import escape as html_escape

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: py-xss-flask-response
    return f"<h1>Results for {q}</h1>"


@app.route("/hello/<name>")
def hello(name):
    # ruleid: py-xss-flask-response
    resp = make_response("<p>Hello " + name + "</p>")
    resp.set_cookie("seen", "1")
    return resp


@app.route("/greet")
def greet():
    # ruleid: py-ssti-template-from-request
    return render_template_string("<p>Hello " + request.args["name"] + "</p>")


@app.post("/preview")
def preview():
    template = request.form["template"]
    # ruleid: py-ssti-template-from-request
    return render_template_string(template, user=request.form["user"])


def django_search(request):
    q = request.GET.get("q", "")
    # ruleid: py-xss-django-response
    return HttpResponse("<h1>Results for %s</h1>" % q)


def django_banner(request):
    # ruleid: py-xss-django-response
    banner = mark_safe("<div class='banner'>" + request.GET["msg"] + "</div>")
    return render(request, "home.html", {"banner": banner})


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/search")
def search_safely():
    # ok: py-xss-flask-response
    return render_template("search.html", q=request.args.get("q", ""))


@app.route("/safe/hello/<name>")
def hello_safely(name):
    # ok: py-xss-flask-response
    return f"<p>Hello {html_escape(name)}</p>"


@app.route("/safe/api/search")
def api_search():
    # ok: py-xss-flask-response
    return {"query": request.args.get("q", ""), "results": []}


@app.route("/safe/length/<name>")
def name_length(name):
    # ok: py-xss-flask-response
    return str(len(name))


@app.route("/safe/greet")
def greet_safely():
    # ok: py-ssti-template-from-request
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args["name"])


@app.route("/safe/greet-json")
def greet_json():
    # ok: py-ssti-template-from-request
    return jsonify(greeting="Hello " + request.args["name"])


def django_search_safely(request):
    # ok: py-xss-django-response
    return render(request, "search.html", {"q": request.GET.get("q", "")})


def django_banner_safely(request):
    # ok: py-xss-django-response
    banner = format_html("<div class='banner'>{}</div>", request.GET["msg"])
    return render(request, "home.html", {"banner": banner})


def django_echo(request):
    # ok: py-xss-django-response
    return HttpResponse(escape(request.GET.get("q", "")))


def django_api(request):
    # ok: py-xss-django-response
    return JsonResponse({"q": request.GET.get("q", "")})
