#!/usr/bin/env python3
"""Write the sample application documents in samples/ (standard library only).

    python3 scripts/make_samples.py [--out DIR]

Every sample is a 全国质量标杆 summary (总结材料) of one fictional enterprise, written the way
Microsoft Word 2016 (zh-CN) writes a .docx: theme fonts in docDefaults, styles with zh-CN style
ids, direct formatting on runs, w:hint="eastAsia" on runs typed with a Chinese input method,
rsids, proofErr marks and a _GoBack bookmark.  compliant.docx meets every format and length
requirement of the 2020 notice (附件2 一); each other sample breaks a documented few of them.

After writing, the script re-reads each document.xml, counts 字 per part in Word mode
(docs/COUNTING.md) and writes samples/expected.yaml; docProps/app.xml gets the same count.
Output is deterministic: fixed zip timestamps, seeded pseudo-random rsids.
"""
import argparse
import os
import random
import re
import struct
import sys
import xml.dom.minidom
import xml.etree.ElementTree as ET
import zipfile
import zlib
from xml.sax.saxutils import escape

# ---------------------------------------------------------------------------
# Chinese text corpus
# ---------------------------------------------------------------------------
ENTERPRISE = "河南华瑞精密机械有限公司"
TITLE = ENTERPRISE + "实施精益六西格玛质量管理的经验"

SUMMARY = [
    "河南华瑞精密机械有限公司自2012年起系统导入精益六西格玛管理方法，将精益生产消除浪费的理念与六西格玛"
    "减少波动的统计工具相融合，构建了“战略牵引、项目驱动、数据支撑、全员参与”的质量改进模式。公司成立"
    "精益六西格玛推进委员会，建立黑带、绿带、黄带三级人才梯队，以DMAIC和DMADV为主线，围绕顾客关键质量"
    "特性开展改进项目，并将项目成果固化为标准作业和控制计划。",
    "八年来，公司累计培养黑带28名、绿带196名，完成改进项目412项，累计创造经济效益1.26亿元。2019年产品"
    "一次交检合格率达到99.3%，较2017年提高2.1个百分点；质量损失率由1.85%降至0.76%；顾客投诉次数由46次"
    "降至15次；关键工序过程能力指数Cpk由1.12提升至1.67。公司先后获得河南省质量标杆、郑州市市长质量奖、"
    "全国机械工业质量奖等荣誉，其推进经验被中国机械工业质量管理协会作为典型案例在行业内推广。",
]
# summary-too-long.docx inserts this paragraph between the two above (the script asserts 512 字).
SUMMARY_EXTRA = (
    "在推进过程中，公司坚持问题导向和结果导向，把精益六西格玛与质量管理体系、卓越绩效模式和班组建设有机"
    "结合，形成了选题、立项、实施、评审、激励、固化的闭环管理流程。2018年起，公司依托数字化质量管控平台"
    "实现关键工序数据的自动采集和实时监控，项目周期平均缩短30%，成果保持率提高到95%以上。"
)
KEYWORDS = ("关键词：", "精益六西格玛；DMAIC；过程能力；质量改进；全员参与")

OVERVIEW = [
    "河南华瑞精密机械有限公司（以下简称“华瑞精机”）成立于2003年，由郑州第二齿轮厂配套车间改制组建，法定"
    "代表人王建华，是一家民营有限责任公司。公司所属行业为通用零部件制造业，按照GB/T 4754-2017《国民经济行业"
    "分类》，行业代码为C3484机械零部件加工。公司位于郑州经济技术开发区，占地面积12.6万平方米。主要产品包括"
    "工程机械精密齿轮、液压阀体、传动轴总成和农机变速箱零部件。2019年实现营业收入6.82亿元，利润总额5460万元，"
    "连续三年保持盈利。",
    "公司秉承“精于毫厘、诚达四方”的企业精神，使命是“为装备制造提供可靠的核心零部件”，愿景是“成为国内"
    "领先的精密传动零部件供应商”，核心价值观是“顾客至上、追求卓越、尊重员工、共创共享”。现有员工860人，"
    "其中工程技术人员152人；拥有省级企业技术中心和CNAS认可实验室，授权专利87项；建成ERP、MES和QMS信息化"
    "平台；拥有数控加工及热处理设备420余台套；合格供应商136家，主要客户为国内一线工程机械和农机企业。公司"
    "依法纳税，开展节能减排和公益助学，先后获得国家高新技术企业、河南省专精特新中小企业、河南省质量标杆等"
    "荣誉。",
]

# ('sub', text) bold sub-heading · ('p', text) body · ('table', n) · ('figure', n)
METHOD = [
    ("sub", "（一）推进背景与目标"),
    ("p", "2011年前后，公司产品主要配套国内工程机械主机企业。随着主机企业对齿轮传动噪声、使用寿命和交付周期的"
          "要求不断提高，公司原有以事后检验为主的质量管理方式暴露出诸多问题：齿轮热处理变形波动大，关键尺寸一次"
          "合格率长期徘徊在95%左右，质量损失占销售收入的比例超过2%，顾客投诉中约六成与过程波动有关。公司管理层"
          "认识到，单纯依靠增加检验人员和设备无法从根本上解决问题，必须从过程控制入手，用数据说话，系统地减少"
          "波动和浪费。"),
    ("p", "2012年，公司在对标国内外优秀企业的基础上，决定导入精益六西格玛管理方法，并将其列为“十二五”和“十三五”"
          "期间的重点管理工程。推进工作分三个阶段展开：2012年至2014年为导入阶段，重点是培训骨干、试点项目和建立"
          "推进体系；2015年至2017年为推广阶段，项目覆盖全部生产单元和主要职能部门；2018年以后为深化阶段，将精益"
          "六西格玛与数字化车间建设、供应链协同和产品设计开发相结合，形成常态化的持续改进机制。"),
    ("p", "公司将精益六西格玛推进目标纳入年度方针目标管理，逐级分解到事业部、车间和班组，并与平衡计分卡考核"
          "挂钩。表1列出了近三年公司关键质量指标的完成情况，各项指标均实现逐年改善。"),
    ("table", 1),
    ("p", "在目标设定上，公司坚持以顾客之声为导向，每年通过顾客满意度调查、主机厂质量月报和售后故障数据分析识别"
          "顾客关键质量特性，再将其转化为过程关键质量特性和改进课题，确保改进方向与顾客需求保持一致。"),
    ("sub", "（二）组织保障与制度建设"),
    ("p", "公司成立由总经理任主任的精益六西格玛推进委员会，负责确定推进战略、审批年度计划和配置资源；下设推进"
          "办公室，挂靠质量管理部，配备专职黑带大师2名、专职黑带6名，负责项目管理、培训组织、方法指导和成果评审；"
          "各事业部设立推进小组，由事业部负责人担任组长，兼职黑带和绿带担任项目负责人。推进组织架构如图1所示。"),
    ("figure", 1),
    ("p", "在制度建设方面，公司先后制定了《精益六西格玛项目管理办法》《改进项目收益核算规定》《黑带绿带资格认证与"
          "管理办法》《精益六西格玛激励办法》等12项制度，对项目选题、立项、阶段评审、结题验收、收益核算、成果"
          "固化和奖励兑现作出明确规定。项目立项须经财务部门确认基线数据，结题收益由财务部门按统一口径核算，避免了"
          "只报喜不报忧和收益虚高的问题。"),
    ("p", "在资源配置方面，公司每年按销售收入的0.3%提取精益六西格玛专项经费，用于人员培训、外部咨询、测量系统"
          "改进和项目奖励；购置Minitab统计分析软件60套，为每个项目组配备便携式测量仪器；在各车间设立改进活动室"
          "和目视化看板，为项目团队提供固定的讨论和展示场所。"),
    ("sub", "（三）人才培养与激励机制"),
    ("p", "公司建立了黄带、绿带、黑带、黑带大师四级人才培养体系。黄带培训面向全体一线员工，重点学习精益基础、5S"
          "和简单质量工具；绿带培训面向班组长和工程技术人员，学时为80学时，要求完成1个改进项目；黑带培训面向部门"
          "骨干，学时为160学时，要求完成2个跨部门项目并指导绿带项目。培训采用课堂讲授、案例研讨、项目实战和导师"
          "辅导相结合的方式，做到学以致用。"),
    ("p", "截至2019年底，公司累计培养黑带大师2名、黑带28名、绿带196名、黄带630余名，黄带以上人员占员工总数的"
          "比例超过90%。公司将黑带、绿带资格与职务晋升、职称评定挂钩，担任中层以上管理职务须具备绿带资格，黑带"
          "每月享受专项津贴；项目结题后按照核定收益的一定比例奖励项目团队，2019年发放项目奖励286万元，有效激发了"
          "员工参与改进的积极性。"),
    ("sub", "（四）以DMAIC为主线的项目实施"),
    ("p", "公司以DMAIC为主线开展改进项目，即界定、测量、分析、改进和控制五个阶段，新产品开发类项目则采用DMADV"
          "流程。项目实施流程如图2所示。每个阶段结束时由推进办公室组织阶段评审，评审通过后方可进入下一阶段，确保"
          "项目按计划推进、方法运用规范。"),
    ("figure", 2),
    ("p", "界定阶段，项目团队运用SIPOC图明确过程范围，通过顾客之声分析和关键质量树确定项目指标，编制项目特许"
          "任务书，明确项目目标、团队成员、时间节点和预期收益。测量阶段，团队首先开展测量系统分析，确保量具的"
          "重复性和再现性满足要求，再收集基线数据，计算过程能力指数。以齿轮热处理变形控制项目为例，团队发现原有"
          "齿向检测量具的GR&R高达32%，更换夹具并统一测量方法后降至8.6%，为后续分析提供了可靠的数据基础。"),
    ("p", "分析阶段，团队综合运用鱼骨图、失效模式与影响分析、假设检验和回归分析等工具，从人、机、料、法、环、测"
          "六个方面识别影响结果的关键因子。改进阶段，通过试验设计优化工艺参数，并采用防错技术消除人为失误。在上述"
          "项目中，团队通过全因子试验确定了渗碳温度、淬火油温和装炉方式的最佳组合，齿向变形量的标准差由0.012毫米"
          "降至0.005毫米，热处理一次合格率由93.6%提升至99.1%。控制阶段，团队将优化后的参数写入作业指导书和控制"
          "计划，建立统计过程控制图进行实时监控，并将项目经验纳入公司知识库。"),
    ("p", "公司对项目实行分级管理：公司级项目由黑带负责，聚焦跨部门的系统性问题；事业部级项目由绿带负责，聚焦车间"
          "内部的质量和效率问题；班组级项目以快速改善和合理化建议为主要形式。表2列出了近三年公司改进项目的实施"
          "情况。"),
    ("table", 2),
    ("p", "在新产品开发中，公司运用DMADV方法把质量要求前移到设计阶段。以某型装载机变速箱齿轮开发为例，项目团队"
          "通过质量功能展开将主机厂提出的低噪声、长寿命要求转化为齿形修形量、表面硬度和残余应力等设计参数，运用"
          "设计失效模式分析识别出17项潜在风险并逐项落实预防措施，再通过仿真和台架试验验证设计方案。该产品首批交付"
          "合格率达到99.6%，传动噪声比上一代产品降低3.2分贝，开发周期由14个月缩短至9个月。"),
    ("sub", "（五）精益现场管理与供应链协同"),
    ("p", "在现场管理方面，公司以价值流图析为起点，识别生产过程中的等待、搬运、库存和返工等浪费，推行单元化生产"
          "和快速换模。齿轮加工车间通过布局调整，将原来分散在三个厂房的滚齿、剃齿和热处理工序整合为两条U型"
          "生产线，在制品库存下降42%，生产周期由12天缩短至7天。公司全面推行5S和目视化管理，每月开展现场评比，"
          "评比结果与班组绩效挂钩。"),
    ("p", "在供应链管理方面，公司将精益六西格玛方法延伸到供应商，对锻件、钢材和热处理外协等关键供应商实施分级"
          "管理，每年组织供应商质量改进联合项目。公司派出黑带驻点辅导，帮助供应商建立统计过程控制和防错体系。"
          "2019年共开展供应商联合改进项目18项，来料批次合格率由2017年的97.5%提升至99.2%，供应商准时交付率达到"
          "98.6%。"),
    ("sub", "（六）数字化质量管控平台建设"),
    ("p", "2018年起，公司结合智能制造示范车间建设，搭建了覆盖设计、采购、生产、检验和售后全过程的数字化质量管控"
          "平台。平台通过MES系统自动采集关键工序的加工参数和检测数据，实时生成控制图，出现异常趋势时自动推送预警"
          "信息至班组长和工艺工程师的手机终端，实现了由事后处理向事前预防的转变。"),
    ("p", "平台还建立了质量追溯和知识管理模块。每件产品均有唯一的二维码标识，可追溯到原材料炉号、加工设备、操作"
          "人员和检验记录；历年改进项目的报告、试验数据和标准作业全部入库，员工可按照产品、工序和缺陷类型检索，"
          "新项目立项时必须先检索类似案例，避免重复劳动。目前知识库已收录项目案例400余个、标准作业文件1300余份。"),
    ("sub", "（七）主要经验与体会"),
    ("p", "一是高层领导的持续推动是成功的前提。总经理亲自担任推进委员会主任，每季度主持项目评审，将精益六西格玛"
          "作为公司战略落地的重要抓手。二是人才培养与项目实战相结合，坚持在项目中培养人才、用人才推动项目，避免了"
          "培训与实际工作脱节。三是收益核算客观公正，由财务部门统一核算项目收益，增强了成果的可信度，也赢得了员工"
          "的认可。四是与数字化建设深度融合，依托数字化平台实现数据的自动采集和实时分析，大幅提高了改进的效率和"
          "精度。"),
    ("p", "在推进过程中，公司也有过教训。导入初期曾片面追求项目数量，部分项目选题过小、方法运用不规范，结题后效果"
          "难以保持。公司及时调整策略，提高立项门槛，强化控制阶段的验收和结题后六个月的跟踪审核，项目成果的保持率"
          "由初期的71%提高到目前的95%以上。"),
]

RESULTS = [
    ("sub", "（一）质量和经济效益显著提升"),
    ("p", "通过持续推进精益六西格玛，公司产品质量和经营绩效稳步提升。2017年，公司产品一次交检合格率为97.2%，"
          "质量损失率为1.85%，顾客投诉46次；2018年，一次交检合格率提升至98.4%，质量损失率降至1.21%，顾客投诉"
          "减少至29次；2019年，一次交检合格率达到99.3%，质量损失率降至0.76%，顾客投诉仅为15次。三年间，关键"
          "工序过程能力指数Cpk由1.12提升至1.67，达到主机企业对核心供应商的要求；顾客满意度由86.5分提高到92.3分。"),
    ("p", "经营绩效方面，2017年至2019年公司营业收入分别为5.12亿元、5.96亿元和6.82亿元，年均增长15.4%；利润总额"
          "分别为3280万元、4350万元和5460万元；全员劳动生产率由59.5万元/人提高到79.3万元/人。三年间改进项目累计"
          "创造经济效益6750万元，其中直接降低质量损失和制造成本4120万元。"),
    ("sub", "（二）管理能力和员工素质明显增强"),
    ("p", "精益六西格玛已经成为公司的通用管理语言，各级管理者习惯于用数据分析问题、用事实做出决策。公司关键过程"
          "全部建立了控制计划和统计过程控制，过程异常的平均响应时间由4小时缩短到30分钟。员工参与改进的热情持续"
          "高涨，2019年人均提出合理化建议6.8条，采纳率达到62%。公司质量管理体系先后通过ISO 9001和IATF 16949"
          "认证，实验室通过CNAS认可。"),
    ("p", "管理效益方面，公司将精益六西格玛与质量管理体系深度融合，2017年至2019年内部审核不符合项分别为38项、"
          "24项和13项，外部审核连续三年无严重不符合项。项目管理、统计分析和团队协作能力成为各级管理人员的基本"
          "能力，中层以上管理人员中具备黑带或绿带资格的比例由2017年的64%提高到2019年的93%。"),
    ("sub", "（三）与竞争对手和标杆的对比"),
    ("p", "公司选取国内两家主要竞争对手和一家国际标杆企业进行对比。2019年，公司齿轮产品一次交检合格率为99.3%，"
          "高于竞争对手甲的98.1%和竞争对手乙的97.6%，与国际标杆企业的99.5%基本持平；质量损失率为0.76%，低于"
          "行业平均水平1.5%；产品平均交付周期为7天，比竞争对手缩短3至5天。在主机企业年度供应商绩效评价中，公司"
          "连续三年位列A级供应商，2019年在某工程机械龙头企业的三百余家供应商中排名第四。"),
    ("sub", "（四）社会效益与推广价值"),
    ("p", "公司的实践表明，精益六西格玛方法适用于多品种、中小批量的机械零部件制造企业。公司近三年接待同行企业参观"
          "学习60余批次，向12家供应商和兄弟企业输出了项目管理方法和培训课程，帮助其完成改进项目80余项。公司的"
          "推进经验入选河南省质量标杆典型经验，并在2019年全国机械工业质量管理经验交流会上作专题发言，具有较强的"
          "示范效应和推广价值。"),
    ("p", "在社会效益方面，公司把改进方法应用于节能减排和安全生产。通过热处理工艺优化和余热回收改造，2019年单位"
          "产值综合能耗较2017年下降18.6%，淬火废油全部交由有资质单位回收处置，连续三年未发生一般及以上安全生产"
          "事故和环境污染事件，实现了经济效益和社会效益的协调提升。"),
]

TABLES = {
    1: ("2017—2019年关键质量指标", [
        ["指标", "2017年", "2018年", "2019年"],
        ["产品一次交检合格率（%）", "97.2", "98.4", "99.3"],
        ["质量损失率（%）", "1.85", "1.21", "0.76"],
        ["顾客投诉（次）", "46", "29", "15"]]),
    2: ("2017—2019年改进项目实施情况", [
        ["年度", "立项数（项）", "结题数（项）", "经济效益（万元）"],
        ["2017年", "58", "52", "1860"],
        ["2018年", "67", "61", "2240"],
        ["2019年", "74", "70", "2650"]]),
}
# figure number: (caption, alt text, EMU width, EMU height)
FIGURES = {
    1: ("精益六西格玛推进组织架构", "推进委员会、推进办公室、事业部推进小组和项目团队四级组织架构", 5040000, 2700000),
    2: ("DMAIC项目实施流程", "界定、测量、分析、改进、控制五个阶段及阶段评审", 5040000, 1008000),
}
PART_HEADINGS = {"summary": "摘要", "overview": "企业概况",
                 "method": "管理方法（技术）的推进和应用情况", "results": "管理方法（技术）的实施效果"}
CHINESE_NUMERALS = "一二三四五六七八九十"
# tracked-changes.docx: 张三's edits (track changes on), comment and hidden note
TRACKED = dict(deleted="每月", inserted="按项目评审等级", context="享受专项津贴",  # in the 黑带津贴 sentence
               anchor="精益六西格玛推进委员会", comment="请补充推进委员会的成立时间和主任姓名。",
               hidden="（此段荣誉情况待办公室核对证书后确认）", author="张三")

# ---------------------------------------------------------------------------
# Samples: name -> (changes to the compliant document, rule ids expected to fail)
# ---------------------------------------------------------------------------
BASE = dict(summary_extra=False, title_font=None, overview_font=("宋体", 24), method_line=None,
            omit_overview=False, auto_numbered=False, results_first=False,
            page=("11906", "16838", None), bad_captions=False, tracked=False)
SAMPLES = [
    ("compliant", {}, []),
    ("summary-too-long", dict(summary_extra=True), ["summary.length"]),
    ("wrong-fonts", dict(title_font=("宋体", 32), overview_font=("仿宋", 28), method_line="360"),
     ["style.title", "style.body", "style.line_spacing"]),
    ("missing-part", dict(omit_overview=True, auto_numbered=True), ["sections.missing"]),
    ("wrong-order", dict(results_first=True), ["sections.order"]),
    ("letter-landscape", dict(page=("15840", "12240", "landscape")), ["page.size", "page.orientation"]),
    ("bad-captions", dict(bad_captions=True),
     ["caption.table_position", "caption.figure_position", "caption.numbering", "caption.style"]),
    ("tracked-changes", dict(tracked=True), ["revisions.present", "comments.present", "hidden_text.present"]),
]
SUMMARY_TOO_LONG = 512  # asserted: the checker should say "cut 12"
LIMITS = {"title": 40, "summary": 500, "overview": 500, "method": 8000, "results": 2000}

# ---------------------------------------------------------------------------
# WordprocessingML writing
# ---------------------------------------------------------------------------
MS, OX = "http://schemas.microsoft.com/office/", "http://schemas.openxmlformats.org/"
NAMESPACES = {
    "wpc": MS + "word/2010/wordprocessingCanvas", "mc": OX + "markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office", "r": OX + "officeDocument/2006/relationships",
    "m": OX + "officeDocument/2006/math", "v": "urn:schemas-microsoft-com:vml",
    "wp14": MS + "word/2010/wordprocessingDrawing", "wp": OX + "drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word", "w": OX + "wordprocessingml/2006/main",
    "w14": MS + "word/2010/wordml", "w15": MS + "word/2012/wordml", "w16se": MS + "word/2015/wordml/symex",
    "wpg": MS + "word/2010/wordprocessingGroup", "wpi": MS + "word/2010/wordprocessingInk",
    "wne": MS + "word/2006/wordml", "wps": MS + "word/2010/wordprocessingShape"}
NS_DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NAMESPACES.items()) + ' mc:Ignorable="w14 w15 w16se wp14"'
W = "{%s}" % NAMESPACES["w"]
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
SPELL_FLAGGED = {"Minitab", "Cpk", "SIPOC", "DMADV", "GR&R"}  # words Word's speller underlines


def w_part(root, inner):
    return f"{XML_HEAD}<w:{root} {NS_DECL}>{inner}</w:{root}>"


class Writer:
    """Word-like rsids, paraIds and annotation ids, deterministic per sample."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rsids = sorted("00%06X" % self.rng.randrange(0x100000, 0xFFFFFF) for _ in range(14))
        self.ids = 0  # w:id of revisions and bookmarks (the one comment has id 0)

    def rsid(self):
        return self.rng.choice(self.rsids)

    def next_id(self):
        self.ids += 1
        return self.ids

    def p_open(self):
        text_id = self.rng.choice(["77777777", "%08X" % self.rng.randrange(1 << 31)])
        return (f'<w:p w14:paraId="{self.rng.randrange(0x10000000, 0x7FFFFFFF):08X}" w14:textId="{text_id}" '
                f'w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}" w:rsidP="{self.rsid()}">')


def rpr(font=None, size=None, bold=False, hint=False, extra=""):
    """A w:rPr; `font` is the East Asian font (Latin text and digits stay Times New Roman)."""
    hint_attr = ' w:hint="eastAsia"' if hint else ""
    parts = [f'<w:rFonts w:ascii="Times New Roman" w:eastAsia="{font}" w:hAnsi="Times New Roman"{hint_attr}/>'
             if font else f"<w:rFonts{hint_attr}/>" if hint else "",
             "<w:b/><w:bCs/>" if bold else "", extra,
             f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else ""]
    body = "".join(parts)
    return f"<w:rPr>{body}</w:rPr>" if body else ""


def runs(wr, text, font=None, size=None, bold=False, extra=""):
    """Split `text` as a Chinese IME session does: ASCII runs plain, the rest with w:hint="eastAsia"."""
    out = []
    for seg in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        asian = not seg.isascii()
        cut = seg.find("，", len(seg) // 3) + 1 if asian and len(seg) > 40 and wr.rng.random() < 0.5 else 0
        for piece in ([seg[:cut], seg[cut:]] if 0 < cut < len(seg) else [seg]):  # split by a later edit
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            r = (f'<w:r w:rsidRPr="{wr.rsid()}">{rpr(font, size, bold, asian, extra)}'
                 f"<w:t{space}>{escape(piece)}</w:t></w:r>")
            if piece.strip() in SPELL_FLAGGED:
                r = f'<w:proofErr w:type="spellStart"/>{r}<w:proofErr w:type="spellEnd"/>'
            out.append(r)
    return "".join(out)


def para(wr, inner, style=None, jc=None, indent=False, line=None, num=False, keep_next=False, mark=""):
    """One w:p; pPr children in schema order; `mark` is the paragraph mark's rPr."""
    ppr = "".join([f'<w:pStyle w:val="{style}"/>' if style else "", "<w:keepNext/>" if keep_next else "",
                   '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "",
                   f'<w:spacing w:line="{line}" w:lineRule="auto"/>' if line else "",
                   '<w:ind w:firstLineChars="200" w:firstLine="480"/>' if indent else "",
                   f'<w:jc w:val="{jc}"/>' if jc else "", mark])
    return f"{wr.p_open()}<w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def text_para(wr, text, font="宋体", size=24, bold=False, **layout):
    """A paragraph of one formatting; body text by default (宋体 小四, first-line indent 2 chars)."""
    layout.setdefault("indent", True)
    return para(wr, runs(wr, text, font, size, bold), mark=rpr(font, size, bold), **layout)


# ---------------------------------------------------------------------------
# The parts of the document
# ---------------------------------------------------------------------------
def part_heading(wr, opts, key, number):
    """Heading 1, 黑体 四号 bold; typed "一、" or automatic chineseCounting numbering."""
    typed = "" if opts["auto_numbered"] else CHINESE_NUMERALS[number - 1] + "、"
    return text_para(wr, typed + PART_HEADINGS[key], "黑体", 28, True, style="1", indent=False,
                     num=opts["auto_numbered"])


def build_title(wr, opts):
    """Title in the style qb标题 (黑体 小二, centred); wrong-fonts overrides it on the run."""
    font, size = opts["title_font"] or (None, None)
    empty = para(wr, "", mark=rpr("宋体", 24))
    return [para(wr, runs(wr, TITLE, font, size), "qb", mark=rpr(font, size)), empty]


def build_summary(wr, opts):
    heading = text_para(wr, "摘要", "宋体", 28, True, style="1", jc="center", indent=False)
    texts = SUMMARY[:1] + [SUMMARY_EXTRA] * opts["summary_extra"] + SUMMARY[1:]
    body = [text_para(wr, x, line="240") for x in texts]
    if opts["tracked"]:  # a comment on the first paragraph, a hidden note after the last
        before, after = texts[0].split(TRACKED["anchor"], 1)
        inner = (runs(wr, before, "宋体", 24) + '<w:commentRangeStart w:id="0"/>'
                 + runs(wr, TRACKED["anchor"], "宋体", 24) + '<w:commentRangeEnd w:id="0"/>'
                 '<w:r><w:rPr><w:rStyle w:val="a6"/></w:rPr><w:commentReference w:id="0"/></w:r>'
                 + runs(wr, after, "宋体", 24))
        body[0] = para(wr, inner, indent=True, line="240", mark=rpr("宋体", 24))
        hidden = runs(wr, TRACKED["hidden"], "宋体", 24, extra="<w:vanish/>")
        body[-1] = body[-1].replace("</w:p>", hidden + "</w:p>")
    keywords = runs(wr, KEYWORDS[0], "宋体", 24, True) + runs(wr, KEYWORDS[1], "宋体", 24)
    return [heading, *body, para(wr, keywords, indent=True, line="240", mark=rpr("宋体", 24))]


def build_overview(wr, opts):
    font, size = opts["overview_font"]
    return [text_para(wr, x, font, size) for x in OVERVIEW]


def tracked_para(wr, text, line):
    """The 黑带津贴 sentence with one deletion and one insertion by 张三."""
    old, new, keep = TRACKED["deleted"], TRACKED["inserted"], TRACKED["context"]
    before, after = text.split(old + keep, 1)
    rev = f'w:author="{TRACKED["author"]}" w:date="2020-06-10T09:12:00Z"'
    inner = (runs(wr, before, "宋体", 24)
             + f'<w:del w:id="{wr.next_id()}" {rev}><w:r w:rsidDel="{wr.rsid()}">{rpr("宋体", 24, hint=True)}'
             f"<w:delText>{old}</w:delText></w:r></w:del>"
             + f'<w:ins w:id="{wr.next_id()}" {rev}>{runs(wr, new, "宋体", 24)}</w:ins>'
             + runs(wr, keep + after, "宋体", 24))
    return para(wr, inner, indent=True, line=line, mark=rpr("宋体", 24))


def caption(wr, kind, number, title, opts, field):
    """表N/图N caption: 宋体 五号 bold, centred; `field`: number as a SEQ field (Insert Caption)."""
    bold = not opts["bad_captions"]
    fmt = rpr("宋体", 21, bold)
    num = runs(wr, str(number), "宋体", 21, bold)
    if field:
        num = "".join(f"<w:r>{fmt}{x}</w:r>" for x in (
            '<w:fldChar w:fldCharType="begin"/>', f'<w:instrText xml:space="preserve"> SEQ {kind} \\* ARABIC '
            '</w:instrText>', '<w:fldChar w:fldCharType="separate"/>')) + num + \
            f'<w:r>{fmt}<w:fldChar w:fldCharType="end"/></w:r>'
    inner = runs(wr, kind, "宋体", 21, bold) + num + runs(wr, " " + title, "宋体", 21, bold)
    return para(wr, inner, "a3", jc="center", mark=fmt)


def table(wr, rows):
    widths = [2900, 1798, 1798, 1798]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="a4"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        out.append(f'<w:tr w:rsidR="{wr.rsid()}" w:rsidTr="{wr.rsid()}">')
        out += [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                + text_para(wr, cell, bold=(i == 0), indent=False, jc="center") + "</w:tc>"
                for w, cell in zip(widths, row)]
        out.append("</w:tr>")
    return "".join(out) + "</w:tbl>"


def figure(wr, n):
    """An inline picture (wp:inline / pic:pic) in its own centred paragraph; alt text in descr."""
    _, alt, cx, cy = FIGURES[n]
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    drawing = (
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="{n * 0x1F3A5C7:08X}" '
        f'wp14:editId="{n * 0x2B4D6E9:08X}"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" '
        f'b="0"/><wp:docPr id="{n}" name="图片 {n}" descr="{escape(alt)}"/><wp:cNvGraphicFramePr>'
        f'<a:graphicFrameLocks {a} noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic {a}>'
        f'<a:graphicData uri="{OX}drawingml/2006/picture"><pic:pic xmlns:pic="{OX}drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{n}" name="image{n}.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
        f'<a:blip r:embed="{RID[f"word/media/image{n}.png"]}"><a:extLst>'
        '<a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi '
        f'xmlns:a14="{MS}drawing/2010/main" val="0"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/>'
        f'</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
        '</a:graphic></wp:inline></w:drawing>')
    return para(wr, f"<w:r><w:rPr><w:noProof/></w:rPr>{drawing}</w:r>", jc="center", keep_next=True)


def build_body_items(wr, items, opts, line=None):
    """Sub-headings (bold body text), paragraphs, tables and figures of the method or results part."""
    out, bad = [], opts["bad_captions"]
    for kind, value in items:
        if kind == "sub":
            out.append(text_para(wr, value, bold=True, line=line))
        elif kind == "p" and opts["tracked"] and TRACKED["deleted"] + TRACKED["context"] in value:
            out.append(tracked_para(wr, value, line))
        elif kind == "p":
            out.append(text_para(wr, value, line=line))
        elif kind == "table":  # bad-captions: 表1 below its table, the second table numbered 表3
            number = 3 if bad and value == 2 else value
            cap = caption(wr, "表", number, TABLES[value][0], opts, field=not bad)
            tbl = table(wr, TABLES[value][1])
            out += [tbl, cap] if bad and value == 1 else [cap, tbl]
        elif kind == "figure":  # bad-captions: 图1 above its figure
            cap = caption(wr, "图", value, FIGURES[value][0], opts, field=False)
            out += [cap, figure(wr, value)] if bad and value == 1 else [figure(wr, value), cap]
    return out


def build_document(wr, opts):
    blocks = build_title(wr, opts) + build_summary(wr, opts)
    parts = [] if opts["omit_overview"] else [("overview", build_overview(wr, opts))]
    method = ("method", build_body_items(wr, METHOD, opts, opts["method_line"]))
    results = ("results", build_body_items(wr, RESULTS, opts))
    parts += [results, method] if opts["results_first"] else [method, results]
    for number, (key, body) in enumerate(parts, 1):
        blocks += [part_heading(wr, opts, key, number)] + body
    gid = wr.next_id()  # _GoBack: where the cursor was at the last save
    blocks[-1] = blocks[-1].replace(
        "</w:p>", f'<w:bookmarkStart w:id="{gid}" w:name="_GoBack"/><w:bookmarkEnd w:id="{gid}"/></w:p>')
    w, h, orient = opts["page"]
    orient = f' w:orient="{orient}"' if orient else ""
    footer = RID["word/footer1.xml"]
    sect = (f'<w:sectPr w:rsidR="{wr.rsid()}"><w:footerReference w:type="default" r:id="{footer}"/>'
            f'<w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
            'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
    return w_part("document", f"<w:body>{''.join(blocks)}{sect}</w:body>")


# ---------------------------------------------------------------------------
# Counting 字 (Word mode, docs/COUNTING.md) over the written document.xml
# ---------------------------------------------------------------------------
BLANKS = " \t\u00a0\u3000"


def is_asian(ch, hint):
    o = ord(ch)
    definite = (0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
                or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x3FFFF)
    return definite or (hint and o > 0x7F)  # “” — are Asian only under w:hint="eastAsia"


def counted_text(el):
    """(char, asian) pairs of counted text: deleted and hidden runs and field codes left out."""
    out = []
    for child in el:
        if child.tag in (W + "del", W + "moveFrom", W + "pPr"):
            continue
        if child.tag != W + "r":
            out += counted_text(child)
            continue
        props = child.find(W + "rPr")
        if props is not None and props.find(W + "vanish") is not None:
            continue
        fonts = props.find(W + "rFonts") if props is not None else None
        hint = fonts is not None and fonts.get(W + "hint") == "eastAsia"
        for node in child:
            if node.tag == W + "t":
                out += [(c, is_asian(c, hint)) for c in node.text or ""]
            elif node.tag == W + "tab":
                out.append(("\t", False))
    return out


def count_words(pairs):
    """Asian characters plus maximal runs of other non-blank characters."""
    words, in_word = 0, False
    for ch, asian in pairs:
        if ch in BLANKS or asian:
            words, in_word = words + asian, False
        elif not in_word:
            words, in_word = words + 1, True
    return words


def body_paragraphs(doc_xml):
    """Paragraphs of the main story in reading order, table cells included."""
    paras, list_number = [], 0
    for block in ET.fromstring(doc_xml.encode("utf-8")).find(W + "body"):
        for p in [block] if block.tag == W + "p" else block.iter(W + "p"):
            pairs, label = counted_text(p), ""
            if p.find(f"{W}pPr/{W}numPr") is not None:  # the automatic number, e.g. 一、
                list_number += 1
                label = CHINESE_NUMERALS[list_number - 1] + "、"
            paras.append(dict(text="".join(c for c, _ in pairs), pairs=pairs, label=label,
                              in_table=block.tag == W + "tbl"))
    return paras


def part_counts(paras):
    """字 per part: the title paragraph; after each part heading up to the next one."""
    counts = dict(title=None, summary=None, overview=None, method=None, results=None)
    current = None
    for p in paras:
        bare = re.sub(r"^(?:[一二三四五六七八九十]+、|\d+[.、．]\s*)", "", p["text"].strip())
        key = next((k for k, v in PART_HEADINGS.items() if v == bare and not p["in_table"]), None)
        if key:
            current, counts[key] = key, 0
        elif counts["title"] is None and p["text"].strip():
            counts["title"] = count_words(p["pairs"])
        elif current:
            counts[current] += count_words(p["pairs"])
    return counts


def statistics(paras):
    """app.xml figures: Words and Characters exact (list numbers count in Word); Lines, Pages estimated."""
    words = chars = blanks = lines = 0
    for p in paras:
        pairs = [(c, True) for c in p["label"]] + [("\t", False)] * bool(p["label"]) + p["pairs"]
        words += count_words(pairs)
        blank = sum(c in BLANKS for c, _ in pairs)
        chars, blanks = chars + len(pairs) - blank, blanks + blank
        width = sum(1 if a else 0.5 for _, a in pairs)  # in 小四 characters, 34 to a line
        lines += -int(-width // 34) if pairs else 0
    return dict(Words=words, Characters=chars, CharactersWithSpaces=chars + blanks, Lines=lines,
                Paragraphs=sum(1 for p in paras if p["pairs"]), Pages=-(-(lines + 30) // 44))  # +30: figures


# ---------------------------------------------------------------------------
# Pictures: PNG written with zlib + struct
# ---------------------------------------------------------------------------
def png_bytes(width, height, shapes):
    """Rectangles ("rect", (x0, y0, x1, y1)) and right-pointing arrow heads ("arrow", (tip x, y, size))."""
    px = bytearray(b"\xff" * (width * height * 3))
    for kind, c, rgb in shapes:
        spans = ([(y, c[0], c[2]) for y in range(c[1], c[3])] if kind == "rect" else
                 [(y, c[0] - c[2] + dx, c[0] - c[2] + dx + 1) for dx in range(c[2])
                  for y in range(c[1] - c[2] + dx, c[1] + c[2] - dx + 1)])
        for y, x0, x1 in spans:
            px[(y * width + x0) * 3:(y * width + x1) * 3] = bytes(rgb) * (x1 - x0)
    raw = b"".join(b"\x00" + px[y * width * 3:(y + 1) * width * 3] for y in range(height))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


GREY, BLUE, PALE = (89, 89, 89), (68, 114, 196), (222, 235, 247)


def box(x0, y0, x1, y1, fill=PALE):
    return [("rect", (x0, y0, x1, y1), (47, 85, 151)), ("rect", (x0 + 2, y0 + 2, x1 - 2, y1 - 2), fill)]


def org_chart_png():
    """图1: committee, office, four business-unit groups, their project teams."""
    s = box(220, 10, 340, 50, BLUE) + box(220, 90, 340, 130)
    s += [("rect", c, GREY) for c in ((279, 50, 281, 90), (279, 130, 281, 150), (70, 150, 492, 152))]
    for x in range(20, 580, 140):
        s += [("rect", (x + 50, 150, x + 52, 170), GREY)] + box(x, 170, x + 102, 205)
        s += [("rect", (x + 50, 205, x + 52, 225), GREY)] + box(x + 10, 225, x + 92, 260, (242, 242, 242))
    return png_bytes(560, 300, s)


def dmaic_png():
    """图2: five phase boxes joined by arrows."""
    s = []
    for i, x in enumerate(range(10, 600, 120)):
        s += box(x, 25, x + 90, 85, BLUE if i == 0 else PALE)
        if i < 4:
            s += [("rect", (x + 90, 54, x + 112, 57), GREY), ("arrow", (x + 120, 55, 8), GREY)]
    return png_bytes(600, 120, s)


# ---------------------------------------------------------------------------
# Package parts
# ---------------------------------------------------------------------------
CT = "application/vnd.openxmlformats-officedocument."
REL = OX + "officeDocument/2006/relationships/"
# parts related from document.xml, in Word's rId order: (path, content type, relationship type)
DOC_PARTS = [("word/numbering.xml", "wordprocessingml.numbering+xml", "numbering"),
             ("word/styles.xml", "wordprocessingml.styles+xml", "styles"),
             ("word/settings.xml", "wordprocessingml.settings+xml", "settings"),
             ("word/webSettings.xml", "wordprocessingml.webSettings+xml", "webSettings"),
             ("word/media/image1.png", None, "image"), ("word/media/image2.png", None, "image"),
             ("word/footer1.xml", "wordprocessingml.footer+xml", "footer"),
             ("word/fontTable.xml", "wordprocessingml.fontTable+xml", "fontTable"),
             ("word/theme/theme1.xml", "theme+xml", "theme"),
             ("word/comments.xml", "wordprocessingml.comments+xml", "comments")]  # tracked-changes only
RID = {path: f"rId{i}" for i, (path, _, _) in enumerate(DOC_PARTS, 1)}


def relationships(rels):
    items = "".join(f'<Relationship Id="{i}" Type="{kind}" Target="{target}"/>' for i, kind, target in rels)
    return f'{XML_HEAD}<Relationships xmlns="{OX}package/2006/relationships">{items}</Relationships>'


def package_files(present):
    """[Content_Types].xml, _rels/.rels and word/_rels/document.xml.rels for the parts `present`."""
    parts = [p for p in DOC_PARTS if p[0] in present]
    overrides = [("/word/document.xml", CT + "wordprocessingml.document.main+xml")]
    overrides += [("/" + path, CT + ct) for path, ct, _ in parts if ct]
    overrides += [("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", CT + "extended-properties+xml")]
    types = (f'{XML_HEAD}<Types xmlns="{OX}package/2006/content-types"><Default Extension="png" '
             'ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
             'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
    package = relationships([("rId3", REL + "extended-properties", "docProps/app.xml"),
                             ("rId2", OX + "package/2006/relationships/metadata/core-properties",
                              "docProps/core.xml"), ("rId1", REL + "officeDocument", "word/document.xml")])
    document = relationships([(RID[path], REL + kind, path[5:]) for path, _, kind in parts])
    return {"[Content_Types].xml": types, "_rels/.rels": package, "word/_rels/document.xml.rels": document}


def style(kind, sid, name, inner, extra=""):
    return f'<w:style w:type="{kind}"{extra} w:styleId="{sid}"><w:name w:val="{name}"/>{inner}</w:style>'


SZ = '<w:sz w:val="{0}"/><w:szCs w:val="{0}"/>'.format
HIDDEN = "<w:semiHidden/><w:unhideWhenUsed/>"
STYLES = w_part("styles", "".join([
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
    'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/>'
    '</w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
    'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" '
    'w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException '
    'w:name="caption" w:semiHidden="1" w:uiPriority="35" w:unhideWhenUsed="1" w:qFormat="1"/>'
    '<w:lsdException w:name="Table Grid" w:uiPriority="39"/></w:latentStyles>',
    style("paragraph", "a", "Normal", '<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/>'
          '</w:pPr>', ' w:default="1"'),
    style("paragraph", "1", "heading 1", '<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/>'
          '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="340" '
          'w:after="330" w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/>'
          f'<w:kern w:val="44"/>{SZ(44)}</w:rPr>'),
    style("character", "a0", "Default Paragraph Font", f'<w:uiPriority w:val="1"/>{HIDDEN}', ' w:default="1"'),
    style("table", "a1", "Normal Table", f'<w:uiPriority w:val="99"/>{HIDDEN}<w:tblPr><w:tblInd w:w="0" '
          'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom '
          'w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', ' w:default="1"'),
    style("numbering", "a2", "No List", f'<w:uiPriority w:val="99"/>{HIDDEN}', ' w:default="1"'),
    style("character", "10", "标题 1 字符", '<w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/>'
          f'<w:rPr><w:b/><w:bCs/><w:kern w:val="44"/>{SZ(44)}</w:rPr>', ' w:customStyle="1"'),
    style("paragraph", "a3", "caption", '<w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="35"/>'
          '<w:unhideWhenUsed/><w:qFormat/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="黑体" '
          f'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>{SZ(20)}</w:rPr>'),
    style("table", "a4", "Table Grid", '<w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>'
          + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
          + "</w:tblBorders></w:tblPr>"),
    style("paragraph", "a5", "annotation text", f'<w:basedOn w:val="a"/><w:uiPriority w:val="99"/>{HIDDEN}'
          '<w:pPr><w:jc w:val="left"/></w:pPr>'),
    style("character", "a6", "annotation reference", f'<w:basedOn w:val="a0"/><w:uiPriority w:val="99"/>{HIDDEN}'
          f"<w:rPr>{SZ(21)}</w:rPr>"),
    style("paragraph", "a7", "footer", '<w:basedOn w:val="a"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
          '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid '
          f'w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr>{SZ(18)}</w:rPr>'),
    style("paragraph", "qb", "qb标题", '<w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:spacing '
          'w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts '
          f'w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman"/>{SZ(36)}</w:rPr>',
          ' w:customStyle="1"')]))

NUMBERING = w_part("numbering", (  # "一、" list; only missing-part.docx uses it (part headings)
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2A6B14C3"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="6C1E8F52"/><w:lvl w:ilvl="0" w:tplc="8A1E6B3C">'
    '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr><w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))

FONTS = [("Times New Roman", None, "02020603050405020304", "00", "roman"),
         ("宋体", "SimSun", "02010600030101010101", "86", "auto"),
         ("黑体", "SimHei", "02010609060101010101", "86", "modern"),
         ("仿宋", "FangSong", "02010609060101010101", "86", "modern"),
         ("等线", "DengXian", "02010600030101010101", "86", "auto"),
         ("等线 Light", None, "02010600030101010101", "86", "auto"),
         ("Calibri", None, "020F0502020204030204", "00", "swiss"),
         ("Calibri Light", None, "020F0302020204030204", "00", "swiss")]
FONT_TABLE = w_part("fonts", "".join(
    f'<w:font w:name="{name}">' + (f'<w:altName w:val="{alt}"/>' if alt else "") + f'<w:panose1 w:val="{pan}"/>'
    f'<w:charset w:val="{cs}"/><w:family w:val="{fam}"/><w:pitch w:val="variable"/></w:font>'
    for name, alt, pan, cs, fam in FONTS))

THEME_SCRIPTS = [("Jpan", "游明朝", "游ゴシック Light"), ("Hang", "맑은 고딕", "맑은 고딕"), ("Hans", "等线", "等线 Light"),
                 ("Hant", "新細明體", "新細明體"), ("Arab", "Arial", "Times New Roman"),
                 ("Hebr", "Arial", "Times New Roman"), ("Thai", "Cordia New", "Angsana New"),
                 ("Viet", "Arial", "Times New Roman")]
THEME_COLORS = [("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"),
                ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"),
                ("hlink", "0563C1"), ("folHlink", "954F72")]


def theme_xml():
    """The Office theme: minor font Calibri / Hans 等线, major font Calibri Light / Hans 等线 Light."""
    def font(kind, latin, idx):
        scripts = "".join(f'<a:font script="{s}" typeface="{f[idx]}"/>' for s, *f in THEME_SCRIPTS)
        return f'<a:{kind}><a:latin typeface="{latin}"/><a:ea typeface=""/><a:cs typeface=""/>{scripts}</a:{kind}>'
    colors = "".join(f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>' for n, v in THEME_COLORS)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    grad = "".join(f'<a:gs pos="{pos}"><a:schemeClr val="phClr"><a:tint val="{tint}"/></a:schemeClr></a:gs>'
                   for pos, tint in ((0, 67000), (100000, 81000)))
    grad = f'<a:gradFill rotWithShape="1"><a:gsLst>{grad}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>'
    lines = "".join(f'<a:ln w="{w}" cap="flat" cmpd="sng" algn="ctr">{fill}<a:prstDash val="solid"/>'
                    '<a:miter lim="800000"/></a:ln>' for w in (6350, 12700, 19050))
    return (f'{XML_HEAD}<a:theme xmlns:a="{OX}drawingml/2006/main" name="Office 主题"><a:themeElements>'
            '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1>'
            f'<a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>{colors}</a:clrScheme><a:fontScheme name="Office">'
            f'{font("majorFont", "Calibri Light", 1)}{font("minorFont", "Calibri", 0)}</a:fontScheme>'
            f'<a:fmtScheme name="Office"><a:fillStyleLst>{fill}{grad}{grad}</a:fillStyleLst><a:lnStyleLst>{lines}'
            '</a:lnStyleLst><a:effectStyleLst>' + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
            + f'</a:effectStyleLst><a:bgFillStyleLst>{fill}{fill}{grad}</a:bgFillStyleLst></a:fmtScheme>'
            '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def settings_xml(wr, tracked):
    word = 'w:uri="http://schemas.microsoft.com/office/word"'
    return w_part("settings", (
        '<w:zoom w:percent="100"/>' + "<w:trackRevisions/>" * tracked + '<w:bordersDoNotSurroundHeader/>'
        '<w:bordersDoNotSurroundFooter/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop '
        'w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
        '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
        '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
        f'<w:compatSetting w:name="compatibilityMode" {word} w:val="15"/><w:compatSetting '
        f'w:name="overrideTableStyleFontSizeAndJustification" {word} w:val="1"/><w:compatSetting '
        f'w:name="enableOpenTypeFeatures" {word} w:val="1"/></w:compat>'
        f'<w:rsids><w:rsidRoot w:val="{wr.rsids[0]}"/>'
        + "".join(f'<w:rsid w:val="{r}"/>' for r in wr.rsids) + '</w:rsids><m:mathPr><m:mathFont '
        'm:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping '
        'w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" '
        'w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        '<w15:docId w15:val="{7C3E2A91-4B5D-4F06-9A8E-1D2C3B4A5F60}"/>'))


def footer_xml(wr):
    """A centred PAGE field (headers and footers are not counted)."""
    fld = "".join(f"<w:r>{x}</w:r>" for x in (
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>', '<w:rPr><w:noProof/><w:lang w:val="zh-CN"/></w:rPr><w:t>1</w:t>',
        '<w:fldChar w:fldCharType="end"/>'))
    return w_part("ftr", para(wr, fld, "a7", jc="center"))


def comments_xml(wr):
    body = para(wr, '<w:r><w:rPr><w:rStyle w:val="a6"/></w:rPr><w:annotationRef/></w:r>'
                + runs(wr, TRACKED["comment"]), "a5")
    return w_part("comments", f'<w:comment w:id="0" w:author="{TRACKED["author"]}" w:date="2020-06-10T09:20:00Z" '
                  f'w:initials="张">{body}</w:comment>')


def app_xml(stats):
    s = stats
    return (f'{XML_HEAD}<Properties xmlns="{OX}officeDocument/2006/extended-properties" xmlns:vt="{OX}'
            'officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>486</TotalTime>'
            f'<Pages>{s["Pages"]}</Pages><Words>{s["Words"]}</Words><Characters>{s["Characters"]}</Characters>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
            f'<Lines>{s["Lines"]}</Lines><Paragraphs>{s["Paragraphs"]}</Paragraphs><ScaleCrop>false</ScaleCrop>'
            f'<Company>{ENTERPRISE}</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>'
            f'{s["CharactersWithSpaces"]}</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>'
            'false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')


def core_xml(modified_by):
    return (f'{XML_HEAD}<cp:coreProperties xmlns:cp="{OX}package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>刘晓燕</dc:creator><cp:keywords>'
            f'</cp:keywords><dc:description></dc:description><cp:lastModifiedBy>{modified_by}</cp:lastModifiedBy>'
            '<cp:revision>17</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2020-05-20T01:12:00Z'
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2020-06-12T08:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
def make_sample(name, overrides, out_dir):
    """Write samples/<name>.docx; return its part counts and app.xml statistics."""
    opts = dict(BASE, **overrides)
    wr = Writer(seed=name)
    doc = build_document(wr, opts)
    paras = body_paragraphs(doc)
    counts, stats = part_counts(paras), statistics(paras)
    parts = {"word/document.xml": doc, "word/numbering.xml": NUMBERING, "word/styles.xml": STYLES,
             "word/settings.xml": settings_xml(wr, opts["tracked"]),
             "word/webSettings.xml": w_part("webSettings", "<w:optimizeForBrowser/><w:allowPNG/>"),
             "word/media/image1.png": org_chart_png(), "word/media/image2.png": dmaic_png(),
             "word/footer1.xml": footer_xml(wr), "word/fontTable.xml": FONT_TABLE,
             "word/theme/theme1.xml": theme_xml(),
             "docProps/core.xml": core_xml(TRACKED["author"] if opts["tracked"] else "刘晓燕"),
             "docProps/app.xml": app_xml(stats)}
    if opts["tracked"]:
        parts["word/comments.xml"] = comments_xml(wr)
    parts = {**package_files(parts), **parts}
    path = os.path.join(out_dir, name + ".docx")
    with zipfile.ZipFile(path, "w") as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))  # as Word stores it
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path, counts, stats


def verify(path):
    """The zip is sound, every XML part parses (ElementTree and minidom), every relationship resolves."""
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None, path
        names = set(z.namelist())
        for name in names:
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))
                xml.dom.minidom.parseString(z.read(name))
        for rels, base in (("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")):
            for rel in ET.fromstring(z.read(rels)):
                assert base + rel.get("Target") in names, (path, rel.get("Target"))


def check_corpus():
    """The text uses only characters whose Word-mode count is unambiguous (samples/README.md)."""
    texts = [TITLE, SUMMARY_EXTRA, *SUMMARY, *KEYWORDS, *OVERVIEW, *TRACKED.values()]
    texts += [v for k, v in METHOD + RESULTS if k in ("p", "sub")] + [f[0] for f in FIGURES.values()]
    texts += [cell for title, rows in TABLES.values() for row in [[title]] + rows for cell in row]
    for text in texts:
        odd = {c for c in text if not (c.isascii() or is_asian(c, False) or c in "“”—")}
        assert not odd, (text[:20], odd)


def write_expected(results, out_dir):
    lines = ["# Expected findings for samples/<name>.docx, written by scripts/make_samples.py (do not edit).",
             "# fails: rule ids expected to fail. counts: 字 per part in Word mode (docs/COUNTING.md), part",
             "# headings excluded, table cells and captions included; null = part missing.", ""]
    for name, fails, counts in results:
        c = ", ".join(f"{k}: {'null' if v is None else v}" for k, v in counts.items())
        lines.append(f"{name}: {{fails: [{', '.join(fails)}], counts: {{{c}}}}}")
    with open(os.path.join(out_dir, "expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples"))
    out_dir = ap.parse_args().out
    os.makedirs(out_dir, exist_ok=True)
    check_corpus()
    results = []
    for name, overrides, fails in SAMPLES:
        path, counts, stats = make_sample(name, overrides, out_dir)
        verify(path)
        over = sorted(k for k, v in counts.items() if v is not None and v > LIMITS[k])
        assert over == sorted(f.split(".")[0] for f in fails if f.endswith(".length")), (name, counts)
        results.append((name, fails, counts))
        print(f"{name + '.docx':24} {counts}  app.xml Words={stats['Words']}")
    counts = {name: c for name, _, c in results}
    assert counts["summary-too-long"]["summary"] == SUMMARY_TOO_LONG, counts["summary-too-long"]
    assert counts["missing-part"]["overview"] is None
    write_expected(results, out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
