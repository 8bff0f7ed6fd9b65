"""Sanya's own check for Schemathesis (loaded with SCHEMATHESIS_HOOKS=sanya_checks).

No generic tool knows what a data contract lists: this check fails any successful answer that carries a
field the contract does not list (SANYA_CONTRACT_FIELDS, comma-separated), in every format the runtime
writes as text: the JSON page envelope and rows, NDJSON lines, the CSV header, the HTML table header.
"""
import csv
import io
import json
import os
import re

import schemathesis

LISTED = [name for name in os.environ.get("SANYA_CONTRACT_FIELDS", "").split(",") if name]
ENVELOPE = {"contract", "version", "data", "next"}


def _content_type(response):
    value = response.headers.get("content-type") or response.headers.get("Content-Type") or ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.split(";")[0].strip().lower()


def _unlisted(names):
    return sorted(set(names) - set(LISTED))


@schemathesis.check
def only_listed_fields(ctx, response, case):
    if response.status_code != 200:
        return None
    assert LISTED, "SANYA_CONTRACT_FIELDS is not set"
    kind = _content_type(response)
    if kind not in ("application/json", "application/x-ndjson", "text/csv", "text/html"):
        return None  # a workbook: its sheets are read back by openpyxl in the export tests
    text = response.content.decode("utf-8-sig")
    if kind == "application/json":
        body = json.loads(text)
        extra = sorted(set(body) - ENVELOPE)
        assert not extra, f"the page carries members no contract lists: {extra}"
        for row in body["data"]:
            extra = _unlisted(row)
            assert not extra, f"a row carries fields the contract does not list: {extra}"
    elif kind == "application/x-ndjson":
        for line in text.splitlines():
            if line.strip():
                extra = _unlisted(json.loads(line))
                assert not extra, f"an NDJSON line carries fields the contract does not list: {extra}"
    elif kind == "text/csv":
        header = next(csv.reader(io.StringIO(text)), [])
        extra = _unlisted(header)
        assert not extra, f"the CSV header names fields the contract does not list: {extra}"
    elif kind == "text/html":
        names = re.findall(r"<th[^>]*>([^<]*)</th>", text)
        extra = _unlisted(names)
        assert not extra, f"the HTML table shows fields the contract does not list: {extra}"
    return None
