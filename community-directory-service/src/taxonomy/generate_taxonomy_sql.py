#!/usr/bin/env python3
"""Writes src/main/resources/db/migration/V8__open_eligibility_taxonomy.sql from open-eligibility-human-services-1.05.txt.

Every term gets a code (its path of slugs, e.g. "care/support-network/peer-support") and a UUIDv5 id derived from
that code, so the ids are the same in every deployment and feeds can match them. Run it again only to regenerate
the same migration (a changed taxonomy needs a new migration, never an edited one).
"""
import re
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = HERE / "open-eligibility-human-services-1.05.txt"
TARGET = HERE.parent / "main/resources/db/migration/V8__open_eligibility_taxonomy.sql"
NS = uuid.UUID("0e1f5c2a-7b3d-4f6e-8a9c-1d2e3f405162")
TAXONOMY_ID = str(uuid.uuid5(NS, "taxonomy"))


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", "and")).strip("-")


def q(value):
    return "null" if value is None else "'" + value.replace("'", "''") + "'"


def main():
    header = []
    terms = []  # (code, name, parent code, description)
    path = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            header.append("--" + line[1:])
            continue
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        name, _, description = line.strip().partition(" | ")
        path = path[:depth] + [slug(name)]
        code = "/".join(path)
        terms.append((code, name, "/".join(path[:-1]) or None, description))
    codes = [t[0] for t in terms]
    assert len(codes) == len(set(codes)), "duplicate paths"
    lines = header + [
        "-- Generated from src/taxonomy/open-eligibility-human-services-1.05.txt by generate_taxonomy_sql.py: do not edit.",
        "INSERT INTO taxonomy (id, name, description, uri, version) VALUES",
        "    (%s, 'Open Eligibility (Human Services)', %s, 'https://github.com/auntbertha/openeligibility', '1.05')"
        % (q(TAXONOMY_ID), q("The Open Eligibility Human Services Taxonomy by Aunt Bertha, Inc. and the Open"
                            " Eligibility Project, CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)."
                            " Converted for the Open Referral UK directory.")),
        "ON CONFLICT (id) DO NOTHING;",
        "",
        "INSERT INTO taxonomy_term (id, code, name, description, parent_id, taxonomy_id, language) VALUES",
    ]
    rows = []
    for code, name, parent, description in terms:
        rows.append("    (%s, %s, %s, %s, %s, %s, 'en')" % (
            q(str(uuid.uuid5(NS, code))), q(code), q(name), q(description or ""),
            q(str(uuid.uuid5(NS, parent))) if parent else "null", q(TAXONOMY_ID)))
    lines.append(",\n".join(rows))
    lines.append("ON CONFLICT (id) DO NOTHING;")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(terms)} terms")


if __name__ == "__main__":
    main()
