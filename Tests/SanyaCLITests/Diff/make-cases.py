#!/usr/bin/env python3
"""Writes the before/after corpus of `sanya diff` under Cases/: one folder per rule (at least), each with
before/ and after/ (contract files, and catalog/ files that replace the repository's tables) for the Swift
test to compare. The cases are edits of one base contract, so each shows exactly its change.
Run it again after changing the base; the expected outputs are recorded by RECORD_SNAPSHOTS=1."""
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "Cases")
# The tests' own catalog (Tests/Fixtures/registrar), not the examples': the corpus must not change with them.
CATALOG = os.path.join(HERE, "..", "..", "Fixtures", "registrar", "Contracts", "catalog")

BASE = """contract: {id}
version: 1
title: A contract of the diff corpus
status: approved
request:
  unit: สำนักหอสมุดกลาง (Central Library)
  project: Patron accounts
  head: {{ name: นางสาวศิริพร แก้วมณี, phone: 02-329-8000, email: siriporn.ka@kmitl.ac.th }}
  coordinator: {{ name: นายธนากร ทองดี, phone: 081-234-5678, email: thanakorn.th@kmitl.ac.th }}
  purpose: Create and expire library patron accounts.
  requested: 2026-05-04
workflow:
  endorsed: {{ by: Director, date: 2026-05-05 }}
  prepared: {{ by: Staff, date: 2026-05-07 }}
  approved: {{ by: Executive, date: 2026-05-08 }}
  valid_until: 2027-05-31
delivery:
  method: api-get
  formats: [json, csv]
  allow: [10.20.0.0/16, 10.30.1.5]
  row_limit: 1000
  rate_limit: 60/minute
data:
  from: student
  fields:
    - student_id
    - first_name_th
    - name: faculty_en
      column: curriculum.faculty.name_en
    - name: mobile
      column: mobile_phone
      mask: last4
    - current_status
  where:
    - column: current_status
      in: ["10", "11"]
    - column: prior_school_gpax
      greater_or_equal: 2.00
  parameters:
    - name: faculty
      column: curriculum.faculty_code
  order_by: [student_id]
protection:
  legal_basis: public-task
  retention: Until the student leaves the institute
"""

def base(cid):
    return BASE.format(id=cid)

def sub(text, old, new, count=1):
    assert old in text, (old, text)
    return text.replace(old, new, count)

# name: (before, after) as functions of the contract id; None means the file is absent on that side.
CASES_SPEC = {
    "contract-added": (None, base),
    "contract-removed": (base, None),
    "contract-revoked": (base, lambda c: sub(sub(base(c), "status: approved", "status: revoked"),
                                            "  valid_until:", "  revoked: { by: Director, date: 2026-09-01 }\n  valid_until:")),
    "contract-approved": (lambda c: re.sub(r"  approved: .*\n", "", sub(base(c), "status: approved", "status: draft")), base),
    "contract-rejected": (lambda c: re.sub(r"  (prepared|approved): .*\n|  valid_until: .*\n", "", sub(base(c), "status: approved", "status: draft")),
                          lambda c: re.sub(r"  (prepared|approved): .*\n|  valid_until: .*\n", "", sub(sub(base(c), "status: approved", "status: rejected"),
                                          "  endorsed: { by: Director, date: 2026-05-05 }\n", "  rejected: { by: Director, date: 2026-05-05, reason: not needed }\n"))),
    "contract-does-not-check": (base, lambda c: sub(base(c), "    - first_name_th", "    - first_nam_th")),
    "field-removed": (base, lambda c: sub(sub(base(c), "    - first_name_th\n", ""), "version: 1", "version: 2")),
    "field-renamed": (base, lambda c: sub(sub(base(c), "    - first_name_th\n", "    - name: given_name_th\n      column: first_name_th\n"), "version: 1", "version: 2")),
    "field-type-changed": (base, lambda c: sub(sub(base(c), "      mask: last4\n", "      mask: hash\n"), "version: 1", "version: 2")),
    "field-added": (base, lambda c: sub(sub(base(c), "    - current_status\n", "    - current_status\n    - name: faculty_th\n      column: curriculum.faculty.name_th\n"), "version: 1", "version: 2")),
    "field-source-changed": (base, lambda c: sub(sub(base(c), "      column: curriculum.faculty.name_en", "      column: curriculum.name_en"), "version: 1", "version: 2")),
    "field-mask-added": (base, lambda c: sub(sub(base(c), "    - first_name_th\n", "    - name: first_name_th\n      column: first_name_th\n      mask: initial\n"), "version: 1", "version: 2")),
    "field-mask-removed": (base, lambda c: sub(sub(base(c), "      mask: last4\n", ""), "version: 1", "version: 2")),
    "parameter-added-required": (base, lambda c: sub(sub(base(c), "  order_by:", "    - name: student\n      column: student_id\n      required: true\n  order_by:"), "version: 1", "version: 2")),
    "parameter-added-optional": (base, lambda c: sub(sub(base(c), "  order_by:", "    - name: student\n      column: student_id\n  order_by:"), "version: 1", "version: 2")),
    "parameter-removed": (base, lambda c: sub(sub(base(c), "  parameters:\n    - name: faculty\n      column: curriculum.faculty_code\n", ""), "version: 1", "version: 2")),
    "parameter-type-changed": (base, lambda c: sub(sub(base(c), "      column: curriculum.faculty_code\n", "      column: curriculum.faculty_code\n      list: true\n"), "version: 1", "version: 2")),
    "parameter-now-required": (base, lambda c: sub(sub(base(c), "      column: curriculum.faculty_code\n", "      column: curriculum.faculty_code\n      required: true\n"), "version: 1", "version: 2")),
    "parameter-now-optional": (lambda c: sub(base(c), "      column: curriculum.faculty_code\n", "      column: curriculum.faculty_code\n      required: true\n"),
                               lambda c: sub(base(c), "version: 1", "version: 2")),
    "format-removed": (base, lambda c: sub(sub(base(c), "formats: [json, csv]", "formats: [json]"), "version: 1", "version: 2")),
    "format-added": (base, lambda c: sub(sub(base(c), "formats: [json, csv]", "formats: [json, csv, excel]"), "version: 1", "version: 2")),
    "method-changed": (base, lambda c: sub(sub(base(c), "method: api-get", "method: api-post"), "version: 1", "version: 2")),
    "allow-removed": (base, lambda c: sub(base(c), "allow: [10.20.0.0/16, 10.30.1.5]", "allow: [10.20.0.0/16]")),
    "allow-added": (base, lambda c: sub(base(c), "allow: [10.20.0.0/16, 10.30.1.5]", "allow: [10.20.0.0/16, 10.30.1.5, https://opac.kmitl.ac.th/sync]")),
    "row-limit-lowered": (base, lambda c: sub(base(c), "row_limit: 1000", "row_limit: 100")),
    "row-limit-raised": (base, lambda c: sub(base(c), "row_limit: 1000", "row_limit: 50000")),
    "rate-limit-lowered": (base, lambda c: sub(base(c), "rate_limit: 60/minute", "rate_limit: 10/minute")),
    "rate-limit-raised": (base, lambda c: sub(base(c), "rate_limit: 60/minute", "rate_limit: 2/second")),
    "valid-until-earlier": (base, lambda c: sub(base(c), "valid_until: 2027-05-31", "valid_until: 2026-12-31")),
    "valid-until-later": (base, lambda c: sub(base(c), "valid_until: 2027-05-31", "valid_until: 2028-05-31")),
    "valid-until-renewed": (base, lambda c: sub(sub(base(c), "valid_until: 2027-05-31", "valid_until: 2028-05-31"),
                                                "approved: { by: Executive, date: 2026-05-08 }", "approved: { by: Executive, date: 2027-05-20 }")),
    "filter-narrowed": (base, lambda c: sub(sub(base(c), 'in: ["10", "11"]', 'in: ["10"]'), "version: 1", "version: 2")),
    "filter-widened": (base, lambda c: sub(sub(base(c), "greater_or_equal: 2.00", "greater_or_equal: 1.50"), "version: 1", "version: 2")),
    "filter-removed": (base, lambda c: sub(sub(base(c), "    - column: prior_school_gpax\n      greater_or_equal: 2.00\n", ""), "version: 1", "version: 2")),
    "child-rows-added": (base, lambda c: sub(sub(base(c), "      greater_or_equal: 2.00\n", "      greater_or_equal: 2.00\n    - has_no: graduation\n"), "version: 1", "version: 2")),
    "child-rows-removed": (lambda c: sub(base(c), "      greater_or_equal: 2.00\n", "      greater_or_equal: 2.00\n    - has: enrollment\n      where:\n        - { column: letter_grade, equals: F }\n"),
                           lambda c: sub(base(c), "version: 1", "version: 2")),
    "purpose-changed": (base, lambda c: sub(base(c), "purpose: Create and expire library patron accounts.", "purpose: Send reading promotions to students.")),
    "legal-basis-changed": (base, lambda c: sub(base(c), "legal_basis: public-task", "legal_basis: legitimate-interest")),
    "sensitivity-raised": (base, lambda c: sub(sub(base(c), "    - current_status\n", "    - current_status\n    - email\n"), "version: 1", "version: 2")),
    "version-not-bumped": (base, lambda c: sub(base(c), "    - current_status\n", "    - current_status\n    - name: faculty_th\n      column: curriculum.faculty.name_th\n")),
    "unchanged": (base, base),
}

# Catalog cases: the same base contract on both sides, plus a second contract reading the same table, and a
# catalog table replaced on the HEAD side.
def catalog_table(name):
    with open(os.path.join(CATALOG, name + ".yaml"), encoding="utf-8") as f:
        return f.read()

def second(cid):
    return sub(sub(base(cid), "    - first_name_th\n", ""), "    - student_id\n", "    - student_id\n    - email\n")

CATALOG_CASES = {
    "catalog-column-removed": ("student", lambda t: re.sub(r"  - name: mobile_phone\n(    .*\n)+", "", t)),
    "catalog-column-type-changed": ("student", lambda t: re.sub(r"(  - name: first_name_th\n    type: )varchar\(100\)", r"\1varchar(150)", t)),
    "catalog-sensitivity-changed": ("student", lambda t: re.sub(r"(  - name: current_status\n    type: .*\n    sensitivity: )personal", r"\1sensitive", t)),
    "catalog-relation-changed": ("curriculum", lambda t: sub(t, "  - name: faculty\n    columns: [faculty_code]", "  - name: owner_faculty\n    columns: [faculty_code]")),
    "catalog-table-removed": ("term_gpa_summary", None),
}

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def main():
    keep = {}
    for name in os.listdir(CASES) if os.path.isdir(CASES) else []:
        for expected in ("expected.txt",):
            p = os.path.join(CASES, name, expected)
            if os.path.exists(p):
                keep[name] = open(p, encoding="utf-8").read()
        shutil.rmtree(os.path.join(CASES, name))
    for name, (before, after) in CASES_SPEC.items():
        cid = "diff-" + name
        if before:
            write(os.path.join(CASES, name, "before", cid + ".yaml"), before(cid))
        if after:
            write(os.path.join(CASES, name, "after", cid + ".yaml"), after(cid))
        os.makedirs(os.path.join(CASES, name, "before"), exist_ok=True)
        os.makedirs(os.path.join(CASES, name, "after"), exist_ok=True)
    for name, (table, edit) in CATALOG_CASES.items():
        for side in ("before", "after"):
            write(os.path.join(CASES, name, side, "diff-" + name + ".yaml"), base("diff-" + name))
            write(os.path.join(CASES, name, side, "diff-" + name + "-second.yaml"), second("diff-" + name + "-second"))
        if edit is None:
            # The table goes, and so does the contract that read it (it would not check otherwise).
            write(os.path.join(CASES, name, "before", "diff-" + name + "-gpa.yaml"),
                  sub(sub(base("diff-" + name + "-gpa"), "  from: student\n", "  from: term_gpa_summary\n"),
                      "  fields:\n    - student_id\n    - first_name_th\n    - name: faculty_en\n      column: curriculum.faculty.name_en\n    - name: mobile\n      column: mobile_phone\n      mask: last4\n    - current_status\n  where:\n    - column: current_status\n      in: [\"10\", \"11\"]\n    - column: prior_school_gpax\n      greater_or_equal: 2.00\n  parameters:\n    - name: faculty\n      column: curriculum.faculty_code\n",
                      "  fields:\n    - student_id\n    - gpax\n"))
            write(os.path.join(CASES, name, "after", "catalog", table + ".yaml"), "")
        else:
            write(os.path.join(CASES, name, "after", "catalog", table + ".yaml"), edit(catalog_table(table)))
    for name, text in keep.items():
        if os.path.isdir(os.path.join(CASES, name)):
            write(os.path.join(CASES, name, "expected.txt"), text)

main()
