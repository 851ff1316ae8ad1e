"""Commands per second through the HTTP API, how soon the case view shows a command's change, case-list latency.

Usage: python3 tools/measure-commands.py CLIENTS SECONDS   (the application on localhost:8080, demo directory,
its management port on localhost:8081)
Each client records needs on five cases of its own, signed in as maija with HTTP Basic; then, on a
quiet system, 100 commands are each followed by reads of the case view until it shows the change;
last, maija's case list (first page) is read 300 times.
See docs/measuring.md.
"""
import http.client, base64, json, time, sys, threading, statistics
W = int(sys.argv[1]); T = float(sys.argv[2]); CASES_PER_WORKER = 5
AUTH = {"Authorization": "Basic " + base64.b64encode(b"maija:maija-demo").decode(), "Content-Type": "application/json", "Accept": "application/json"}
def conn(): return http.client.HTTPConnection("localhost", 8080)
def call(c, method, path, body=None):
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=AUTH)
    r = c.getresponse(); d = r.read(); return r.status, d
def new_case(c):
    s, d = call(c, "POST", "/api/v1/cases", {"family": {"members": [{"role": "CHILD", "displayName": "Lapsi", "birthDate": "2018-03-04"}, {"role": "GUARDIAN", "displayName": "Huoltaja"}]}})
    assert s == 201, (s, d)
    case = json.loads(d)["id"]
    while True:
        s, d = call(c, "GET", f"/api/v1/cases/{case}")
        if s == 200: break
        time.sleep(0.01)
    child = [m["id"] for m in json.loads(d)["family"]["members"] if m["role"] == "CHILD"][0]
    return case, child
setup = conn(); cases = [[new_case(setup) for _ in range(CASES_PER_WORKER)] for _ in range(W)]
counts = [0] * W; errors = [0] * W; lat = [[] for _ in range(W)]
stop = time.time() + T
def work(i):
    c = conn(); n = 0
    while time.time() < stop:
        case, child = cases[i][n % CASES_PER_WORKER]; n += 1
        s0 = time.perf_counter()
        s, d = call(c, "POST", f"/api/v1/cases/{case}/needs", {"description": "Unta ei tule", "raisedBy": child, "concernsMemberIds": [child]})
        lat[i].append((time.perf_counter() - s0) * 1000)
        if s == 200 or s == 201: counts[i] += 1
        else: errors[i] += 1
lags = {}
def sample_lag():
    """The tracking processors' lag in events (familycentre.processor.lag), every 200 ms during the load."""
    m = http.client.HTTPConnection("localhost", 8081)
    while time.time() < stop:
        m.request("GET", "/actuator/prometheus"); text = m.getresponse().read().decode()
        for line in text.splitlines():
            if line.startswith("familycentre_processor_lag{"):
                name = line.split('processor="')[1].split('"')[0]
                lags.setdefault(name, []).append(float(line.rsplit(" ", 1)[1]))
        time.sleep(0.2)
threads = [threading.Thread(target=work, args=(i,)) for i in range(W)] + [threading.Thread(target=sample_lag)]
t0 = time.time(); [t.start() for t in threads]; [t.join() for t in threads]; el = time.time() - t0
ms = sorted(x for l in lat for x in l)
print(f"{W} clients, {el:.1f} s: {sum(counts)} commands ({sum(counts)/el:.0f}/s), {sum(errors)} errors; latency p50 {statistics.median(ms):.1f} p99 {ms[int(len(ms)*.99)-1]:.1f} ms")
for name, values in sorted(lags.items()):
    print(f"processor {name} lag during the load: mean {statistics.mean(values):.1f}, max {max(values):.0f} events")
# read-your-write: how long after a command's answer the case view shows the new need (quiet system)
c = conn(); case, child = cases[0][0]; waits = []; reads = []
for i in range(100):
    s, d = call(c, "POST", f"/api/v1/cases/{case}/needs", {"description": f"Tarve {i}", "raisedBy": child, "concernsMemberIds": [child]})
    t = time.perf_counter(); n = 0
    while True:
        n += 1; s, d = call(c, "GET", f"/api/v1/cases/{case}")
        if f"Tarve {i}\"" in d.decode(): break
    waits.append((time.perf_counter() - t) * 1000); reads.append(n)
waits.sort()
print(f"case view shows the change after: p50 {statistics.median(waits):.1f} ms, p99 {waits[98]:.1f} ms, max {waits[-1]:.1f} ms; "
      f"reads needed: max {max(reads)} (1 = the first read after the answer already showed it)")
c = conn(); ms = []
for _ in range(300):
    t = time.perf_counter(); s, d = call(c, "GET", "/api/v1/cases"); assert s == 200, s
    ms.append((time.perf_counter() - t) * 1000)
ms.sort()
print(f"case list: p50 {statistics.median(ms):.1f} ms, p99 {ms[296]:.1f} ms, max {ms[-1]:.1f} ms")
