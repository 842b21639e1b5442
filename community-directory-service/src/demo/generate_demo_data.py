#!/usr/bin/env python3
"""Writes src/main/resources/demo/directory-demo-data.sql: the demo directory for ./suite up.

Deterministic (UUIDv5 ids), fictional organisations in one fictional demo area. Run it again after editing the
lists below; the SQL only inserts what is missing, so loading it twice duplicates nothing.
"""
import math
import random
import uuid
from pathlib import Path

NS = uuid.UUID("6f1d7a4e-3c2b-4e8a-9b1f-5a0c2d7e9f10")


def uid(*parts):
    return str(uuid.uuid5(NS, "|".join(parts)))


def q(value):
    return "null" if value is None else "'" + str(value).replace("'", "''") + "'"


TAXONOMY = ("Demo community support categories", "A small category list for the demo directory only.")
# (code, name, parent code, description: the words people use for it, which search matches too)
TERMS = [
    ("activity", "Physical activity", None, "Getting active: exercise, sport, fitness and movement."),
    ("walking", "Walking groups", "activity", "Led walks and walking groups for fitness and company."),
    ("exercise", "Exercise classes", "activity", "Exercise, fitness, strength, balance and keep-fit classes."),
    ("social", "Social connection", None, "Meeting people, making friends, feeling less lonely or isolated."),
    ("befriending", "Befriending", "social", "Company for people who feel lonely or isolated: friendly calls and"
     " visits."),
    ("groups", "Social groups and clubs", "social", "Clubs, groups and get-togethers to meet people and make"
     " friends; for the lonely."),
    ("money", "Money and debt", None, "Money worries, budgeting, debt and benefits."),
    ("debt", "Debt advice", "money", "Help with debts, bills, arrears, energy costs and the cost of living."),
    ("benefits", "Benefits advice", "money", "Help to claim benefits, fill in forms and check entitlement."),
    ("mental", "Mental wellbeing", None, "Support for anxiety, low mood, depression, stress and mental health."),
    ("peer", "Peer support", "mental", "Support from people with lived experience of the same thing."),
    ("creative", "Arts and creativity", None, "Art, crafts, music, singing and creative activities."),
    ("nature", "Gardening and nature", None, "Gardening, growing food, conservation and time outdoors."),
    ("carers", "Support for carers", None, "Support and breaks for unpaid carers who look after someone."),
    ("food", "Food and cooking", None, "Food, meals, cooking skills and low-cost groceries."),
]

# The same services in the Open Eligibility taxonomy (seeded for every deployment by migration V8): a demo category
# to the Open Eligibility terms (codes) that describe it, so API clients filtering by those find the demo services.
OPEN_ELIGIBILITY_NS = uuid.UUID("0e1f5c2a-7b3d-4f6e-8a9c-1d2e3f405162")  # as src/taxonomy/generate_taxonomy_sql.py
CROSSWALK = {
    "walking": ["care/daytime-care/recreation"],
    "exercise": ["care/daytime-care/recreation"],
    "befriending": ["care/support-network/one-on-one-support", "care/support-network/home-visiting"],
    "groups": ["care/daytime-care/recreation"],
    "debt": ["money/financial-education/credit-counseling"],
    "benefits": ["money/government-benefits/understand-government-programs",
                 "care/navigating-the-system/help-fill-out-forms"],
    "mental": ["care/support-network/counseling"],
    "peer": ["care/support-network/peer-support"],
    "creative": ["care/daytime-care/recreation"],
    "nature": ["food/community-gardens"],
    "carers": ["care/daytime-care/relief-for-caregivers"],
    "food": ["food/free-meals"],
}


def open_eligibility_term(code):
    return str(uuid.uuid5(OPEN_ELIGIBILITY_NS, code))


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



# ---------------------------------------------------------------------------------------------------------------
# The demo area: the fictional town of Millbrook and its neighbour Eastvale. "DM" is not a real UK postcode area, so
# no demo postcode can be mistaken for a real address; the coordinates place the town around 52.95 N, 1.15 W.
# District codes are fictional too (real ONS codes for English districts start E06/E07/E08/E09 with other numbers).
CENTRE = (52.950, -1.150)
MILLBROOK = ("E07999001", "Millbrook")
EASTVALE = ("E07999002", "Eastvale")
rng = random.Random(20261124)

# (neighbourhood, postcode district, bearing in degrees, distance from the centre in km)
PLACES = [
    ("Millbrook Centre", "DM1", 0, 0.3), ("Riverside", "DM1", 200, 1.2), ("Northgate", "DM2", 10, 2.0),
    ("Castle Hill", "DM2", 330, 1.6), ("Southbank", "DM3", 180, 2.2), ("Westmoor", "DM4", 270, 2.8),
    ("Kingsway", "DM4", 300, 1.9), ("Harbour", "DM5", 120, 2.6), ("Oakfield", "DM5", 150, 3.4),
    ("Brookside", "DM6", 60, 3.0), ("Fernlea", "DM6", 40, 4.1), ("Parkside", "DM7", 230, 3.7),
    ("Hollins", "DM7", 250, 5.0), ("Eastfield", "DM8", 90, 5.5), ("Eastvale", "DM8", 95, 7.5),
    ("Stanton", "DM9", 75, 9.0), ("Upton", "DM9", 110, 10.5),
]
VENUE_KINDS = [("Community Centre", "Main hall"), ("Library", "Meeting room"), ("Methodist Church Hall", "Hall"),
               ("Park", "Meet at the park gates"), ("Leisure Centre", "Studio 2")]
ACCESS = [("Step-free access", "Level entrance and lift to all floors"), ("Hearing loop", "Induction loop in the hall"),
          ("Accessible toilet", "Accessible toilet on the ground floor"), ("Parking", "Blue badge parking by the door")]
STREETS = ["High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue", "Victoria Street", "Queens Road",
           "Bridge Street", "Market Place", "School Lane"]


def district_of(outward):
    return EASTVALE if outward in ("DM8", "DM9") else MILLBROOK


def offset(bearing, km):
    lat = CENTRE[0] + km / 111.2 * math.cos(math.radians(bearing))
    lon = CENTRE[1] + km / (111.2 * math.cos(math.radians(CENTRE[0]))) * math.sin(math.radians(bearing))
    return round(lat, 6), round(lon, 6)


POSTCODES = {}  # postcode -> (lat, lon, district code)
VENUES = {}  # place -> [venue dicts]
for p_index, (place, outward, bearing, km) in enumerate(PLACES):
    for sector in range(1, 4):
        for unit in ("AB", "BD", "EF"):
            lat, lon = offset(bearing + rng.uniform(-12, 12), max(0.1, km + rng.uniform(-0.4, 0.4)))
            POSTCODES.setdefault(f"{outward} {sector}{unit}", (lat, lon, district_of(outward)[0]))
    VENUES[place] = []
    for k_index, (kind, room) in enumerate(VENUE_KINDS[:3 if km < 4 else 2]):
        code = f"{outward} {k_index + 1}{'HJ' if p_index % 2 else 'LN'}"
        lat, lon = offset(bearing + rng.uniform(-8, 8), max(0.1, km + rng.uniform(-0.3, 0.3)))
        POSTCODES[code] = (lat, lon, district_of(outward)[0])
        name = f"{place} {kind}".replace("Millbrook Centre Park", "Millbrook Memorial Park")
        VENUES[place].append(dict(
            id=uid("location", name), name=name, room=room, postcode=code, lat=lat, lon=lon,
            street=f"{rng.randint(1, 120)} {rng.choice(STREETS)}", city=district_of(outward)[1],
            transport=f"Bus {rng.randint(1, 40)} stops outside. " + rng.choice(
                ["Free car park behind the building.", "On-street parking nearby.", "Cycle racks at the entrance."]),
            access=rng.sample(ACCESS, rng.randint(1, 3))))
PLACE_OF_ORG = {RIVERSIDE: "Riverside", NORTHGATE: "Northgate", HARBOUR: "Harbour", EASTFIELD: "Eastfield",
                ARTS: "Castle Hill", CARERS: "Westmoor", MIND: "Kingsway", FOOD: "Southbank"}

# Service templates per category: (name, description, terms, min age, max age, £ per session or 0, delivery modes,
# eligibility criteria, sessions as (byday, opens, closes), freq)
TEMPLATES = {
    "walking": [
        ("{p} Health Walk", "A friendly, led walk of about an hour at an easy pace, with a chat over tea afterwards.",
         ["walking"], 16, None, 0, ["in_person"], [], ("WE", "10:00", "11:00"), "WEEKLY"),
        ("{p} Evening Stroll", "An after-work walk around the neighbourhood for people new to walking.",
         ["walking"], 18, None, 0, ["in_person"], [], ("TH", "18:00", "19:00"), "WEEKLY"),
        ("{p} Dementia-Friendly Walk", "A short, gentle walk for people living with dementia and their carers.",
         ["walking", "carers"], 18, None, 0, ["in_person"], [], ("FR", "11:00", "12:00"), "WEEKLY"),
    ],
    "exercise": [
        ("{p} Gentle Yoga", "Slow, seated and standing yoga for stiff joints and better sleep.",
         ["exercise", "mental"], 18, None, 3, ["in_person"], [], ("MO", "14:00", "15:00"), "WEEKLY"),
        ("{p} Strength and Balance Class", "Exercises proven to reduce falls, for people over 60.",
         ["exercise"], 60, None, 2, ["in_person"], [], ("TU", "10:30", "11:30"), "WEEKLY"),
        ("{p} Park Run Buddies", "Go to the Saturday parkrun with a volunteer buddy; walk, jog or run.",
         ["exercise", "walking"], 16, None, 0, ["in_person"], [], ("SA", "09:00", "10:00"), "WEEKLY"),
        ("{p} Online Seated Exercise", "A live seated exercise class on video call for people at home.",
         ["exercise"], 50, None, 0, ["online"], [], ("TH", "11:00", "11:45"), "WEEKLY"),
    ],
    "befriending": [
        ("{p} Phone Friends", "A regular phone call from a volunteer for people who live alone.",
         ["befriending"], 60, None, 0, ["phone"], [], ("MO,WE,FR", "10:00", "16:00"), "WEEKLY"),
        ("{p} Good Neighbours Scheme", "Volunteers who pop round for a cuppa, help with shopping or a lift.",
         ["befriending"], 65, None, 0, ["in_person"], ["lives_in_area"], ("MO,TU,WE,TH,FR", "09:00", "17:00"),
         "WEEKLY"),
    ],
    "groups": [
        ("{p} Coffee Morning", "Drop in for coffee, cake and conversation; everyone welcome.",
         ["groups"], None, None, 1, ["in_person"], [], ("TU", "10:00", "12:00"), "WEEKLY"),
        ("{p} Knit and Natter", "Bring your knitting or crochet, or learn from the group.",
         ["groups", "creative"], 16, None, 0, ["in_person"], [], ("WE", "13:30", "15:30"), "WEEKLY"),
        ("{p} Games Afternoon", "Board games, cards and dominoes in good company.",
         ["groups"], 18, None, 0, ["in_person"], [], ("FR", "14:00", "16:00"), "WEEKLY"),
        ("{p} Parents and Toddlers Group", "Play, songs and a chat for parents and carers of under-fives.",
         ["groups"], None, None, 1.5, ["in_person"], ["parent"], ("TH", "09:30", "11:30"), "WEEKLY"),
        ("{p} Veterans Breakfast Club", "A monthly breakfast for ex-forces men and women and their families.",
         ["groups"], 18, None, 0, ["in_person"], ["veteran"], ("1SA", "09:00", "11:00"), "MONTHLY"),
    ],
    "debt": [
        ("{p} Money Advice Clinic", "Book a free, confidential appointment about debts, arrears or bailiffs.",
         ["debt"], 18, None, 0, ["in_person", "phone"], ["lives_in_area"], ("MO,TH", "09:30", "13:00"), "WEEKLY"),
        ("{p} Cost of Living Drop-in", "Help with bills, food vouchers and grants, no appointment needed.",
         ["debt", "benefits"], 18, None, 0, ["in_person"], [], ("WE", "10:00", "13:00"), "WEEKLY"),
    ],
    "benefits": [
        ("{p} Benefits Advice Line", "Phone advice on Universal Credit, PIP and other benefits.",
         ["benefits"], 16, None, 0, ["phone"], [], ("MO,TU,WE,TH,FR", "09:00", "17:00"), "WEEKLY"),
        ("{p} Pension Credit Help", "Check if you can get Pension Credit and get help to claim it.",
         ["benefits"], 66, None, 0, ["in_person", "phone"], ["low_income"], ("TU", "13:00", "16:00"), "WEEKLY"),
    ],
    "peer": [
        ("{p} Low Mood Peer Group", "Meet people who understand what low mood feels like; led by volunteers.",
         ["peer", "mental"], 18, None, 0, ["in_person"], [], ("MO", "18:30", "20:00"), "WEEKLY"),
        ("{p} Chronic Pain Support Group", "Share ways of living well with long-term pain.",
         ["peer"], 18, None, 0, ["in_person", "online"], [], ("2TU", "14:00", "16:00"), "MONTHLY"),
        ("{p} New Mums Peer Support", "Support for mums with a baby under one who feel low or anxious.",
         ["peer", "mental"], 16, None, 0, ["in_person"], ["parent"], ("WE", "10:00", "11:30"), "WEEKLY"),
    ],
    "mental": [
        ("{p} Wellbeing Cafe", "A calm, friendly space to talk, with trained listeners on hand.",
         ["mental", "groups"], 18, None, 0, ["in_person"], [], ("TH", "17:00", "19:00"), "WEEKLY"),
        ("{p} Stress Management Workshop", "Practical ways to handle stress and sleep better, in four sessions.",
         ["mental"], 18, None, 0, ["in_person", "online"], [], ("1WE,3WE", "18:00", "19:30"), "MONTHLY"),
        ("{p} Listening Line", "Talk to a trained volunteer listener in confidence.",
         ["mental"], 18, None, 0, ["phone"], [], ("MO,TU,WE,TH,FR,SA,SU", "18:00", "22:00"), "WEEKLY"),
    ],
    "creative": [
        ("{p} Community Art Class", "Drawing and painting for beginners; materials included.",
         ["creative"], 16, None, 4, ["in_person"], [], ("TU", "13:00", "15:00"), "WEEKLY"),
        ("{p} Singing for Breathing", "Singing exercises that help people with lung conditions breathe easier.",
         ["creative", "exercise"], 18, None, 2, ["in_person"], [], ("FR", "10:30", "11:30"), "WEEKLY"),
        ("{p} Photography Walk", "Explore the neighbourhood with a camera or phone and share your photos.",
         ["creative", "walking"], 16, None, 0, ["in_person"], [], ("-1SU", "10:00", "12:00"), "MONTHLY"),
    ],
    "nature": [
        ("{p} Green Gym", "Conservation tasks outdoors: planting, path clearing and hedge laying.",
         ["nature", "exercise"], 16, None, 0, ["in_person"], [], ("SA", "10:00", "13:00"), "WEEKLY"),
        ("{p} Community Garden", "Grow fruit and vegetables with neighbours; no experience needed.",
         ["nature", "groups"], None, None, 0, ["in_person"], [], ("WE,SA", "10:00", "12:30"), "WEEKLY"),
    ],
    "carers": [
        ("{p} Carers Cafe", "Time out for unpaid carers, with information from local services.",
         ["carers", "groups"], 18, None, 0, ["in_person"], ["carer"], ("2TH", "10:00", "12:00"), "MONTHLY"),
        ("{p} Carers Assessment Support", "Help to ask for a carer's assessment and to prepare for it.",
         ["carers"], 16, None, 0, ["in_person", "phone"], ["carer", "lives_in_area"], ("MO,WE", "09:00", "15:00"),
         "WEEKLY"),
    ],
    "food": [
        ("{p} Community Pantry", "Low-cost groceries for members; £5 a week for about £20 of food.",
         ["food"], 18, None, 5, ["in_person"], ["lives_in_area"], ("FR", "12:00", "15:00"), "WEEKLY"),
        ("{p} Cooking on a Budget", "Six-week course in simple meals for under £1 a portion.",
         ["food"], 16, None, 0, ["in_person"], ["low_income"], ("TU", "18:00", "20:00"), "WEEKLY"),
        ("{p} Supper Club", "A shared evening meal for anyone who would like company.",
         ["food", "groups"], 18, None, 3, ["in_person"], [], ("-1FR", "18:00", "20:00"), "MONTHLY"),
    ],
}
ORG_KINDS = {"walking": "Walking Group", "exercise": "Active Together", "befriending": "Good Companions",
             "groups": "Community Association", "debt": "Money Advice Centre", "benefits": "Welfare Rights",
             "peer": "Peer Support Network", "mental": "Mind Matters", "creative": "Arts Hub",
             "nature": "Green Spaces Trust", "carers": "Carers Network", "food": "Food Partnership"}
LANGUAGES = [("English", "en"), ("Polish", "pl"), ("Urdu", "ur"), ("Punjabi", "pa"), ("Bengali", "bn"),
             ("Arabic", "ar"), ("Romanian", "ro")]
GENERATED_ORGS = []  # (id, name, description, email, website, verified, place, categories)
for index, place in enumerate(p[0] for p in PLACES):
    for offset_index, category in enumerate(sorted(TEMPLATES)):
        if (index + offset_index) % 4 != 0:
            continue
        name = f"{place} {ORG_KINDS[category]}"
        slug = name.lower().replace(" ", "-")
        second = sorted(TEMPLATES)[(offset_index + 5) % len(TEMPLATES)]
        GENERATED_ORGS.append((uid("org", name), name, f"A local charity in {place}: {ORG_KINDS[category].lower()}"
                               f" activities and support for local people.", f"hello@{slug}.example.org",
                               f"https://{slug}.example.org", True, place, [category, second]))


def sessions_for(name, index):
    """Sessions for the original hand-written services: the weekday in their name when there is one."""
    for code, day in (("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"),
                      ("FR", "Friday")):
        if day in name:
            return (code, "10:00", "11:30"), "WEEKLY"
    return (["MO", "TU", "WE", "TH", "FR"][index % 5], ["10:00", "13:30", "18:00"][index % 3],
            ["12:00", "15:30", "20:00"][index % 3]), "WEEKLY"


def all_services():
    """Every service as a dict: the hand-written ones first, then those from the templates."""
    out = []
    for index, (org, name, desc, terms, lo, hi, fee) in enumerate(SERVICES):
        session, freq = sessions_for(name, index)
        amount = 0 if fee is None or fee.startswith(("Free", "Pay")) else float(
            fee.split("£")[1].split()[0]) if "£" in fee else 0.5
        modes = ["phone"] if name.startswith("Telephone") else ["in_person"]
        out.append(dict(org=org, place=PLACE_OF_ORG[org], name=name, desc=desc, terms=terms, lo=lo, hi=hi, fee=fee,
                        amount=amount, modes=modes, criteria=["carer"] if "carer" in name.lower() else [],
                        session=session, freq=freq))
    for org_id, org_name, _, _, _, _, place, categories in GENERATED_ORGS:
        for category in categories:
            for template in TEMPLATES[category][: 5 if category == categories[0] else 2]:
                name_t, desc, terms, lo, hi, amount, modes, criteria, session, freq = template
                name = name_t.format(p=place.replace("Millbrook Centre", "Millbrook"))
                if any(s["name"] == name for s in out):
                    continue
                fee = None if amount == 0 else f"£{amount:.2f} a session"
                out.append(dict(org=org_id, place=place, name=name, desc=desc, terms=terms, lo=lo, hi=hi, fee=fee,
                                amount=amount, modes=modes, criteria=criteria, session=session, freq=freq))
    return out

DAYS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday",
        "SU": "Sunday"}
NTH = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}


def describe(freq, byday, opens, closes):
    """How a person would say it: "Every Tuesday, 10:00 to 11:30"; "Second Tuesday of the month, ..."."""
    parts = []
    for part in byday.split(","):
        nth, day = part[:-2], DAYS[part[-2:]]
        parts.append(f"{NTH[nth]} {day}" if nth else day)
    if freq == "MONTHLY" and any(p[:-2] for p in byday.split(",")):
        when = " and ".join(parts).capitalize() + " of the month"
    else:
        when = "Every day" if len(parts) == 7 else "Every " + (", ".join(parts[:-1]) + " and " + parts[-1]
                                                               if len(parts) > 1 else parts[0])
    return f"{when}, {opens} to {closes}"


def insert(table, columns, rows, conflict="(id)"):
    if not rows:
        return []
    return [f"INSERT INTO {table} ({', '.join(columns)}) VALUES",
            ",\n".join("  (" + ", ".join(v if isinstance(v, Raw) else q(v) for v in row) + ")" for row in rows),
            f"ON CONFLICT {conflict} DO NOTHING;", ""]


class Raw(str):
    """SQL written as is (arrays, booleans, dates)."""


def array(values):
    return Raw("'{" + ",".join(values) + "}'")


def main():
    taxonomy_id = uid("taxonomy", "demo")
    services = all_services()
    orgs = ORGS + [o[:6] for o in GENERATED_ORGS]
    lines = [
        "-- Demo data for ./suite up (loaded at start when DEMO_DATA_ENABLED=true; see DemoDataLoader). Idempotent: it",
        "-- only inserts what is missing, and never overwrites an edit made through the API.",
        "-- Generated by src/demo/generate_demo_data.py: edit that script, not this file.",
        "-- The demo area (Millbrook and Eastvale, postcodes DM1-DM9, districts E07999001/2) is fictional.",
    ]
    lines += insert("organization", ["id", "name", "description", "email", "website", "verified"],
                    [(i, n, d, e, w, Raw(str(v).lower())) for i, n, d, e, w, v in orgs])
    lines += insert("taxonomy", ["id", "name", "description", "version"],
                    [(taxonomy_id, TAXONOMY[0], TAXONOMY[1], "1")])
    lines += insert("taxonomy_term", ["id", "code", "name", "description", "parent_id", "taxonomy_id", "language"],
                    [(uid("term", c), c, n, d, uid("term", p) if p else None, taxonomy_id, "en") for c, n, p, d in TERMS])
    lines += insert("postcode_centroid", ["postcode", "latitude", "longitude", "area_code", "source"],
                    [(pc.replace(" ", ""), Raw(str(la)), Raw(str(lo)), code, "demo")
                     for pc, (la, lo, code) in sorted(POSTCODES.items())], "(postcode)")
    venues = [v for vs in VENUES.values() for v in vs]
    lines += insert("location", ["id", "location_type", "name", "description", "transportation", "latitude",
                                 "longitude"],
                    [(v["id"], "physical", v["name"], v["room"], v["transport"], Raw(str(v["lat"])),
                      Raw(str(v["lon"]))) for v in venues])
    lines += insert("address", ["id", "location_id", "address_1", "city", "state_province", "postal_code",
                                "country", "address_type"],
                    [(uid("address", v["id"]), v["id"], v["street"], v["city"], "Demoshire", v["postcode"], "GB",
                      "physical") for v in venues])
    lines += insert("accessibility", ["id", "location_id", "description", "details"],
                    [(uid("access", v["id"], a), v["id"], a, d) for v in venues for a, d in v["access"]])

    service_rows, term_rows, sal_rows, schedule_rows, contact_rows, phone_rows = [], [], [], [], [], []
    cost_rows, language_rows, area_rows = [], [], []
    for n, sv in enumerate(services):
        sid = uid("service", sv["name"])
        roll = rng.random()
        state, available, maximum = ("open", None, None)
        if roll < 0.12:
            state, available, maximum = "waiting_list", 0, rng.choice([8, 12, 20])
        elif roll < 0.18:
            state = "closed"
        elif roll < 0.40:
            maximum = rng.choice([10, 12, 15, 20, 30])
            available = rng.randint(1, maximum)
        # Most listings were reviewed in the last six months; about one in eight is overdue (stale).
        assured = f"2025-{rng.randint(3, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.12 \
            else f"2026-{rng.randint(6, 11):02d}-{rng.randint(1, 20):02d}"
        eligibility = None
        if sv["criteria"]:
            eligibility = "For " + " and ".join({"carer": "unpaid carers", "veteran": "veterans and their families",
                                                 "parent": "parents and carers of young children",
                                                 "low_income": "people on a low income",
                                                 "lives_in_area": "people who live in the area",
                                                 "disabled": "disabled people"}[c] for c in sv["criteria"]) + "."
        service_rows.append((sid, sv["org"], sv["name"], sv["desc"], "active", sv["fee"], sv["lo"], sv["hi"],
                             Raw(f"DATE '{assured}'"), eligibility, array(sv["modes"]), array(sv["criteria"]), state,
                             available, maximum))
        term_rows += [(sid, uid("term", c)) for c in sv["terms"]]
        term_rows += [(sid, open_eligibility_term(oe))
                      for oe in sorted({oe for c in sv["terms"] for oe in CROSSWALK.get(c, [])})]
        byday, opens, closes = sv["session"]
        where = []
        if "in_person" in sv["modes"]:
            place_venues = VENUES[sv["place"]]
            where.append(place_venues[n % len(place_venues)])
            if rng.random() < 0.15:  # also held in a neighbouring place
                neighbour = PLACES[(next(i for i, p in enumerate(PLACES) if p[0] == sv["place"]) + 1) % len(PLACES)]
                where.append(VENUES[neighbour[0]][0])
        for venue in where:
            sal_id = uid("sal", sid, venue["id"])
            sal_rows.append((sal_id, sid, venue["id"]))
            schedule_rows.append((uid("schedule", sal_id), sid, sal_id, sv["freq"], byday, opens, closes,
                                  describe(sv["freq"], byday, opens, closes)))
        if not where:
            schedule_rows.append((uid("schedule", sid), sid, None, sv["freq"], byday, opens, closes,
                                  describe(sv["freq"], byday, opens, closes)))
        contact_id = uid("contact", sid)
        org_email = next(o[3] for o in orgs if o[0] == sv["org"])
        contact_rows.append((contact_id, sid, rng.choice(["Group organiser", "Volunteer coordinator", "Duty adviser",
                                                          "Session lead"]), org_email))
        phone_rows.append((uid("phone", contact_id), contact_id, sid, f"01632 960{n % 1000:03d}", "voice"))
        cost_rows.append((uid("cost", sid), sid, "Free" if sv["amount"] == 0 else "Per session",
                          Raw(f"{sv['amount']:.2f}"), "GBP", sv["fee"] or "Free"))
        language_rows.append((uid("language", sid, "en"), sid, "English", "en"))
        if rng.random() < 0.2:
            name, code = rng.choice(LANGUAGES[1:])
            language_rows.append((uid("language", sid, code), sid, name, code))
        code, district = district_of(VENUES[sv["place"]][0]["postcode"].split()[0])
        areas = [(code, district)] if "lives_in_area" in sv["criteria"] else [MILLBROOK, EASTVALE]
        area_rows += [(uid("area", sid, c), sid, name, c, "https://statistics.data.gov.uk/id/statistical-geography/" + c)
                      for c, name in areas]

    lines += insert("service", ["id", "organization_id", "name", "description", "status", "fees_description",
                                "minimum_age", "maximum_age", "assured_date", "eligibility_description",
                                "delivery_modes", "eligibility_criteria", "referral_state", "capacity_available",
                                "capacity_maximum"], service_rows)
    lines += insert("service_taxonomy_term", ["service_id", "taxonomy_term_id"], term_rows, "")
    lines += insert("service_at_location", ["id", "service_id", "location_id"], sal_rows)
    lines += insert("schedule", ["id", "service_id", "service_at_location_id", "freq", "byday", "opens_at",
                                 "closes_at", "description"], schedule_rows)
    lines += insert("contact", ["id", "service_id", "title", "email"], contact_rows)
    lines += insert("phone", ["id", "contact_id", "service_id", "number", "type"], phone_rows)
    lines += insert("cost_option", ["id", "service_id", "option", "amount", "currency", "amount_description"],
                    cost_rows)
    lines += insert("language", ["id", "service_id", "name", "code"], language_rows)
    lines += insert("service_area", ["id", "service_id", "name", "area_code", "uri"], area_rows)
    out = Path(__file__).resolve().parents[2] / "src/main/resources/demo/directory-demo-data.sql"
    out.write_text("\n".join(lines))
    print(f"{len(orgs)} organisations, {len(services)} services, {len(sal_rows)} services at locations,"
          f" {len(venues)} locations, {len(POSTCODES)} postcodes")


if __name__ == "__main__":
    main()
