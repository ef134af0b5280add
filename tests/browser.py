"""Headless Chromium driven through the DevTools protocol, for tests that look as a reader does.

Chromium's own ``--window-size`` never lays a page out narrower than 500 px, so the viewport is
set through the protocol (``Emulation.setDeviceMetricsOverride``) instead: 320 px is a phone.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
import websocket
from programs import program

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--remote-debugging-port=0")


def chromium() -> str:
    """The Chromium executable, or a failed test that says how to install it."""
    return program("chromium", "chromium-browser", what="Chromium",
                   so="the HTML cannot be checked in a browser", package="chromium")


class ProtocolError(RuntimeError):
    """Chromium answered a command with an error."""


class Browser:
    """One headless Chromium with a fresh profile, and one page in it."""

    def __init__(self, *, timeout: float = 60) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-profile-"))
        self.process = subprocess.Popen(
            [chromium(), *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.timeout = timeout
        self.next_id = 0
        try:
            self.socket = websocket.create_connection(self._page_socket(), timeout=timeout,
                                                      suppress_origin=True)
            self.send("Page.enable")
            self.send("Runtime.enable")
        except BaseException:
            self.close()
            raise

    def _page_socket(self) -> str:
        """The page's DevTools websocket, from the port Chromium writes into its profile."""
        ready = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not ready.is_file() or len(ready.read_text().split()) < 2:
            if self.process.poll() is not None or time.monotonic() > deadline:
                error = self.process.stderr.read().decode(errors="replace") if (
                    self.process.poll() is not None) else "no answer"
                pytest.fail(f"headless Chromium did not start: {error[-1500:]}")
            time.sleep(0.05)
        port = ready.read_text().split()[0]
        browser = websocket.create_connection(
            f"ws://127.0.0.1:{port}{ready.read_text().split()[1]}", timeout=self.timeout,
            suppress_origin=True)
        try:
            browser.send(json.dumps({"id": 1, "method": "Target.getTargets"}))
            while True:
                answer = json.loads(browser.recv())
                if answer.get("id") == 1:
                    break
        finally:
            browser.close()
        (page,) = [t for t in answer["result"]["targetInfos"] if t["type"] == "page"]
        return f"ws://127.0.0.1:{port}/devtools/page/{page['targetId']}"

    def send(self, method: str, **params: Any) -> dict:
        """Send one command and return its result, setting aside the events that come first."""
        self.next_id += 1
        ident = self.next_id
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise ProtocolError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for(self, event: str) -> dict:
        """The parameters of the next ``event`` Chromium sends."""
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == event:
                return message["params"]

    def viewport(self, width: int, height: int = 800) -> None:
        """Lay the page out at ``width`` CSS px, as a phone or a desktop window would."""
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 800)

    def open(self, url: str) -> None:
        """Load ``url`` and wait until it has loaded."""
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        # Laid out with its fonts, and painted: what a reader sees, not a first draft.
        self.evaluate("document.fonts.ready.then(() => new Promise(done => "
                      "requestAnimationFrame(() => requestAnimationFrame(done))))", wait=True)

    def evaluate(self, expression: str, *, wait: bool = False) -> Any:
        """The value of a JavaScript expression in the page (awaited when ``wait``)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=wait)
        if "exceptionDetails" in result:
            raise ProtocolError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path, *, full_page: bool = True) -> Path:
        """A PNG of the page (all of it, when ``full_page``) at the current width."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            width, height = self.evaluate(
                "[innerWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", **params)["data"]))
        return path

    def print_to_pdf(self) -> bytes:
        """The page as the browser prints it, with the page's own @page sizes."""
        self.send("Emulation.clearDeviceMetricsOverride")
        result = self.send("Page.printToPDF", preferCSSPageSize=True, printBackground=True)
        return base64.b64decode(result["data"])

    def close(self) -> None:
        """Stop Chromium and remove its profile."""
        if getattr(self, "socket", None) is not None:
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
