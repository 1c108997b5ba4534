"""Whether a form.docx is what the make_form_docx.py beside it writes now, told by content, not by time.

A form's author who edits make_form_docx.py and forgets to run it builds, without a word, from the old
form.docx; the files' times cannot tell (git sets them at checkout). So tools/docx_kit.save records in the
form.docx it writes the hash of the script beside it (a custom document property, which Word keeps when
the file is edited and saved there), and a form whose script hashes otherwise is warned of. A form.docx
that records no hash (made in Word, as a unit's own form usually is) says nothing either way.

The hash is of the script's bytes with CRLF line ends read as LF: a Windows checkout (git's autocrlf)
holds the same script as the checkout that ran it. Only the script is hashed, not tools/docx_kit it builds
with: a jixiao upgrade that changes docx_kit is not seen here (jixiao's own forms are compared byte for byte
with what their scripts write by tests/test_render.py).
"""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from . import zip_damage
from .problems import Problem, Severity

MAKE_SCRIPT = "make_form_docx.py"
"""The script beside a form.docx that writes it with tools/docx_kit.py (see docs/variants.md)."""
PROPERTY = "make_form_docx.py SHA-256"
"""The name of the custom document property holding the hash (Word: 文件 › 属性 › 自定义)."""
CUSTOM_PART = "docProps/custom.xml"
"""Where Word, LibreOffice and tools/docx_kit keep a document's custom properties."""
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VARIANT_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CODE = "TEMPLATE-STALE"


def digest(script: Path) -> str:
    """The SHA-256 of the script's bytes, CRLF line ends read as LF."""
    return hashlib.sha256(script.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def recorded(form: Path) -> str | None:
    """The hash the form.docx records of the script that wrote it; None when it records none or cannot be
    read (a broken .docx is the template checks' to report). lxml is imported here: form_inputs, which every build
    and serve poll reads for MAKE_SCRIPT alone, loaded it at the top."""
    from lxml import etree

    try:
        with zipfile.ZipFile(form) as package:
            root = etree.fromstring(package.read(CUSTOM_PART))
    except (*zip_damage.DAMAGE, KeyError, etree.XMLSyntaxError):
        return None
    for prop in root.iterfind(f"{{{CUSTOM}}}property"):
        if prop.get("name") == PROPERTY:
            return "".join(prop.itertext()).strip() or None
    return None


def stale(form: Path) -> list[Problem]:
    """A warning when the form.docx records a hash of the script beside it other than the script's now."""
    script = form.with_name(MAKE_SCRIPT)
    kept = recorded(form)
    try:
        if kept is None or kept == digest(script):
            return []
    except OSError:  # no script beside it (a copy of the form.docx alone): nothing to compare
        return []
    return [Problem(str(form), 0, 0, Severity.WARNING, CODE,
                    f"{form.name} 不是按现在的 {MAKE_SCRIPT} 写出的（脚本改过之后没有重新运行）；请运行 {run(script)}")]


def run(script: Path) -> str:
    """The command that runs the script: outside jixiao's checkout it needs jixiao's source for tools/."""
    jixiao = Path(__file__).resolve().parent.parent
    outside = not script.resolve().is_relative_to(jixiao)
    tools = "（它用 jixiao 源码里的 tools/，先把 PYTHONPATH 设为 jixiao 的源码目录）" if outside else ""
    return f"python {script}{tools}"
