#!/usr/bin/env python3
"""Drives two clustered portal instances through the load balancer, kills one mid-run, and counts.

Run by bench/cluster.sh, which starts PostgreSQL, the instances, HAProxy and the mail sink. Standard
library only. Every write the portal acknowledges is remembered and looked for in the database at the
end (lost), every mail the sink received twice is a duplicate, and every failed request is an error
with its time, so the report can say which fell while the killed instance's requests were in flight.
"""
import argparse
import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

AREA = "riverside"
RESIDENTS = [("amira@demo.oursociety.org", "demo-resident-2026"), ("tom@demo.oursociety.org", "demo-resident-2026")]
ADMIN = ("admin@demo.oursociety.org", "demo-admin-2026")
TIMEOUT = 60
# A resident reads a form before sending it. Without any pause a post can reach the other instance before the
# session holding its page has: postback_window.py measures that window (tens of milliseconds).
THINK_SECONDS = 0.3


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.errors = []  # (time, what)
        self.api_posts = []  # acknowledged post ids
        self.form_posts = []  # acknowledged reply texts
        self.registrations = []  # acknowledged emails
        self.switches = []  # (time, enabled) acknowledged module switches
        self.signouts = 0

    def count(self):
        with self.lock:
            self.requests += 1

    def error(self, what):
        with self.lock:
            self.errors.append((time.time(), what))


class Client:
    """One browser-like client: its own cookies, through one base URL."""

    def __init__(self, base, stats):
        self.base = base
        self.stats = stats
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.csrf = None
        self.token = None

    def call(self, method, path, body=None, headers=None, form=None, expect=(200,), bearer=None, count=True):
        data = None
        hdrs = {"Accept": "application/json, text/html"}
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        if self.csrf and method not in ("GET", "HEAD"):
            hdrs["X-CSRF-Token"] = self.csrf
        if bearer:
            hdrs["Authorization"] = "Bearer " + bearer
        hdrs.update(headers or {})
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=hdrs)
        if count:
            self.stats.count()
        try:
            with self.opener.open(req, timeout=TIMEOUT) as resp:
                status, text, location = resp.status, resp.read().decode("utf-8", "replace"), resp.headers.get("Location")
        except urllib.error.HTTPError as e:
            status, text, location = e.code, e.read().decode("utf-8", "replace"), e.headers.get("Location")
        except Exception as e:  # connection refused or reset, time-out
            if count:
                self.stats.error(f"{method} {path}: {type(e).__name__} {e}")
            return None, "", None
        if count and status not in expect:
            self.stats.error(f"{method} {path}: HTTP {status} {text[:160]!r}")
        return status, text, location

    def sign_in(self, email, password):
        status, text, _ = self.call("POST", "/api/session", {"email": email, "password": password})
        if status != 200:
            return False
        signed = json.loads(text)
        self.csrf, self.token = signed["csrfToken"], signed["token"]
        return True

    def sign_out(self):
        status, _, _ = self.call("DELETE", "/api/session", expect=(200, 204))
        self.csrf = self.token = None
        return status in (200, 204)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def field(html, name):
    m = re.search(r'name="' + re.escape(name) + r'"[^>]*value="([^"]*)"', html) or \
        re.search(r'value="([^"]*)"[^>]*name="' + re.escape(name) + r'"', html)
    return m.group(1).replace("&#58;", ":").replace("&amp;", "&") if m else None


def nonce(html):
    """PrimeFaces' script adds the page's CSP nonce to every form it submits; a post without it is stale."""
    m = re.search(r'nonce="([^"]+)"', html)
    return m.group(1) if m else ""


def form_action(html, form_id):
    m = re.search(r'<form[^>]*id="' + re.escape(form_id) + r'"[^>]*>', html)
    a = re.search(r'action="([^"]*)"', m.group(0)) if m else None
    return a.group(1).replace("&amp;", "&") if a else None


def form_reply(client, topic, text):
    """The topic page's reply form: load it, preview, then post from the preview (three requests, any instance),
    with a resident's moment between seeing a page and sending its form."""
    page = f"/forum/{AREA}/topic.xhtml?id={topic}"
    status, html, _ = client.call("GET", page)
    if status != 200:
        return False
    state = field(html, "jakarta.faces.ViewState")
    if state is None:
        client.stats.error("GET topic page: no reply form")
        return False
    action = form_action(html, "reply") or page
    time.sleep(THINK_SECONDS)
    base = {"reply": "reply", "reply:replyTo": "", "reply:body": text, "jakarta.faces.ViewState": state,
            "primefaces.nonce": nonce(html)}
    status, html, _ = client.call("POST", action, form=dict(base, **{"reply:previewButton": ""}))
    if status != 200:
        return False
    state = field(html, "jakarta.faces.ViewState") or state
    base["primefaces.nonce"] = nonce(html)
    time.sleep(THINK_SECONDS)
    action = form_action(html, "reply") or action
    status, html, location = client.call("POST", action, form=dict(base, **{"reply:submit": "", "jakarta.faces.ViewState": state}),
                                         expect=(302, 303))
    return status in (302, 303) and location is not None and "topic.xhtml" in location


class Run:
    def __init__(self, args):
        self.args = args
        self.stats = Stats()
        self.stop = threading.Event()
        self.topic = None

    def resident(self, email, password, n):
        client = Client(self.args.lb, self.stats)
        i = 0
        while not self.stop.is_set():
            if not client.sign_in(email, password):
                time.sleep(1)
                continue
            for _ in range(4):
                if self.stop.is_set():
                    break
                i += 1
                text = f"cluster reply {n}-{i} {uuid.uuid4()}"
                status, body, _ = client.call("POST", f"/forum/api/topics/{self.topic}/posts", {"body": text}, expect=(201,))
                if status == 201:
                    with self.stats.lock:
                        self.stats.api_posts.append(json.loads(body)["id"])
                time.sleep(self.args.interval)
                text = f"cluster form reply {n}-{i} {uuid.uuid4()}"
                if form_reply(client, self.topic, text):
                    with self.stats.lock:
                        self.stats.form_posts.append(text)
                client.call("GET", f"/forum/{AREA}/")
                client.call("GET", "/forum/api/me")
                client.call("GET", f"/budget/{AREA}/")
                time.sleep(self.args.interval)
            if client.sign_out():
                with self.stats.lock:
                    self.stats.signouts += 1

    def registrations(self):
        client = Client(self.args.lb, self.stats)
        while not self.stop.is_set():
            email = f"cluster-{uuid.uuid4().hex[:12]}@example.org"
            status, _, _ = client.call("POST", "/api/users", {"email": email, "displayName": "Cluster Resident",
                                                              "password": "a cluster bench password " + uuid.uuid4().hex[:6]},
                                       expect=(202,))
            if status == 202:
                with self.stats.lock:
                    self.stats.registrations.append(email)
            time.sleep(1.0)

    def admin(self, admin_token):
        client = Client(self.args.lb, self.stats)
        enabled = True
        while not self.stop.is_set():
            enabled = not enabled
            status, _, _ = client.call("PUT", f"/api/areas/{AREA}/modules/directory", {"enabled": enabled, "descendants": True},
                                       bearer=admin_token, expect=(200, 204))
            if status in (200, 204):
                with self.stats.lock:
                    self.stats.switches.append((time.time(), enabled))
            time.sleep(3.0)

    def reader(self):
        client = Client(self.args.lb, self.stats)
        paths = ["/", f"/forum/{AREA}/", f"/forum/{AREA}/topic.xhtml?id={self.topic}", f"/budget/{AREA}/",
                 "/forum/api/areas/" + AREA + "/topics", "/health/ready"]
        while not self.stop.is_set():
            for p in paths:
                client.call("GET", p)
            time.sleep(0.3)


def sql(args, query):
    out = subprocess.run(["psql", "-qAt", "-h", "127.0.0.1", "-p", str(args.db_port), "-U", "postgres", "-d", "portal",
                          "-c", query], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def await_status(client, method, path, wanted, limit=30.0, bearer=None):
    start = time.time()
    while time.time() - start < limit:
        status, _, _ = client.call(method, path, bearer=bearer, count=False)
        if status == wanted:
            return time.time() - start
        time.sleep(0.05)
    return None


def checks(args, stats, admin_token):
    """Claims checked on the instances directly (not through the load balancer), before the load."""
    a, b = Client(args.a, stats), Client(args.b, stats)
    results = {}
    # A sign-out on A is refused on B within 2 s.
    if a.sign_in(*RESIDENTS[1]):
        token = a.token
        assert Client(args.b, stats).call("GET", "/forum/api/me", bearer=token, count=False)[0] == 200
        a.sign_out()
        results["sign-out seen on the other instance after (s)"] = await_status(b, "GET", "/forum/api/me", 401, bearer=token)
    # A module switched off on A is off on B within 2 s; then on again.
    a.call("PUT", f"/api/areas/{AREA}/modules/directory", {"enabled": False, "descendants": True}, bearer=admin_token,
           expect=(200, 204), count=False)
    results["module switch seen on the other instance after (s)"] = await_status(b, "GET", f"/directory/{AREA}/", 404)
    a.call("PUT", f"/api/areas/{AREA}/modules/directory", {"enabled": True, "descendants": True}, bearer=admin_token,
           expect=(200, 204), count=False)
    await_status(b, "GET", f"/directory/{AREA}/", 200)
    # The forum's reply interval counts across instances: a reply on A, then at once one on B.
    c = Client(args.a, stats)
    if c.sign_in(*RESIDENTS[0]):
        first = c.call("POST", f"/forum/api/topics/{args.topic}/posts", {"body": f"throttle check {uuid.uuid4()}"},
                       bearer=c.token, count=False)[0]
        second = Client(args.b, stats).call("POST", f"/forum/api/topics/{args.topic}/posts",
                                            {"body": f"throttle check {uuid.uuid4()}"}, bearer=c.token, count=False)[0]
        results["reply interval held across instances"] = f"{first} on A then {second} on B"
        c.sign_out()
        time.sleep(args.interval)
    # Five wrong passwords on alternate instances lock the email (PORTAL_SIGNIN_EMAIL_FAILURES=5).
    victim = f"cluster-lock-{uuid.uuid4().hex[:8]}@example.org"
    for i in range(5):
        (a if i % 2 == 0 else b).call("POST", "/api/session", {"email": victim, "password": "wrong password"}, count=False)
    locked = b.call("POST", "/api/session", {"email": victim, "password": "wrong password"}, count=False)
    results["sign-in throttle held across instances"] = f"6th attempt on B answered {locked[0]}"
    return results


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lb", required=True)
    p.add_argument("--a", required=True)
    p.add_argument("--b", required=True)
    p.add_argument("--kill", required=True, help="pids of the instance to kill, comma-separated")
    p.add_argument("--db-port", required=True, type=int)
    p.add_argument("--mails", required=True, help="the mail sink's directory")
    p.add_argument("--seconds", type=int, default=120)
    p.add_argument("--kill-after", type=int, default=45)
    p.add_argument("--interval", type=float, default=3.2)
    args = p.parse_args()
    run = Run(args)
    stats = run.stats

    admin = Client(args.lb, stats)
    if not admin.sign_in(*ADMIN):
        print("cannot sign the administrator in", file=sys.stderr)
        sys.exit(1)
    status, body, _ = admin.call("POST", f"/forum/api/areas/{AREA}/topics",
                                 {"title": "Cluster bench topic", "body": "Replies from the cluster bench."},
                                 bearer=admin.token, expect=(201,), count=False)
    if status != 201:
        print(f"cannot create the bench topic: {status} {body[:300]}", file=sys.stderr)
        sys.exit(1)
    run.topic = args.topic = json.loads(body)["id"]
    for label, value in checks(args, stats, admin.token).items():
        print(f"check: {label}: {value if not isinstance(value, float) else round(value, 2)}")
    stats.requests, stats.errors = 0, []

    threads = [threading.Thread(target=run.resident, args=(e, pw, n), daemon=True) for n, (e, pw) in enumerate(RESIDENTS)]
    threads += [threading.Thread(target=run.registrations, daemon=True),
                threading.Thread(target=run.admin, args=(admin.token,), daemon=True),
                threading.Thread(target=run.reader, daemon=True), threading.Thread(target=run.reader, daemon=True)]
    started = time.time()
    for t in threads:
        t.start()
    time.sleep(args.kill_after)
    killed_at = time.time()
    for pid in args.kill.split(","):
        try:
            os.kill(int(pid), signal.SIGKILL)
        except ProcessLookupError:
            pass
    print(f"kill -9 of instance B at {killed_at - started:.1f} s (pids {args.kill})")
    time.sleep(max(0, args.seconds - args.kill_after))
    run.stop.set()
    for t in threads:
        t.join(timeout=TIMEOUT + 5)

    # What was acknowledged must be in the database; every mail queued must arrive once.
    posts = set(sql(args, f"select id from forum.post where topic_id = '{args.topic}'").split())
    texts = set(sql(args, f"select body_source from forum.post where topic_id = '{args.topic}'").splitlines())
    lost_api = [i for i in stats.api_posts if i not in posts]
    lost_form = [t for t in stats.form_posts if t not in texts]
    users = set(sql(args, "select email from core.user_account where email like 'cluster-%'").split())
    lost_users = [e for e in stats.registrations if e not in users]
    last_switch = stats.switches[-1][1] if stats.switches else None
    deadline = time.time() + 120
    while time.time() < deadline and sql(args, "select count(*) from core.mail_outbox where sent_at is null") != "0":
        time.sleep(1)
    unsent = int(sql(args, "select count(*) from core.mail_outbox where sent_at is null"))
    received, message_ids = {}, {}
    for name in [n for n in os.listdir(args.mails) if not n.endswith(".tmp")]:
        with open(os.path.join(args.mails, name), errors="replace") as f:
            rcpt = f.readline().strip()
            text = f.read()
        received[rcpt] = received.get(rcpt, 0) + 1
        m = re.search(r"^Message-ID:\s*(\S+)", text, re.IGNORECASE | re.MULTILINE)
        key = m.group(1) if m else name
        message_ids[key] = message_ids.get(key, 0) + 1
    # the same mail twice is the same Message-ID (a recipient may well get several different mails)
    duplicates = sum(n - 1 for n in message_ids.values() if n > 1)
    queued = int(sql(args, "select count(*) from core.mail_outbox"))
    missing_mails = [e for e in stats.registrations if received.get(e, 0) == 0]
    switch_state = sql(args, f"select count(*) from core.area_module am join core.area a on a.id = am.area_id "
                             f"where a.slug = '{AREA}' and am.module_id = 'directory' and am.enabled") if last_switch is not None else ""

    errors_before = [e for e in stats.errors if e[0] < killed_at]
    errors_after = [e for e in stats.errors if e[0] >= killed_at]
    recovered = (max(e[0] for e in errors_after) - killed_at) if errors_after else 0.0
    print(f"requests through the load balancer: {stats.requests} in {args.seconds} s; sign-outs: {stats.signouts}")
    print(f"acknowledged: {len(stats.api_posts)} API replies, {len(stats.form_posts)} form replies (3 requests each),"
          f" {len(stats.registrations)} registrations, {len(stats.switches)} module switches")
    print(f"lost: {len(lost_api)} API replies, {len(lost_form)} form replies, {len(lost_users)} registrations,"
          f" {len(missing_mails)} confirmation mails")
    print(f"mails: {queued} queued, {sum(received.values())} received, {unsent} unsent, {duplicates} received twice")
    if last_switch is not None:
        print(f"last acknowledged directory switch: {'on' if last_switch else 'off'}; in the database: {switch_state}")
    print(f"errors before the kill: {len(errors_before)}; after: {len(errors_after)}; the survivor served everything"
          f" {recovered:.1f} s after the kill")
    for t, what in stats.errors[:40]:
        print(f"  error at {t - started:6.1f} s: {what}")
    lost = len(lost_api) + len(lost_form) + len(lost_users) + len(missing_mails)
    print(f"lost={lost} duplicates={duplicates} errors={len(stats.errors)} requests={stats.requests}")


if __name__ == "__main__":
    main()
