"""Which addresses `jixiao serve --host 0.0.0.0` is opened at, and which it answers.

With `--host 0.0.0.0` (or `::`) colleagues on the same network open the preview at this computer's own address,
which serve did not print: it said only http://127.0.0.1:PORT/, which on their computers is their own. The LAN
addresses are found without sending anything: the addresses the computer's name resolves to, and the source
address the system would pick for a route outward (a UDP socket's connect sends no packet).

A preview serves the unit's budgets to any page the browser opens: a web page whose name its DNS server turns to
127.0.0.1 a moment later (DNS rebinding) could read them as a page of its own site. The browser still sends that
page's name in the Host header, so requests are answered only for names of this computer (localhost, the name
serve was given, the computer's own name) or an IP address typed as such, which no other site can be.
"""
from __future__ import annotations

import contextlib
import ipaddress
import socket

WILDCARDS = ("0.0.0.0", "::", "")
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "127.0.0.1", "::1"})

OTHER_SITE = ("jixiao serve 拒绝了这个请求：网址里的主机名“{host}”不是这台电脑的名称或地址。"
              "为防止别的网站借 DNS 重绑定读取单位的预算，预览只接受用 localhost、IP 地址或本机名称打开的网址；"
              "请用 jixiao serve 启动时印出的网址打开。")


def lan_addresses(host: str) -> list[str]:
    """This computer's addresses other computers on its network can reach, for a server bound to `host` (`0.0.0.0`
    takes IPv4 only, `::` both): neither loopback nor link-local (`169.254.…`, `fe80::…`, which need the interface
    named); IPv4 first. Empty when none is found (no network, a name that does not resolve)."""
    families = {socket.AF_INET} | ({socket.AF_INET6} if ":" in host else set())
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for family, address in _named_addresses() + _routed_addresses():
        with contextlib.suppress(ValueError):
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if family in families and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified
                                           or ip.is_multicast) and ip not in found:
                found.append(ip)
    return [str(ip) for ip in sorted(found, key=lambda ip: (ip.version, ip))]


def _named_addresses() -> list[tuple[int, str]]:
    """The addresses the computer's name resolves to (from the hosts file or the network's DNS)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [(family, address[0]) for family, _, _, _, address in infos]


def _routed_addresses() -> list[tuple[int, str]]:
    """The source address the system picks for each family's route outward: a UDP socket's connect only chooses
    the route, it sends nothing (the documentation addresses 192.0.2.1 and 2001:db8::1 are nobody's)."""
    found = []
    for family, target in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
        with contextlib.suppress(OSError), socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((target, 9))
            found.append((family, probe.getsockname()[0]))
    return found


def allowed_host(header: str | None, bound: str) -> bool:
    """Whether a request's Host header names this computer, for a server bound to `bound`: localhost, an IP address
    (a page of another site never has one as its name), the name serve was given, or, bound to every address or to
    one other computers reach, this computer's own name (`pc-wang`, `pc-wang.local`). No header: not a browser."""
    if not header:
        return True
    name = _without_port(header.strip()).lower().rstrip(".")
    if name in LOCAL_NAMES or name == bound.lower().rstrip("."):
        return True
    with contextlib.suppress(ValueError):
        ipaddress.ip_address(name.split("%", 1)[0])
        return True
    if _is_loopback(bound):
        return False
    own = socket.gethostname().lower().rstrip(".")
    short = own.split(".", 1)[0]
    return name in (own, short, f"{short}.local")


def _without_port(header: str) -> str:
    """The host of a Host header: `[::1]:8000` is `::1`, `example:8000` is `example`."""
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header[1:]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
