"""How long the audit reads take on a case of 2,000 events.

Usage: python3 tools/measure-audit.py [EVENTS] [READS]   (the application on localhost:$PORT, 8080 unless
set; the demo directory)
Builds one case of EVENTS events (default 2000) over HTTP as its key worker and the specialists, in
rounds that use every kind of plan event. Then, as the unit's supervisor, it times the first look
back at the case (its events not yet in the application's memory), and reads READS times each
(default 300, after 100 unmeasured): the plan at a random moment of the case, its versions, the diff
between two random versions, and a random page of its history (50 events). Prints p50, p99 and max,
and the machine's load average, which says how much of the two cores other work took.
With CASE set to the id of a case built before, it reads that case again instead (to measure after
the JIT has compiled the reads). See docs/measuring.md.
"""
import base64, datetime, http.client, json, os, random, statistics, sys, time

EVENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
READS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
WARM_UP = 100
connection = http.client.HTTPConnection("localhost", int(os.environ.get("PORT", "8080")))


def call(method, path, user, body=None):
    headers = {"Authorization": "Basic " + base64.b64encode(f"{user}:{user}-demo".encode()).decode(),
               "Accept": "application/json", "Content-Type": "application/json"}
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path} as {user}: {response.status} {data[:300]!r}")
    return json.loads(data) if data else None


def day(days):
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


def professional(username):
    return call("GET", f"/api/v1/professionals?q={username}", "maija")["items"][0]["id"]


version = 0


def post(path, body, user="maija"):
    """A command on the case, or on an invitation (a path from /api); its answer says the plan's version."""
    global version
    answer = call("POST", path if path.startswith("/api") else case + path, user, body if body is not None else {})
    version = answer["version"]
    return answer["id"]


def agree(need):
    post(f"/needs/{need}/agreement", {"memberId": guardian, "decision": "AGREED", "channel": "MEETING",
                                      "givenAt": datetime.datetime.now(datetime.timezone.utc).isoformat()})


def consent(need, to):
    return post("/consents", {"givenBy": guardian, "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": to},
                              "needIds": [need], "purpose": "Tuki", "validUntil": day(60), "form": "WRITTEN"})


def invite(need, to):
    return post("/invitations", {"specialistId": to, "needIds": [need], "message": "Tervetuloa", "respondBy": day(14)})


def build():
    global case, child, guardian, sami, outi
    sami, outi = professional("sami"), professional("outi")
    opened = call("POST", "/api/v1/cases", "maija", {"family": {"members": [
        {"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"},
        {"role": "GUARDIAN", "displayName": "Anna"}]}})
    case = f"/api/v1/cases/{opened['id']}"
    members = {m["role"]: m["id"] for m in call("GET", case, "maija")["family"]["members"]}
    child, guardian = members["CHILD"], members["GUARDIAN"]
    started = time.perf_counter()
    round_ = 0
    while version < EVENTS - 25:
        round_ += 1
        need = post("/needs", {"description": f"Tarve {round_}", "raisedBy": guardian, "concernsMemberIds": [child, guardian]})
        agree(need)
        post("/child-views", {"childId": child, "needId": need, "view": "Haluan apua", "howHeard": "CONVERSATION"})
        to_sami = consent(need, sami)
        post(f"/api/v1/invitations/{invite(need, sami)}/acceptance", None, "sami")
        action = post("/actions", {"needId": need, "description": "Tapaaminen", "dueDate": day(7),
                                   "responsible": {"kind": "KEY_WORKER", "id": professional("maija")}})
        post(f"/actions/{action}/completion", {"note": "Tehty"})
        assessment = post("/actions", {"needId": need, "description": "Arvio", "dueDate": day(21),
                                       "responsible": {"kind": "NETWORK_MEMBER", "id": sami}})
        post(f"/actions/{assessment}/completion", {"note": "Arvioitu"}, "sami")
        post(f"/needs/{need}/revision", {"description": f"Tarve {round_}, tarkennettu"})
        agree(need)
        consent(need, outi)
        post(f"/api/v1/invitations/{invite(need, outi)}/decline", {"reason": "Ei aikaa"}, "outi")
        post(f"/invitations/{invite(need, outi)}/withdrawal", None)
        post("/child-views", {"childId": child, "view": "Koulussa on kivaa", "howHeard": "DRAWING"})
        open_needs = [n["id"] for n in call("GET", case, "maija")["needs"] if n["status"] != "CLOSED"]
        post("/reviews", {"heldOn": day(0), "participants": [{"kind": "FAMILY_MEMBER", "memberId": guardian}],
                          "summary": "Eteni", "nextReviewOn": day(30),
                          "followUps": [{"needId": n, "familyView": "Eteni", "professionalView": "Eteni",
                                         "decision": "CONTINUE"} for n in open_needs]})
        post("/approvals", {"approvedBy": guardian, "version": version})
        if round_ % 2 == 0:
            post(f"/consents/{to_sami}/withdrawal", {"withdrawnBy": guardian})
        if round_ % 3 == 0:
            post(f"/needs/{need}/closure", {"outcome": "MET"})
    while version < EVENTS - 1:
        post("/child-views", {"childId": child, "view": "Ei muuta", "howHeard": "CONVERSATION"})
    print(f"case {opened['id']}: {version + 1} events in {time.perf_counter() - started:.0f} s")


if os.environ.get("CASE"):
    case = f"/api/v1/cases/{os.environ['CASE']}"
    version = call("GET", f"{case}/history?size=1", "helena")["totalItems"] - 1
else:
    build()
    started = time.perf_counter()
    call("GET", f"{case}/plan/diff?from=0&to={version // 2}", "helena")
    print(f"first look back at the case (its events read from the store): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")

moments = []
for page in range(0, (version + 1 + 499) // 500):
    moments += [e["at"] for e in call("GET", f"{case}/history?page={page}&size=500", "helena")["items"]]


def measure(name, path):
    times = []
    for i in range(WARM_UP + READS):
        started = time.perf_counter()
        call("GET", path(), "helena")
        if i >= WARM_UP:
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(f"{name}: p50 {statistics.median(times):.1f} ms, p99 {times[int(len(times) * .99) - 1]:.1f} ms, "
          f"max {times[-1]:.1f} ms ({READS} reads)")


def pair():
    first, second = sorted(random.sample(range(version + 1), 2))
    return f"{case}/plan/diff?from={first}&to={second}"


print("load average before the reads: %.2f %.2f %.2f" % os.getloadavg())
measure("plan?at=", lambda: f"{case}/plan?at={random.choice(moments)}")
measure("versions", lambda: f"{case}/plan/versions")
measure("diff", pair)
measure("history page", lambda: f"{case}/history?page={random.randrange((version + 1) // 50)}&size=50")
print("load average after the reads: %.2f %.2f %.2f" % os.getloadavg())
