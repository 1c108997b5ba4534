"""Optional PDF output through LibreOffice, when it is installed."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import EnvironmentProblem
from .write import atomic_write


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise EnvironmentProblem(
            "生成 PDF 需要 LibreOffice，但没有找到 soffice 命令；"
            "请先安装（Debian/Ubuntu：apt-get install libreoffice-writer-nogui fonts-noto-cjk），"
            "或去掉 --format 中的 pdf"
        )
    return found


def docx_to_pdf(docx: bytes, pdf: Path) -> None:
    """Convert with a private LibreOffice profile, so parallel or concurrent runs do not clash."""
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as work:
        source = Path(work, "form.docx")
        source.write_bytes(docx)
        profile = Path(work, "profile").as_uri()
        subprocess.run(
            [soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
             "--outdir", work, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        atomic_write(pdf, Path(work, "form.pdf").read_bytes())
