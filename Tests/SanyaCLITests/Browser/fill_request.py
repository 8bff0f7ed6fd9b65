#!/usr/bin/env python3
"""Fills Sanya's offline request page in Debian's Chromium, as a requester would, and saves request.json.

Drives the browser over the DevTools protocol through a pipe (--remote-debugging-pipe: JSON messages ended by
NUL on file descriptors 3 and 4), so it needs nothing beyond Python and Chromium. Typing goes through
Input.insertText (real input events), clicks through the elements' click(). Prints one JSON object with what
it saw; the Swift test judges it.

usage: fill_request.py PAGE.html DOWNLOAD_DIR
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self):
        self.to_browser_r, self.to_browser_w = os.pipe()
        self.from_browser_r, self.from_browser_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="sanya-chromium-")
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if not chromium:
            raise SystemExit("chromium is not installed (scripts/setup installs it)")

        def child():
            # Copied out of the way first: a pipe may already sit on 3 or 4, and dup2 onto itself would
            # leave it close-on-exec.
            reader, writer = os.dup(self.to_browser_r), os.dup(self.from_browser_w)
            os.dup2(reader, 3)
            os.dup2(writer, 4)

        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=child, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(self.to_browser_r)
        os.close(self.from_browser_w)
        self.next_id = 0
        self.buffer = b""
        self.events = []
        self.session = None

    def read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self.from_browser_r, 65536)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=True, timeout=20):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser_w, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            answer = self.read_message(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def type(self, selector, text):
        self.evaluate(f"(() => {{ const el = document.querySelector({json.dumps(selector)}); el.focus(); el.select && el.select(); }})()")
        self.send("Input.insertText", {"text": text})

    def clear(self, selector):
        self.evaluate(f"(() => {{ const el = document.querySelector({json.dumps(selector)}); el.focus(); el.select(); }})()")
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Backspace", "code": "Backspace", "windowsVirtualKeyCode": 8})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Backspace", "code": "Backspace", "windowsVirtualKeyCode": 8})

    def click(self, selector):
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")

    def text(self, selector):
        return self.evaluate(f"document.querySelector({json.dumps(selector)}).textContent")

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def main():
    page, downloads = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    seen = {}
    browser = Browser()
    try:
        browser.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads}, session=False)
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        browser.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        browser.send("Page.enable")
        browser.send("Page.navigate", {"url": "file://" + page})
        deadline = time.time() + 20
        while browser.evaluate("document.readyState") != "complete":
            if time.time() > deadline:
                raise TimeoutError("the page did not load")
            time.sleep(0.1)
        seen["title"] = browser.evaluate("document.title")

        # Saving an empty form names what is missing and saves nothing.
        browser.click("#save")
        seen["empty_summary"] = browser.text("#summary")

        # Wrong values are pointed out as they are typed, and cleared once right.
        browser.type("#head-email", "wichai.ja@kmitl")
        seen["bad_email"] = browser.text("#error-head-email")
        browser.clear("#head-email")
        browser.type("#head-email", "wichai.ja@kmitl.ac.th")
        seen["good_email"] = browser.text("#error-head-email")
        browser.type("#coordinator-phone", "12345")
        seen["bad_phone"] = browser.text("#error-coordinator-phone")
        browser.clear("#coordinator-phone")
        browser.type("#coordinator-phone", "081-111-2222 ต่อ 12")
        seen["good_phone"] = browser.text("#error-coordinator-phone")

        browser.type("#unit", "คณะเทคโนโลยีสารสนเทศ (Faculty of Information Technology)")
        browser.type("#project", "Advising dashboard 2570")
        browser.type("#head-name", "รศ.ดร.วิชัย ใจงาม")
        browser.type("#head-position", "คณบดี")
        browser.type("#head-phone", "02-329-8127")
        browser.type("#coordinator-name", "นายสมศักดิ์ ดีมาก")
        browser.type("#coordinator-email", "somsak.de@kmitl.ac.th")
        browser.type("#purpose", "Show advisors their students' grades each term.")
        browser.click('input[name="connection"][value="api-get"]')
        seen["addresses_needed"] = browser.text("#error-addresses")
        browser.type("#addresses", "10.30.1.0/24\n10.30.1.999")
        seen["bad_address"] = browser.text("#error-addresses")
        browser.clear("#addresses")
        browser.type("#addresses", "10.30.1.0/24\nhttps://it.kmitl.ac.th/advising")
        seen["good_address"] = browser.text("#error-addresses")
        browser.click('input[name="formats"][value="json"]')
        browser.click('input[name="formats"][value="excel"]')
        browser.click('input[name="formats"][value="other"]')
        seen["other_needed"] = browser.text("#error-other_format")
        browser.type("#other_format", "Power BI")
        browser.type("#details", "รหัสนักศึกษา ชื่อ เกรดรายวิชา")

        # The catalog is searched in Thai or English.
        browser.type("#item-search", "เกรด")
        seen["search_thai"] = browser.evaluate("Array.from(document.querySelectorAll('#catalog label')).filter(l => !l.hidden).map(l => l.querySelector('input').value)")
        browser.clear("#item-search")
        browser.type("#item-search", "first name")
        seen["search_english"] = browser.evaluate("Array.from(document.querySelectorAll('#catalog label')).filter(l => !l.hidden).map(l => l.querySelector('input').value)")
        for item in ["enrollment.letter_grade", "enrollment.term_id", "student.first_name_th", "course.name_en"]:
            browser.click(f'input[name="items"][value="{item}"]')
        seen["picked"] = browser.text("#picked")
        browser.type("#memo", "อว 7290/2569-1500")
        browser.evaluate("(() => { const el = document.querySelector('#requested'); el.value = '2026-11-26'; el.dispatchEvent(new Event('input', {bubbles: true})); })()")

        browser.click("#save")
        seen["saved_summary"] = browser.text("#summary")
        target_file = os.path.join(downloads, "request.json")
        deadline = time.time() + 20
        while not os.path.exists(target_file):
            if time.time() > deadline:
                raise TimeoutError("request.json was not downloaded")
            time.sleep(0.1)
        seen["download"] = target_file

        # The printable page: the form's layout, filled, and a real PDF of it.
        browser.evaluate("window.print = () => { window.printed = true; }")
        browser.click("#print")
        seen["printed"] = browser.evaluate("window.printed === true")
        seen["printout"] = browser.text("#printout")
        pdf = browser.send("Page.printToPDF", {"printBackground": False})
        data = base64.b64decode(pdf["data"])
        with open(os.path.join(downloads, "request.pdf"), "wb") as f:
            f.write(data)
        seen["pdf_bytes"] = len(data)
        seen["pdf_magic"] = data[:5].decode("latin-1")
    finally:
        browser.close()
    print(json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main()
