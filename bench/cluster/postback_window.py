#!/usr/bin/env python3
"""How soon after one instance served a form may the other instance take its postback?

Run by bench/cluster.sh before the drive, on the two instances directly (no load balancer). A signed-in
resident loads the forum topic page on one instance and posts its reply form (the preview button) to the
other after a pause; for each pause it prints how many posts found their page and how many got "page has
expired". Payara writes the session to the data grid after the page has been sent, so a post sent within
that moment finds an older copy of the session without the page. Standard library only.
"""
import argparse
import json
import sys
import time
import uuid

import driver
from driver import Client, Stats, field, form_action, nonce

PAUSES = (0.0, 0.01, 0.05, 0.1, 0.25, 1.0)


def attempt(client, first, second, topic, pause):
    page = f"/forum/{driver.AREA}/topic.xhtml?id={topic}"
    client.base = first
    status, html, _ = client.call("GET", page)
    state = field(html, "jakarta.faces.ViewState") if status == 200 else None
    if state is None:
        return None
    form = {"reply": "reply", "reply:replyTo": "", "reply:body": f"postback window {uuid.uuid4()}",
            "jakarta.faces.ViewState": state, "primefaces.nonce": nonce(html), "reply:previewButton": ""}
    time.sleep(pause)
    client.base = second
    status, _, _ = client.call("POST", form_action(html, "reply") or page, form=form, expect=(200, 400))
    return status == 200


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--a", required=True)
    p.add_argument("--b", required=True)
    p.add_argument("--tries", type=int, default=12)
    args = p.parse_args()
    admin = Client(args.a, Stats())
    if not admin.sign_in(*driver.ADMIN):
        sys.exit("cannot sign the administrator in")
    status, body, _ = admin.call("POST", f"/forum/api/areas/{driver.AREA}/topics",
                                 {"title": "Postback window topic", "body": "Forms posted across instances."},
                                 bearer=admin.token, expect=(201,))
    topic = json.loads(body)["id"]
    client = Client(args.a, Stats())
    client.sign_in(*driver.RESIDENTS[0])
    print("postback to the other instance after its page was served: pause, posts that found their page")
    for pause in PAUSES:
        results = []
        for i in range(args.tries):
            first, second = (args.a, args.b) if i % 2 == 0 else (args.b, args.a)
            results.append(attempt(client, first, second, topic, pause))
        found = sum(1 for r in results if r)
        print(f"  {pause * 1000:6.0f} ms: {found}/{len(results)} found their page, {len(results) - found} 'page has expired'")


if __name__ == "__main__":
    main()
