#!/usr/bin/env python3
"""Validates a SARIF log as SARIF 2.1.0: with sarif-pydantic (the SARIF 2.1.0 object model, from PyPI) and
with a JSON Schema of the 2.1.0 schema's constraints that apply to what sanya writes (the official schema
file is not packaged on PyPI and this machine has no other source for it): required properties, the
version constant, the level and suppression-kind enumerations, ruleIndex pointing into the rules, 1-based
regions. Exit status 0 when valid; the errors otherwise.

usage: validate_sarif.py LOG.sarif
"""
import json
import sys

from jsonschema import Draft7Validator
from sarif_pydantic import Sarif

MESSAGE = {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
           "properties": {"text": {"type": "string"}, "id": {"type": "string"}}}
SCHEMA = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {"type": ["array", "null"], "items": {
            "type": "object",
            "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string"}, "rules": {"type": "array", "uniqueItems": True, "items": {
                        "type": "object", "required": ["id"],
                        "properties": {"id": {"type": "string"}, "shortDescription": MESSAGE,
                                       "defaultConfiguration": {"type": "object", "properties": {
                                           "level": {"enum": ["none", "note", "warning", "error"]}}}}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["message"],
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": MESSAGE,
                        "locations": {"type": "array", "items": {"type": "object", "properties": {"physicalLocation": {
                            "type": "object",
                            "anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}],
                            "properties": {
                                "artifactLocation": {"type": "object", "properties": {"uri": {"type": "string"}, "uriBaseId": {"type": "string"}}},
                                "region": {"type": "object", "properties": {"startLine": {"type": "integer", "minimum": 1},
                                                                           "startColumn": {"type": "integer", "minimum": 1}}}}}}}},
                        "suppressions": {"type": "array", "uniqueItems": True, "items": {
                            "type": "object", "required": ["kind"],
                            "properties": {"kind": {"enum": ["inSource", "external"]}, "justification": {"type": "string"}}}},
                        "properties": {"type": "object"},
                    }}},
            }}},
    },
}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        log = json.load(f)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft7Validator(SCHEMA).iter_errors(log)]
    for run in log.get("runs") or []:
        rules = run["tool"]["driver"].get("rules", [])
        for i, result in enumerate(run.get("results", [])):
            index = result.get("ruleIndex")
            if index is not None and (index >= len(rules) or rules[index]["id"] != result.get("ruleId")):
                errors.append(f"runs/results/{i}: ruleIndex {index} does not point at rule {result.get('ruleId')}")
    try:
        Sarif.model_validate(log)
    except Exception as error:  # pydantic's ValidationError lists every problem
        errors.append(str(error))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"valid SARIF 2.1.0: {sum(len(r.get('results', [])) for r in log['runs'])} results")


main()
