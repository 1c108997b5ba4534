"""The HTTP side of `jixiao serve`: the server its pages are served from, and what is said when it cannot start.

http.server does the serving; what it needs here is a port no other server shares on Windows, an IPv6
address taken as well as an IPv4 one, and reasons in the words of `--host` and `--port`.
"""
from __future__ import annotations

import contextlib
import errno
import io
import os
import socket
import sys
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .errors import os_reason
from .serve_hosts import OTHER_SITE, WILDCARDS, allowed_host, lan_addresses

REUSE_SHARES_PORT = os.name == "nt"  # what SO_REUSEADDR does on Windows (see PreviewServer)
CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)
"""What writing to a browser that closed the connection raises: a tab closed, a link clicked mid-page."""
IDLE_SECONDS = 30.0
"""How long a connection may wait for its request, or for a page to be taken: a browser's speculative preconnect that
never asks, or stops mid-line, held its connection and its thread for as long as the preview ran. The pages' reload
script asks once a second and gets its answer at once: nothing of the preview's waits longer; a form's page (35 KB at
most of the five examples) is sent in far less on the slowest network a colleague opens it over."""
MALFORMED = {
    400: "预览读不懂这个请求（格式不对）；请在浏览器里打开 jixiao serve 启动时印出的网址。",
    414: "网址太长（超过 65536 个字符），预览不接受；请打开 jixiao serve 启动时印出的网址，再点首页上规格的链接。",
    431: "请求头太长或太多，预览不接受：常见于这个地址存了很多别的网页留下的 Cookie；请在浏览器里清除这个地址的 Cookie 后再打开。",
    505: "预览只接受 HTTP/1.0 和 HTTP/1.1 的请求，不接受这个请求的 HTTP 版本；请用浏览器打开 jixiao serve 启动时印出的网址。",
}
"""What http.server's own refusals of a malformed request say (`send_error`): its page was English HTML."""


class PreviewServer(ThreadingHTTPServer):
    """http.server's threading server, that lets no other server share its port on Windows, and listens
    on an IPv6 address too.

    On Windows SO_REUSEADDR (http.server sets it) binds a port another server listens on: a second serve
    started without a word and the browser kept getting the first one's pages (python/cpython#85307).
    Elsewhere it only lets a restarted serve have the port its last run left in TIME_WAIT.
    The server was IPv4 only: `--host ::` or `::1` was said not to be this computer's address."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler, failed):
        host, port = address
        self.address_family = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
        self._failed = failed
        super().__init__(address, handler)

    def handle_error(self, request, client_address):
        """A browser gone mid-answer is no error; anything else is said by `failed`, in Chinese and in one line.

        socketserver printed a 20-line traceback for each: a tab closed or a link clicked while a form was
        being made filled the terminal where the spec's errors are said."""
        exc = sys.exc_info()[1]
        if not isinstance(exc, CLIENT_GONE):
            self._failed(exc)

    @property
    def allow_reuse_address(self) -> bool:  # type: ignore[override]
        return not REUSE_SHARES_PORT

    def server_bind(self):
        if self.address_family == socket.AF_INET6:  # `::` takes IPv4 too, as it does on Linux but not on Windows
            with contextlib.suppress(OSError, AttributeError):
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()


class RequestReader(io.RawIOBase):
    """A connection's bytes as its request is read, all of it within the idle time from when the connection is taken
    (`IDLE_SECONDS`): the socket's own timeout counts each wait for a byte alone, so a sender of a byte a second held
    its connection and thread for as long as serve ran. A connection holds one request: the preview answers HTTP/1.0,
    after which http.server closes it and a browser asks its next page on a new one. Replies are written with the
    socket's idle timeout as before. The server has a thread per connection (ThreadingHTTPServer): such a sender
    never kept others waiting."""

    def __init__(self, connection: socket.socket, idle: float):
        super().__init__()
        self._connection, self._idle = connection, idle
        self._deadline = time.monotonic() + idle

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request was not read within the idle time")
        self._connection.settimeout(left)
        try:
            return self._connection.recv_into(buffer)
        finally:
            self._connection.settimeout(self._idle)


def web_address(host: str, port: int) -> str:
    """The preview's web address: a host that means every address is opened as this computer's."""
    shown = "127.0.0.1" if host in WILDCARDS else f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def colleagues_addresses(host: str, port: int) -> list[str] | None:
    """The web addresses other computers open a preview bound to every address at (see serve_hosts.lan_addresses);
    None when bound to one address, whose web address is the one serve prints."""
    if host not in WILDCARDS:
        return None
    return [web_address(address, port) for address in lan_addresses(host)]


def make_server(preview, host: str, port: int, idle: float = IDLE_SECONDS) -> ThreadingHTTPServer:
    """An HTTP server for the pages of `preview` (a serve.Preview); port 0 picks a free one (server.server_address says which).
    A connection idle for `idle` seconds is closed (`IDLE_SECONDS`)."""

    class Handler(BaseHTTPRequestHandler):
        timeout = idle  # socketserver sets it on each connection; http.server closes a connection whose read or write timed out
        error_message_format = "%(explain)s"
        error_content_type = "text/plain; charset=utf-8"

        def setup(self):
            super().setup()
            self.rfile.close()  # the socket's own reader, in favour of one that keeps to the idle time (RequestReader)
            self.rfile = io.BufferedReader(RequestReader(self.connection, idle))

        def send_error(self, code, message=None, explain=None):
            """http.server's refusal of a request it cannot read (a line too long, an HTTP/2 version) in Chinese, as
            the 405 is (`MALFORMED`); the status line keeps http.server's reason, which must be ASCII."""
            super().send_error(code, message, MALFORMED.get(code, f"预览无法处理这个请求（HTTP 状态码 {code}）。"))

        def parse_request(self):
            """A request of HTTP/0.9 (`GET /` with no version, or `GET / HTTP/0.9`) is refused at once as any version
            the preview does not take (505's words, sent bare as HTTP/0.9 expects). http.server, after `GET /`, waited
            for headers an HTTP/0.9 client never sends: nothing was answered until the idle time closed the connection;
            `GET / HTTP/0.9` was answered the page with no status line or headers."""
            if len(self.raw_requestline.split()) != 2:
                if not super().parse_request():
                    return False  # refused by http.server (send_error), or the headers' reading timed out
                if self.request_version != self.default_request_version:
                    return True
            else:  # what http.server sets before it reads headers
                self.command, self.request_version = None, self.default_request_version
                self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
            self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED)  # closes the connection (its Connection: close)
            return False

        def do_GET(self):  # noqa: N802 (http.server's naming)
            self._answer(with_body=True)

        def do_HEAD(self):  # noqa: N802
            """As GET without the body: a link checker or `curl -I` got http.server's 501 page, in English."""
            self._answer(with_body=False)

        def __getattr__(self, name: str):
            """Any other method is refused (`_refuse`): http.server answers the methods it finds a `do_<METHOD>` for,
            and its own 501 page in English for the rest (TRACE, PROPFIND, a probe's lower-case `get`)."""
            if name.startswith("do_"):
                return self._refuse
            raise AttributeError(name)

        def _refuse(self):
            """Any other method (a form posted, a probe's OPTIONS) is 405 in Chinese: the preview only shows pages,
            and http.server's own answer was a 501 page in English."""
            body = "预览只能查看页面（GET、HEAD），不接受提交或修改。".encode("utf-8")
            self.send_response(405)
            self.send_header("Allow", "GET, HEAD")
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, with_body: bool):
            if allowed_host(self.headers.get("Host"), host):
                status, content_type, body = preview.page(self.path.split("?", 1)[0])
            else:  # a page of another site, its name turned to this computer's address (see serve_hosts)
                status, content_type = 403, "text/plain; charset=utf-8"
                body = OTHER_SITE.format(host=self.headers.get("Host")).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 (the base class's name)
            """Quiet: a request line per second of reload polling would bury the messages that matter."""

    return PreviewServer((host, port), Handler, preview.failed)


def cannot_listen(host: str, port: int, exc: OSError | UnicodeError) -> str:
    """Why the server could not start, in the words of `--host` and `--port`: the system's own are English
    ("Address already in use"), and an unknown host was said to be a port in use. A host that cannot be a name at all
    (a part of it longer than 63 letters, or empty) is a UnicodeError of Python's, which was an internal error."""
    if isinstance(exc, (socket.gaierror, UnicodeError)) or exc.errno == errno.EADDRNOTAVAIL:
        return f"“{host}”不是这台电脑的地址；请检查 --host（不写时是 127.0.0.1，只有本机能打开）"
    if exc.errno == errno.EADDRINUSE:
        return (f"端口 {port} 已被占用（也许已有一个 jixiao serve 在运行）；"
                "请用 --port 换一个，或写 --port 0 任选一个空闲的")
    if exc.errno in (errno.EACCES, getattr(errno, "WSAEACCES", errno.EACCES)):
        return f"没有权限使用端口 {port}（1024 以下的端口要管理员权限）；请用 --port 换一个 1024 以上的端口"
    return f"{os_reason(exc)}；请用 --port 换一个端口，或检查 --host"
