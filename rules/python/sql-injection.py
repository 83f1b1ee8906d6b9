# Test cases for rules/python/sql-injection.yaml (semgrep --test).
import sqlite3

import psycopg2
from django.db import connection
from django.http import JsonResponse
from flask import Flask, jsonify, request
from sqlalchemy import text

from .db import engine
from .models import Product

app = Flask(__name__)


@app.route("/users")
def find_user():
    name = request.args.get("name")
    cur = sqlite3.connect("app.db").cursor()
    # ruleid: py-sqli-request-data, py-sqli-string-built-query
    cur.execute(f"SELECT id, email FROM users WHERE name = '{name}'")
    return jsonify(cur.fetchall())


@app.post("/orders/search")
def search_orders():
    payload = request.get_json()
    query = "SELECT * FROM orders WHERE status = '%s'" % payload["status"]
    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        # ruleid: py-sqli-request-data, py-sqli-string-built-query
        cur.execute(query)
        return jsonify(cur.fetchall())


@app.route("/products/<category>")
def products(category):
    with engine.connect() as conn:
        # ruleid: py-sqli-request-data
        rows = conn.execute(text("SELECT * FROM products WHERE category = '" + category + "'"))
        return jsonify([dict(r._mapping) for r in rows])


def product_search(request):
    term = request.GET["q"]
    # ruleid: py-sqli-request-data, py-sqli-string-built-query
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%" + term + "%%'")
    return JsonResponse({"ids": [p.id for p in products]})


def sales_report(request):
    with connection.cursor() as cursor:
        # ruleid: py-sqli-request-data, py-sqli-string-built-query
        cursor.execute("SELECT SUM(total) FROM sales WHERE region = '{}'".format(request.POST.get("region")))
        return JsonResponse({"total": cursor.fetchone()[0]})


# --- safe alternatives ----------------------------------------------------------------------------


@app.route("/safe/users")
def find_user_safely():
    name = request.args.get("name")
    cur = sqlite3.connect("app.db").cursor()
    # ok: py-sqli-request-data, py-sqli-string-built-query
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))
    return jsonify(cur.fetchall())


@app.route("/safe/products/<category>")
def products_safely(category):
    with engine.connect() as conn:
        # ok: py-sqli-request-data
        rows = conn.execute(text("SELECT * FROM products WHERE category = :category"), {"category": category})
        return jsonify([dict(r._mapping) for r in rows])


def product_search_safely(request):
    # ok: py-sqli-request-data
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", ["%" + request.GET["q"] + "%"])
    return JsonResponse({"ids": [p.id for p in products]})


@app.route("/safe/page")
def page():
    limit = int(request.args.get("limit", 20))
    cur = sqlite3.connect("app.db").cursor()
    # int() makes the value harmless for the taint rule; the audit rule still asks for a parameter.
    # ruleid: py-sqli-string-built-query
    cur.execute(f"SELECT * FROM products ORDER BY id LIMIT {limit}")
    return jsonify(cur.fetchall())


def archive_orders(cur, before):
    # ruleid: py-sqli-string-built-query
    cur.execute("DELETE FROM orders WHERE created < '" + before + "'")


def archive_orders_safely(cur, before):
    # ok: py-sqli-string-built-query
    cur.execute("DELETE FROM orders WHERE created < %s", (before,))


def long_statement(cur):
    # ok: py-sqli-string-built-query
    cur.execute("SELECT id, name, price " + "FROM products WHERE visible = 1")
