#!/usr/bin/env python3
"""Writes a corpus of Word-like application documents for `make bench`.

Each document is what Word 2016 writes for a 质量标杆 application: the five parts and headings of
rules/caq-2020.yaml, 10,000-15,000 字 of varied Chinese text split into runs the way Word splits them
(revision ids, a run properties block on every run, proofing marks, bookmarks), tables with captions,
inline pictures backed by a real PNG part, and the package parts Word always writes (styles with the
latent style list, numbering, theme, settings with the rsid table, fontTable, webSettings, app.xml,
core.xml). About 200 KB of XML a document.

Python standard library only, deterministic for a given --seed.

    generate_corpus.py --count 200 --out DIR [--seed 1]
    generate_corpus.py --pages 100 --out DIR        # one long document (big.docx) for the memory check
    generate_corpus.py --count 2000 --distinct 20 --out DIR   # hard links of 20 documents under 2000 names
"""

import argparse
import os
import random
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

# --- namespaces, as Word 2016 declares them ---------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 w16se wp14"'
)
PART_NAMESPACES = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    f'xmlns:r="{R}" xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'mc:Ignorable="w14 w15 w16se"'
)
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# --- text material -------------------------------------------------------------------------------------

COMPANIES = ["河南华信机械", "郑州宏达电气", "洛阳中原精密轴承", "新乡恒泰化工", "许昌瑞丰食品", "南阳天成纺织",
             "平顶山鑫源材料", "安阳金石重工", "焦作长城铝业", "开封东方汽车零部件"]
METHODS = ["实施六西格玛设计", "推行精益生产", "开展全面质量管理", "应用质量功能展开", "推进卓越绩效模式",
           "构建零缺陷质量管理体系", "实施供应链质量协同", "开展可靠性增长管理"]
SUBJECTS = ["公司", "质量管理部", "各事业部", "项目团队", "一线班组", "技术中心", "供应商", "客户服务中心",
            "管理层", "质量改进小组", "生产车间", "检测中心"]
VERBS = ["建立了", "完善了", "推行了", "优化了", "梳理了", "明确了", "实施了", "开展了", "形成了", "固化了",
         "引入了", "评审了"]
OBJECTS = ["质量目标分解机制", "过程质量控制标准", "关键工序作业指导书", "质量数据采集平台", "问题闭环管理流程",
           "供应商准入与考核制度", "产品可靠性试验规范", "顾客满意度测评体系", "质量成本核算方法",
           "标准化作业体系", "全员质量培训计划", "测量系统分析程序", "失效模式与影响分析", "统计过程控制图"]
CLAUSES = ["以顾客需求为导向", "坚持问题导向和目标导向", "按照策划、实施、检查、处置的循环", "结合行业特点和企业实际",
           "通过数据驱动的持续改进", "在全公司范围内分层推进", "围绕关键质量特性", "依托信息化手段",
           "对照国内外先进标准", "从设计源头控制质量风险"]
RESULTS = ["产品一次交验合格率显著提升", "质量损失率明显下降", "顾客投诉大幅减少", "生产效率持续提高",
           "交付周期明显缩短", "员工质量意识普遍增强", "管理成本有效降低", "市场占有率稳步扩大"]
LATIN = ["ISO 9001", "IATF 16949", "SPC", "FMEA", "QFD", "MSA", "PDCA", "6σ", "ERP", "MES", "DMAIC", "Cpk"]
SUB_HEADINGS = ["（一）背景与动因", "（二）总体思路", "（三）组织保障", "（四）主要做法", "（五）推进步骤",
                "（六）信息化支撑", "（七）人才培养", "（八）持续改进机制", "（九）经验与体会"]
OVERVIEW_ITEMS = ["企业成立于{y}年，注册资本{n}万元，现有员工{m}人。", "公司主营业务涵盖研发、生产和销售，",
                  "{y}年通过{l}认证，", "拥有省级企业技术中心和省级工程技术研究中心，",
                  "{y}年实现营业收入{n}亿元，利润总额{m}万元。"]


def sentence(rng):
    """One sentence of plausible application prose, with now and then a year, a figure or a Latin term."""
    parts = [rng.choice(CLAUSES), "，", rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    roll = rng.random()
    if roll < 0.25:
        parts += ["，", rng.choice(RESULTS)]
    elif roll < 0.45:
        parts += ["，", f"{rng.randint(2015, 2019)}年", rng.choice(RESULTS), f"{rng.randint(3, 60)}.{rng.randint(0, 9)}%"]
    elif roll < 0.6:
        parts += ["，引入", rng.choice(LATIN), "方法"]
    parts.append(rng.choice(["。", "。", "；", "。"]))
    return "".join(parts)


def paragraph_text(rng, target):
    text = ""
    while len(text) < target:
        text += sentence(rng)
    return text


# --- Word's way of writing runs -----------------------------------------------------------------------

class Ids:
    """Revision ids, paragraph ids, bookmark and drawing ids, as one Word session after another hands them out."""

    def __init__(self, rng):
        self.rng = rng
        self.rsids = sorted({f"00{rng.randrange(16 ** 6):06X}" for _ in range(60)})
        self.next_bookmark = 0
        self.next_drawing = 1

    def rsid(self):
        return self.rng.choice(self.rsids)

    def para_id(self):
        return f"{self.rng.randrange(0x7FFFFFFF):08X}"


def run_properties(font, size, bold=False):
    bold_xml = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>{bold_xml}'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:eastAsia="zh-CN"/></w:rPr>')


def runs(text, ids, font, size, bold=False):
    """Splits `text` into runs as Word does after a few editing sessions: each with its own rsid and a full
    w:rPr, and now and then a proofing mark around a run Word's grammar checker disliked."""
    rng = ids.rng
    properties = run_properties(font, size, bold)
    out = []
    i = 0
    while i < len(text):
        length = rng.randint(16, 90)
        piece = text[i:i + length]
        i += length
        proof = rng.random() < 0.08
        if proof:
            out.append('<w:proofErr w:type="gramStart"/>')
        space = ' xml:space="preserve"' if piece[:1] == " " or piece[-1:] == " " else ""
        out.append(f'<w:r w:rsidRPr="{ids.rsid()}">{properties}<w:t{space}>{escape(piece)}</w:t></w:r>')
        if proof:
            out.append('<w:proofErr w:type="gramEnd"/>')
    return "".join(out)


def paragraph(text, ids, font="宋体", size=24, bold=False, align=None, first_line=True, style=None,
              bookmark=None, keep_next=False):
    rsid = ids.rsid()
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    ppr.append('<w:spacing w:line="240" w:lineRule="auto"/>')
    if first_line:
        ppr.append('<w:ind w:firstLineChars="200" w:firstLine="480"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    ppr.append(run_properties(font, size, bold))
    body = runs(text, ids, font, size, bold)
    if bookmark:
        number = ids.next_bookmark
        ids.next_bookmark += 1
        body = f'<w:bookmarkStart w:id="{number}" w:name="{bookmark}"/>{body}<w:bookmarkEnd w:id="{number}"/>'
    return (f'<w:p w14:paraId="{ids.para_id()}" w14:textId="77777777" w:rsidR="{rsid}" w:rsidRDefault="{rsid}" '
            f'w:rsidP="{ids.rsid()}"><w:pPr>{"".join(ppr)}</w:pPr>{body}</w:p>')


def heading(text, ids, level=1):
    toc = f"_Toc{ids.rng.randrange(10 ** 8, 10 ** 9)}"
    return paragraph(text, ids, font="黑体" if level == 1 else "宋体", size=24, bold=True, first_line=level > 1,
                     style=str(level + 1), bookmark=toc, keep_next=True)


def caption(text, ids):
    return paragraph(text, ids, font="宋体", size=21, align="center", first_line=False, style="a7")


def table(rng, ids, rows, cols):
    width = 8306 // cols
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="a8"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    header = ["指标", "2017年", "2018年", "2019年", "改善幅度", "备注"]
    for row in range(rows):
        out.append(f'<w:tr w:rsidR="{ids.rsid()}" w14:paraId="{ids.para_id()}" w14:textId="77777777">')
        for col in range(cols):
            if row == 0:
                text = header[col % len(header)]
            elif col == 0:
                text = rng.choice(RESULTS)[:6]
            else:
                text = f"{rng.randint(10, 999)}.{rng.randint(0, 99):02d}"
            cell = paragraph(text, ids, size=24, align="center", first_line=False, bold=row == 0)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                       f'{cell}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def picture(ids, rel_id):
    number = ids.next_drawing
    ids.next_drawing += 1
    cx, cy = 4572000, 2743200
    graphic = (
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{number}" name="图片 {number}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"><a:extLst><a:ext uri="{{28A0092B-C50C-407E-A947-70E740481C1C}}">'
        '<a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext>'
        '</a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>')
    drawing = (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="{ids.para_id()}" '
               f'wp14:editId="{ids.para_id()}"><wp:extent cx="{cx}" cy="{cy}"/>'
               '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
               f'<wp:docPr id="{number}" name="图片 {number}"/><wp:cNvGraphicFramePr>'
               '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               f'noChangeAspect="1"/></wp:cNvGraphicFramePr>{graphic}</wp:inline></w:drawing>')
    rsid = ids.rsid()
    return (f'<w:p w14:paraId="{ids.para_id()}" w14:textId="77777777" w:rsidR="{rsid}" w:rsidRDefault="{rsid}">'
            f'<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr>{drawing}</w:r></w:p>')


# --- the document ---------------------------------------------------------------------------------------

class Body:
    def __init__(self, rng, ids):
        self.rng = rng
        self.ids = ids
        self.xml = []
        self.tables = 0
        self.figures = 0
        self.pictures = []  # relationship ids, one per picture

    def text(self, total, mention_years=False):
        """Body paragraphs adding up to about `total` 字."""
        written = 0
        while written < total:
            text = paragraph_text(self.rng, min(self.rng.randint(120, 320), total - written + 20))
            if mention_years and written == 0:
                text = "2017年、2018年、2019年三年间，" + text
            self.xml.append(paragraph(text, self.ids))
            written += len(text)
        return written

    def add_table(self):
        self.tables += 1
        self.xml.append(caption(f"表{self.tables} {self.rng.choice(OBJECTS)}实施情况", self.ids))
        self.xml.append(table(self.rng, self.ids, self.rng.randint(3, 5), self.rng.randint(3, 5)))

    def add_figure(self):
        self.figures += 1
        rel_id = f"rId{100 + self.figures}"
        self.pictures.append(rel_id)
        self.xml.append(picture(self.ids, rel_id))
        self.xml.append(caption(f"图{self.figures} {self.rng.choice(OBJECTS)}示意图", self.ids))


def document_xml(rng, pages):
    ids = Ids(rng)
    body = Body(rng, ids)
    company = rng.choice(COMPANIES)
    body.xml.append(paragraph(f"{company}有限公司{rng.choice(METHODS)}的经验", ids, font="黑体", size=36,
                              align="center", first_line=False))
    body.xml.append(paragraph("摘要", ids, font="宋体", size=28, bold=True, align="center", first_line=False,
                              bookmark="_Toc1"))
    body.text(rng.randint(380, 490))
    body.xml.append(heading("一、企业概况", ids))
    overview = "".join(item.format(y=rng.randint(1985, 2012), n=rng.randint(500, 50000), m=rng.randint(200, 9000),
                                   l=rng.choice(LATIN)) for item in OVERVIEW_ITEMS)
    body.xml.append(paragraph(overview, ids))
    body.text(rng.randint(250, 380))
    body.xml.append(heading("二、管理方法（技术）的推进和应用情况", ids))
    # 10,000-15,000 字 in all for a normal document; --pages makes the method part as long as asked
    # (about 700 字 a page).
    method_total = pages * 700 if pages else rng.randint(7000, 7900)
    sub_headings = SUB_HEADINGS[: max(4, min(len(SUB_HEADINGS), method_total // 900))]
    for index, sub in enumerate(sub_headings):
        body.xml.append(heading(sub, ids, level=2))
        body.text(method_total // len(sub_headings))
        if index % 2 == 0:
            body.add_table()
        else:
            body.add_figure()
    body.xml.append(heading("三、管理方法（技术）的实施效果", ids))
    body.text(rng.randint(1500, 1950), mention_years=True)
    body.add_table()
    body.text(rng.randint(200, 400) if not pages else 0)
    extra = 0 if pages else rng.randint(0, 3000)  # spread the documents over 10,000-15,000 字
    if extra:
        body.xml.append(heading("四、附录：推进过程记录", ids))
        body.text(extra)
    sect = ('<w:sectPr w:rsidR="{0}" w:rsidSect="{0}"><w:footerReference w:type="default" r:id="rId8"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
            'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>').format(ids.rsid())
    xml = (f'{DECLARATION}<w:document {DOC_NAMESPACES}><w:body>{"".join(body.xml)}{sect}</w:body></w:document>')
    return xml, body.pictures, ids


# --- the other parts --------------------------------------------------------------------------------------

LATENT_NAMES = (["Normal"] + [f"heading {n}" for n in range(1, 10)] + [f"index {n}" for n in range(1, 10)]
                + [f"toc {n}" for n in range(1, 10)]
                + ["Normal Indent", "footnote text", "annotation text", "header", "footer", "index heading",
                   "caption", "table of figures", "envelope address", "envelope return", "footnote reference",
                   "annotation reference", "line number", "page number", "endnote reference", "endnote text",
                   "table of authorities", "macro", "toa heading", "List", "List Bullet", "List Number",
                   "Title", "Closing", "Signature", "Default Paragraph Font", "Body Text", "Body Text Indent",
                   "Subtitle", "Salutation", "Date", "Hyperlink", "FollowedHyperlink", "Strong", "Emphasis",
                   "Normal (Web)", "Table Grid", "Placeholder Text", "No Spacing", "List Paragraph", "Quote",
                   "Intense Quote", "TOC Heading", "Bibliography"]
                + [f"{kind} Table {n}{light} Accent {a}" for kind in ("Grid", "List") for n in range(1, 8)
                   for light in ("", " Light") for a in range(1, 7)])


def styles_xml():
    hidden = ' w:semiHidden="1" w:unhideWhenUsed="1"'
    quick = ' w:qFormat="1"'
    latent = "".join(
        f'<w:lsdException w:name="{name}" w:uiPriority="{39 + i % 60}"{hidden if i % 3 else ""}'
        f'{quick if i < 12 else ""}/>'
        for i, name in enumerate(LATENT_NAMES))
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:kern w:val="2"/>'
        '<w:sz w:val="21"/><w:szCs w:val="24"/></w:rPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
        '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    ]
    for level in range(1, 4):
        size = {1: 32, 2: 28, 3: 24}[level]
        styles.append(
            f'<w:style w:type="paragraph" w:styleId="{level + 1}"><w:name w:val="heading {level}"/>'
            f'<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="{level}0"/><w:uiPriority w:val="9"/>'
            f'<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="340" w:after="330" '
            f'w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="{level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/>'
            f'<w:kern w:val="44"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
            f'<w:style w:type="character" w:customStyle="1" w:styleId="{level}0"><w:name w:val="标题 {level} 字符"/>'
            f'<w:basedOn w:val="a0"/><w:link w:val="{level + 1}"/><w:uiPriority w:val="9"/><w:rPr><w:b/><w:bCs/>'
            f'<w:kern w:val="44"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>')
    styles += [
        '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="caption"/><w:basedOn w:val="a"/>'
        '<w:next w:val="a"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:rPr>'
        '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="黑体" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
        '<w:style w:type="table" w:styleId="a8"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/>'
        '<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
        '<w:link w:val="aa"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
        '<w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/>'
        '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/>'
        '<w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/></w:style>',
    ]
    return (f'{DECLARATION}<w:styles {PART_NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr>'
            '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" '
            'w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" '
            'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            f'<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
            f'w:defQFormat="0" w:count="{len(LATENT_NAMES)}">{latent}</w:latentStyles>{"".join(styles)}</w:styles>')


def numbering_xml():
    levels = "".join(
        f'<w:lvl w:ilvl="{i}" w:tentative="{1 if i else 0}"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{"chineseCounting" if i == 0 else "decimal"}"/><w:lvlText w:val="%{i + 1}、"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{420 * (i + 1)}" w:hanging="420"/></w:pPr></w:lvl>'
        for i in range(9))
    return (f'{DECLARATION}<w:numbering {PART_NAMESPACES}><w:abstractNum w:abstractNumId="0" '
            f'w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:tmpl w:val="5E6F7A8B"/>{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '</w:numbering>')


def theme_xml():
    scripts = [("Jpan", "游ゴシック"), ("Hang", "맑은 고딕"), ("Hans", "等线"), ("Hant", "新細明體"),
               ("Arab", "Times New Roman"), ("Hebr", "Times New Roman"), ("Thai", "Angsana New"),
               ("Ethi", "Nyala"), ("Beng", "Vrinda"), ("Gujr", "Shruti"), ("Khmr", "MoolBoran"),
               ("Knda", "Tunga"), ("Guru", "Raavi"), ("Cans", "Euphemia"), ("Cher", "Plantagenet Cherokee"),
               ("Yiii", "Microsoft Yi Baiti"), ("Tibt", "Microsoft Himalaya"), ("Thaa", "MV Boli"),
               ("Deva", "Mangal"), ("Telu", "Gautami"), ("Taml", "Latha"), ("Syrc", "Estrangelo Edessa"),
               ("Orya", "Kalinga"), ("Mlym", "Kartika"), ("Laoo", "DokChampa"), ("Sinh", "Iskoola Pota"),
               ("Mong", "Mongolian Baiti"), ("Viet", "Times New Roman"), ("Uigh", "Microsoft Uighur"),
               ("Geor", "Sylfaen")]
    fonts = "".join(f'<a:font script="{s}" typeface="{t}"/>' for s, t in scripts)
    colours = "".join(f'<a:{name}><a:srgbClr val="{value}"/></a:{name}>' for name, value in
                      [("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"),
                       ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"),
                       ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")])
    fills = ('<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>'
             '<a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/>'
             '<a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr">'
             '<a:tint val="94000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    return (f'{DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题">'
            '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
            f'<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>{colours}</a:clrScheme>'
            '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/>'
            f'<a:cs typeface=""/>{fonts}</a:majorFont><a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/>'
            f'<a:cs typeface=""/>{fonts}</a:minorFont></a:fontScheme><a:fmtScheme name="Office">'
            f'<a:fillStyleLst>{fills}{fills}</a:fillStyleLst><a:lnStyleLst><a:ln w="6350" cap="flat" cmpd="sng" '
            'algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/>'
            '<a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/>'
            f'</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>'
            '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def settings_xml(ids):
    rsids = "".join(f'<w:rsid w:val="{r}"/>' for r in ids.rsids)
    return (f'{DECLARATION}<w:settings {PART_NAMESPACES} '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml">'
            '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:proofState w:spelling="clean" w:grammar="dirty"/><w:defaultTabStop w:val="420"/>'
            '<w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
            '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat>'
            f'<w:rsids><w:rsidRoot w:val="{ids.rsids[0]}"/>{rsids}</w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
            '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
            '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
            '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
            'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
            'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:shapeDefaults>'
            '<o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
            'data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            f'<w14:docId w14:val="{ids.para_id()}"/></w:settings>')


def font_table_xml():
    fonts = [("Times New Roman", "02020603050405020304", "00"), ("宋体", "02010600030101010101", "86"),
             ("黑体", "02010609060101010101", "86"), ("等线", "02010600030101010101", "86"),
             ("等线 Light", "02010600030101010101", "86"), ("Calibri", "020F0502020204030204", "00")]
    body = "".join(f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="{charset}"/>'
                   '<w:family w:val="auto"/><w:pitch w:val="variable"/><w:sig w:usb0="00000003" w:usb1="288F0000" '
                   'w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/></w:font>'
                   for name, panose, charset in fonts)
    return f"{DECLARATION}<w:fonts {PART_NAMESPACES}>{body}</w:fonts>"


def footer_xml():
    return (f'{DECLARATION}<w:ftr {PART_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="a9"/><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE   \\* MERGEFORMAT</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')


def png(width, height, seed):
    """A small real PNG (a colour gradient), written with zlib: what a chart screenshot would be."""
    rows = b"".join(b"\x00" + b"".join(bytes(((x * 255 // width + seed) % 256, y * 255 // height, 160))
                                       for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def content_types(pictures):
    overrides = [("/word/document.xml", "wordprocessingml.document.main+xml"),
                 ("/word/styles.xml", "wordprocessingml.styles+xml"),
                 ("/word/numbering.xml", "wordprocessingml.numbering+xml"),
                 ("/word/settings.xml", "wordprocessingml.settings+xml"),
                 ("/word/webSettings.xml", "wordprocessingml.webSettings+xml"),
                 ("/word/fontTable.xml", "wordprocessingml.fontTable+xml"),
                 ("/word/footer1.xml", "wordprocessingml.footer+xml"),
                 ("/word/theme/theme1.xml", "theme+xml"),
                 ("/docProps/app.xml", "extended-properties+xml")]
    body = "".join(f'<Override PartName="{name}" ContentType="application/vnd.openxmlformats-officedocument.{kind}"/>'
                   for name, kind in overrides)
    return (f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="png" ContentType="image/png"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{body}'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')


def relationships(entries):
    body = "".join(f'<Relationship Id="{rid}" Type="{R}/{kind}" Target="{target}"/>' for rid, kind, target in entries)
    return (f'{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{body}</Relationships>')


def write_document(path, seed, pages=0):
    rng = random.Random(seed)
    document, pictures, ids = document_xml(rng, pages)
    words = sum(1 for c in document if "\u4e00" <= c <= "\u9fff")  # roughly what Word would store
    document_rels = [("rId1", "numbering", "numbering.xml"), ("rId2", "styles", "styles.xml"),
                     ("rId3", "settings", "settings.xml"), ("rId4", "webSettings", "webSettings.xml"),
                     ("rId8", "footer", "footer1.xml"), ("rId9", "fontTable", "fontTable.xml"),
                     ("rId10", "theme", "theme/theme1.xml")]
    document_rels += [(rid, "image", f"media/image{i + 1}.png") for i, rid in enumerate(pictures)]
    app = (f'{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>{rng.randint(60, 900)}</TotalTime><Pages>{max(1, words // 700)}</Pages>'
           f'<Words>{words // 2}</Words><Characters>{words}</Characters><Application>Microsoft Office Word'
           f'</Application><DocSecurity>0</DocSecurity><Lines>{words // 38}</Lines><Paragraphs>{words // 250}'
           '</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>'
           f'<CharactersWithSpaces>{words + 20}</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{DECLARATION}<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:creator>质量管理部</dc:creator><cp:lastModifiedBy>质量管理部</cp:lastModifiedBy>'
            f'<cp:revision>{rng.randint(3, 40)}</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2020-03-02T01:20:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-04-10T08:45:00Z</dcterms:modified></cp:coreProperties>')
    package_rels = [("rId3", "extended-properties", "docProps/app.xml"),
                    ("rId2", "../package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                    ("rId1", "officeDocument", "word/document.xml")]
    # Word stores every part deflated, the images too.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        def write(name, data):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)
        write("[Content_Types].xml", content_types(pictures))
        write("_rels/.rels", relationships(package_rels).replace(
            f"{R}/../package/2006/relationships/metadata/core-properties",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"))
        write("word/document.xml", document)
        write("word/_rels/document.xml.rels", relationships(document_rels))
        write("word/footer1.xml", footer_xml())
        write("word/theme/theme1.xml", theme_xml())
        write("word/settings.xml", settings_xml(ids))
        write("word/styles.xml", styles_xml())
        write("word/numbering.xml", numbering_xml())
        write("word/webSettings.xml", f'{DECLARATION}<w:webSettings {PART_NAMESPACES}><w:optimizeForBrowser/>'
                                      '<w:allowPNG/></w:webSettings>')
        write("word/fontTable.xml", font_table_xml())
        for i in range(len(pictures)):
            write(f"word/media/image{i + 1}.png", png(96, 64, seed + i))
        write("docProps/core.xml", core)
        write("docProps/app.xml", app)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="number of documents (default 200)")
    parser.add_argument("--out", required=True, help="folder to write into (created)")
    parser.add_argument("--seed", type=int, default=1, help="seed; the same seed writes the same files")
    parser.add_argument("--pages", type=int, default=0,
                        help="write one document of about this many pages (big.docx) instead of a corpus")
    parser.add_argument("--distinct", type=int, default=0,
                        help="write only this many distinct documents and hard-link the rest to them "
                             "(for the memory-flatness check over thousands of files)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.pages:
        write_document(os.path.join(args.out, "big.docx"), args.seed, pages=args.pages)
        return
    distinct = args.distinct or args.count
    digits = max(4, len(str(args.count)))
    for i in range(args.count):
        path = os.path.join(args.out, f"application-{i:0{digits}d}.docx")
        if i < distinct:
            write_document(path, args.seed * 100003 + i)
        else:
            source = os.path.join(args.out, f"application-{i % distinct:0{digits}d}.docx")
            if os.path.exists(path):
                os.remove(path)
            os.link(source, path)


if __name__ == "__main__":
    main()
