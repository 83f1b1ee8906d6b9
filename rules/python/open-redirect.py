# Test cases for rules/python/open-redirect.yaml (semgrep --test).
from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
ALLOWED_NEXT = {"/", "/account", "/checkout"}


@app.route("/login/done")
def login_done():
    # ruleid: py-open-redirect-request-data
    return redirect(request.args.get("next", "/"))


@app.post("/logout")
def logout():
    target = request.form["return_to"]
    # ruleid: py-open-redirect-request-data
    return redirect(target)


def django_login_done(request):
    # ruleid: py-open-redirect-request-data
    return HttpResponseRedirect(request.GET.get("next", "/"))


def django_switch_language(request):
    # ruleid: py-open-redirect-request-data
    return django_redirect(request.META.get("HTTP_REFERER", "/"))


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/login/done")
def login_done_safely():
    target = request.args.get("next", "/")
    if target not in ALLOWED_NEXT:
        target = "/"
    # ok: py-open-redirect-request-data
    return redirect(target)


@app.route("/safe/orders/<order_id>")
def order(order_id):
    # ok: py-open-redirect-request-data
    return redirect(url_for("order_summary", order_id=order_id))


def django_login_done_safely(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        next_url = "/"
    # ok: py-open-redirect-request-data
    return HttpResponseRedirect(next_url)


def django_profile(request):
    # ok: py-open-redirect-request-data
    return HttpResponseRedirect(f"/users/{request.GET['username']}/profile")
