#!/usr/bin/env python3
"""Writes src/main/resources/demo/directory-demo-data.sql: the demo directory for ./suite up.

Deterministic (UUIDv5 ids), fictional organisations in one fictional demo area. Run it again after editing the
lists below; the SQL only inserts what is missing, so loading it twice duplicates nothing.
"""
import uuid
from pathlib import Path

NS = uuid.UUID("6f1d7a4e-3c2b-4e8a-9b1f-5a0c2d7e9f10")


def uid(*parts):
    return str(uuid.uuid5(NS, "|".join(parts)))


def q(value):
    return "null" if value is None else "'" + str(value).replace("'", "''") + "'"


TAXONOMY = ("Demo community support categories", "A small category list for the demo directory only.")
# (code, name, parent code)
TERMS = [
    ("activity", "Physical activity", None),
    ("walking", "Walking groups", "activity"),
    ("exercise", "Exercise classes", "activity"),
    ("social", "Social connection", None),
    ("befriending", "Befriending", "social"),
    ("groups", "Social groups and clubs", "social"),
    ("money", "Money and debt", None),
    ("debt", "Debt advice", "money"),
    ("benefits", "Benefits advice", "money"),
    ("mental", "Mental wellbeing", None),
    ("peer", "Peer support", "mental"),
    ("creative", "Arts and creativity", None),
    ("nature", "Gardening and nature", None),
    ("carers", "Support for carers", None),
    ("food", "Food and cooking", None),
]

# Organisations: the first two ids are fixed because the realm binds editor1 and editor2 to them.
ORGS = [
    ("11111111-1111-4111-8111-111111111111", "Riverside Walking Friends",
     "Volunteer-led health walks along the river for all abilities, with a cuppa afterwards.",
     "hello@riverside-walking.example.org", "https://riverside-walking.example.org", True),
    ("22222222-2222-4222-8222-222222222222", "Northgate Money Advice",
     "Free, confidential debt and benefits advice from trained advisers.",
     "advice@northgate-money.example.org", "https://northgate-money.example.org", True),
    ("33333333-3333-4333-8333-333333333333", "Harbour Befriending Service",
     "Weekly phone calls and home visits from a friendly volunteer for people who feel lonely.",
     "contact@harbour-befriending.example.org", None, True),
    ("44444444-4444-4444-8444-444444444444", "Eastfield Community Allotment",
     "Shared allotment plots and gardening sessions; tools and seeds provided.", None, None, False),
    (uid("org", "arts"), "Millbrook Arts Collective", "Community arts workshops for adults of every skill level.",
     "studio@millbrook-arts.example.org", "https://millbrook-arts.example.org", True),
    (uid("org", "carers"), "Westmoor Carers Centre", "Information, breaks and peer groups for unpaid carers.",
     "carers@westmoor.example.org", "https://westmoor-carers.example.org", True),
    (uid("org", "mind"), "Kingsway Mental Wellbeing Network",
     "Peer-led groups and drop-ins for people living with anxiety, low mood or stress.",
     "hello@kingsway-wellbeing.example.org", None, True),
    (uid("org", "food"), "Southbank Community Kitchen", "Cook-and-eat sessions and a weekly community lunch.",
     "kitchen@southbank.example.org", None, True),
]
RIVERSIDE, NORTHGATE, HARBOUR, EASTFIELD, ARTS, CARERS, MIND, FOOD = [o[0] for o in ORGS]

# (organisation, name, description, terms, minimum age, maximum age, fees)
SERVICES = [
    (RIVERSIDE, "Tuesday Riverside Health Walk",
     "A gentle 45-minute walk on flat paths with trained walk leaders. Everyone welcome, no booking needed.",
     ["walking"], 16, None, None),
    (RIVERSIDE, "Nordic Walking for Beginners", "Learn Nordic walking with poles provided, over six weekly sessions.",
     ["walking", "exercise"], 18, None, "£2 a session"),
    (RIVERSIDE, "Buggy Walks", "Walks for parents and carers with babies in buggies, ending at the park cafe.",
     ["walking", "groups"], 16, None, None),
    (RIVERSIDE, "Walking Football for Over-50s", "Friendly walking football; no running, no tackling.",
     ["exercise", "groups"], 50, None, "£3 a session"),
    (NORTHGATE, "Debt Advice Drop-in", "Bring your letters and bills: an adviser helps you make a plan to deal with debt.",
     ["debt"], 18, None, None),
    (NORTHGATE, "Benefits Check and Form Filling", "Find out what you are entitled to and get help with claim forms.",
     ["benefits"], 16, None, None),
    (NORTHGATE, "Energy Bills Help", "Advice on energy debt, grants and switching to a cheaper tariff.",
     ["debt", "benefits"], 18, None, None),
    (NORTHGATE, "Money Skills for Young People", "Budgeting and banking workshops for young people leaving care or school.",
     ["money"], 16, 25, None),
    (HARBOUR, "Telephone Befriending", "A weekly friendly phone call from the same trained volunteer.",
     ["befriending"], 60, None, None),
    (HARBOUR, "Home Visiting Befriending", "A volunteer visits you at home for a chat, a walk or a trip out.",
     ["befriending"], 65, None, None),
    (HARBOUR, "Friendship Cafe", "A relaxed Thursday afternoon cafe for people who want to meet others.",
     ["groups", "befriending"], 18, None, "Tea and cake 50p"),
    (EASTFIELD, "Community Gardening Sessions", "Grow vegetables together on shared plots.",
     ["nature"], 8, None, None),
    (ARTS, "Art for Wellbeing", "Relaxed painting and drawing sessions; materials provided.",
     ["creative", "mental"], 18, None, None),
    (ARTS, "Community Choir", "Sing together for fun; no auditions and no need to read music.",
     ["creative", "groups"], 16, None, "£1 a week"),
    (ARTS, "Pottery Taster Sessions", "Try hand-building and the wheel in small groups.",
     ["creative"], 18, None, "£5 a session"),
    (ARTS, "Creative Writing Circle", "Write and share stories and poems in a supportive group.",
     ["creative", "groups"], 16, None, None),
    (CARERS, "Carers Peer Support Group", "Meet other unpaid carers to share experiences and tips.",
     ["carers", "peer"], 18, None, None),
    (CARERS, "Young Carers Club", "Fun activities and a break for young people who look after someone.",
     ["carers", "groups"], 8, 17, None),
    (CARERS, "Carers Breaks Advice", "Help to arrange respite and short breaks for unpaid carers.",
     ["carers"], 18, None, None),
    (MIND, "Anxiety Peer Support Group", "A peer-led group for people living with anxiety.",
     ["peer", "mental"], 18, None, None),
    (MIND, "Men's Wellbeing Shed", "A workshop space where men make, mend and chat.",
     ["groups", "mental"], 18, None, None),
    (MIND, "Mindfulness Course", "An eight-week introduction to mindfulness for stress and low mood.",
     ["mental"], 18, None, "Free; donations welcome"),
    (MIND, "Bereavement Support Group", "A safe space to talk about loss with others who understand.",
     ["peer", "mental"], 18, None, None),
    (FOOD, "Community Lunch", "A hot, cooked lunch every Wednesday; come alone or bring a friend.",
     ["food", "groups"], None, None, "Pay what you can"),
    (FOOD, "Cook and Eat Sessions", "Learn to cook simple, healthy meals on a budget, then eat together.",
     ["food"], 16, None, None),
    (FOOD, "Café Crème Conversation Club", "Practise English over coffee and pastries at the community cafe.",
     ["groups", "food"], 16, None, None),
    (RIVERSIDE, "Chair-Based Exercise", "Seated strength and balance exercises for people with limited mobility.",
     ["exercise"], 55, None, "£2 a session"),
    (HARBOUR, "Lunch Club for Older People", "A weekly two-course lunch with transport available.",
     ["groups", "food"], 65, None, "£4.50 including transport"),
]


def main():
    taxonomy_id = uid("taxonomy", "demo")
    lines = [
        "-- Demo data for ./suite up (loaded at start when DEMO_DATA_ENABLED=true; see DemoDataLoader). Idempotent: it",
        "-- only inserts what is missing, and never overwrites an edit made through the API.",
        "-- Generated by src/demo/generate_demo_data.py: edit that script, not this file.",
        "INSERT INTO organization (id, name, description, email, website, verified) VALUES",
        ",\n".join(f"  ({q(i)}, {q(n)}, {q(d)}, {q(e)}, {q(w)}, {str(v).lower()})" for i, n, d, e, w, v in ORGS),
        "ON CONFLICT (id) DO NOTHING;",
        "",
        "INSERT INTO taxonomy (id, name, description, version) VALUES",
        f"  ({q(taxonomy_id)}, {q(TAXONOMY[0])}, {q(TAXONOMY[1])}, '1')",
        "ON CONFLICT (id) DO NOTHING;",
        "",
        "INSERT INTO taxonomy_term (id, code, name, description, parent_id, taxonomy_id, language) VALUES",
        ",\n".join(f"  ({q(uid('term', c))}, {q(c)}, {q(n)}, {q(n)}, {q(uid('term', p) if p else None)}, "
                   f"{q(taxonomy_id)}, 'en')" for c, n, p in TERMS),
        "ON CONFLICT (id) DO NOTHING;",
        "",
        "INSERT INTO service (id, organization_id, name, description, status, fees_description, minimum_age,"
        " maximum_age, assured_date) VALUES",
        ",\n".join(f"  ({q(uid('service', n))}, {q(o)}, {q(n)}, {q(d)}, 'active', {q(f)}, {q(lo)}, {q(hi)},"
                   f" DATE '2026-10-01')" for o, n, d, t, lo, hi, f in SERVICES),
        "ON CONFLICT (id) DO NOTHING;",
        "",
        "INSERT INTO service_taxonomy_term (service_id, taxonomy_term_id) VALUES",
        ",\n".join(f"  ({q(uid('service', n))}, {q(uid('term', c))})" for o, n, d, t, lo, hi, f in SERVICES for c in t),
        "ON CONFLICT DO NOTHING;",
        "",
    ]
    out = Path(__file__).resolve().parents[2] / "src/main/resources/demo/directory-demo-data.sql"
    out.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
