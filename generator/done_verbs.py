"""Verbs of a thing done: one vocabulary for the two readings that ask whether a text says something is done or
to be done by a time. `year_mentions` keeps the year of a clause that tells what has happened (`new --from` moves
the rest, lint's D9 reads a deadline by them); lint's B6 takes a year right before a thing finished as a target's
deadline. Kept apart from lint's `terms`, which `year_mentions` cannot import: the lint package imports it.

A verb after 已 or 曾, or before 了, tells what has happened; one that itself says a thing finished (建成, 竣工, 投入使用, 实现)
right after a year makes that year a deadline (`2026年建成`, `2024年内竣工`).
"""
from __future__ import annotations

FINISHED = "完成|完工|建成|落成|竣工|投入使用|实现|达到|达成"
"""Verbs that by themselves say a thing is finished or reached. Right after a year (2026年建成, 2023年内完成) the
year is the deadline, and with 按期, 全部 before them (按期完成, 全部建成) they are an end state a reviewer can see.
Work that goes on (推进, 开展, 举办) is none: 2024年推进… only says in which year the work is done."""

DONE = FINISHED + ("|建设|举办|举行|召开|开展|实施|落实|验收|启动|开工|交付|上线|印发|出台|制定|签订|签署|拨付|支付|"
                   "采购|购置|累计|获得|取得|通过|设立|成立|组建|建立|开通|投入|形成|发放|换届|接待|服务|培训|组织|"
                   "参加|出版|发布|下达|到位|推进|推动|深化|编制|修订|新建|改造|走访|慰问|办结|覆盖|争取|报送|上报|提交")
"""Verbs of anything done, finished or going on (`FINISHED` and 举办, 推进, 服务, 报送…): with 已/曾 before them or 了
after them (已举办, 推进了) a clause tells what has happened, the marker saying that it is past, so any act counts;
without one only `FINISHED` says a thing will be done by a year."""
