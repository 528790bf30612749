#!/usr/bin/env python3
"""Generate the legacy-export sample files: customers.csv and parts.csv in GBK, vehicles.xlsx and
work-orders.xlsx, with the mess that real exports from older shop software contain.

The output depends only on SEED, so running the script again reproduces the committed files byte for byte.
It prints the counts that a first import into an empty shop reports; README.md lists them.

Usage: python3 generate.py [output folder]   (default: the folder of this script)
"""
import os
import random
import sys
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape

SEED = 20240305
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
AUTHORITY = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅鹏飞宇浩然子轩欣怡思远雨涵"
COMPANIES = ["顺达物流有限公司", "鑫源建材有限公司", "恒通出租汽车公司", "华安保安服务公司", "绿城园林工程公司",
             "天宇电子科技公司", "同福餐饮管理公司", "嘉禾医药连锁公司"]
MAKES = [("大众", ["朗逸", "速腾", "帕萨特", "途观L"]), ("丰田", ["卡罗拉", "凯美瑞", "RAV4荣放"]),
         ("本田", ["思域", "雅阁", "CR-V"]), ("比亚迪", ["秦PLUS", "汉EV", "宋PLUS DM-i"]),
         ("日产", ["轩逸", "天籁"]), ("别克", ["英朗", "君威", "GL8"]), ("吉利", ["帝豪", "星越L"]),
         ("五菱", ["宏光MINI EV", "荣光"])]
COLORS = ["白色", "黑色", "银色", "灰色", "红色", "蓝色", "香槟金"]
LABOR = [("更换机油机滤", "0.5", "80.00"), ("四轮定位", "1", "120.00"), ("更换刹车片", "1", "150.00"),
         ("空调清洗", "0.8", "100.00"), ("更换火花塞", "1.2", "90.00"), ("发动机故障检测", "0.5", "60.00"),
         ("更换蓄电池", "0.3", "50.00"), ("钣金喷漆（前保险杠）", "4", "85.00")]
COMPLAINTS = ["保养到期，做常规保养", "刹车异响", "空调不制冷", "发动机故障灯亮", "怠速抖动", "右前轮胎漏气",
              "启动困难", "前保险杠刮擦需喷漆"]
PARTS = [("机油滤清器", "个"), ("空气滤清器", "个"), ("空调滤清器", "个"), ("全合成机油 4L", "桶"),
         ("前刹车片", "套"), ("后刹车片", "套"), ("火花塞", "支"), ("蓄电池 60Ah", "个"), ("雨刮片", "对"),
         ("防冻液 2L", "桶"), ("刹车油 1L", "瓶"), ("正时皮带", "条")]
VIN_VALUES = {**{str(d): d for d in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
              "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
              "X": 7, "Y": 8, "Z": 9}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
EXCEL_EPOCH = date(1899, 12, 30)

rng = random.Random(SEED)


def money(value):
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def full_width(text):
    """Turn ASCII letters and digits into their full-width forms (U+FF01 to U+FF5E)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def messy_amount(value):
    value = money(value)
    style = rng.randrange(5)
    if style == 0:
        return "¥{:,.2f}".format(value)
    if style == 1:
        return "￥{}".format(value)
    if style == 2:
        return "{}元".format(int(value) if value == value.to_integral() else value)
    if style == 3:
        return "{:,.2f}".format(value)
    return str(value)


def messy_phone(phone):
    style = rng.randrange(6)
    if style == 0:
        return "+86 {}-{}-{}".format(phone[:3], phone[3:7], phone[7:])
    if style == 1:
        return full_width(phone)
    if style == 2:
        return "{} {} {}".format(phone[:3], phone[3:7], phone[7:])
    return phone


def messy_plate(plate):
    style = rng.randrange(6)
    if style == 0:
        return plate[0] + plate[1].lower() + "·" + plate[2:].lower()
    if style == 1:
        return plate[0] + full_width(plate[1:])
    if style == 2:
        return plate[:2] + " " + plate[2:]
    return plate


def vin_for(prefix, serial):
    body = prefix + "".join(rng.choice(VIN_CHARS) for _ in range(8 - len(prefix))) + "0" + serial
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS))
    check = total % 11
    return body[:8] + ("X" if check == 10 else str(check)) + body[9:]


def messy_date(day):
    style = rng.randrange(4)
    if style == 0:
        return day.strftime("%Y-%m-%d")
    if style == 1:
        return "{}/{}/{}".format(day.year, day.month, day.day)
    if style == 2:
        return "{}年{}月{}日".format(day.year, day.month, day.day)
    return ("serial", (day - EXCEL_EPOCH).days)


def write_csv_gbk(path, header, rows):
    def quote(cell):
        cell = str(cell)
        if any(c in cell for c in ',"\r\n'):
            return '"' + cell.replace('"', '""') + '"'
        return cell
    lines = [",".join(quote(c) for c in header)]
    for row in rows:
        lines.append("" if row is None else ",".join(quote(c) for c in row))
    # GBK has no U+00A5 yen sign, so a GBK export shows the full-width ￥ instead.
    text = ("\r\n".join(lines) + "\r\n").replace("¥", "￥")
    with open(path, "wb") as out:
        out.write(text.encode("gbk"))


def column_name(index):
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


def write_xlsx(path, sheet_name, header, rows):
    """Write a workbook the way Excel does: text in shared strings, numbers and date serials as numbers."""
    shared, index = [], {}

    def string_id(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    number = 0
    for row in [header] + rows:
        number += 1
        if row is None:
            continue  # a blank line: Excel writes no row element for it
        cells = []
        for i, value in enumerate(row):
            ref = column_name(i) + str(number)
            if value is None or value == "":
                continue
            if isinstance(value, tuple):
                cells.append('<c r="{}" s="1"><v>{}</v></c>'.format(ref, value[1]))
            elif isinstance(value, (int, Decimal)):
                cells.append('<c r="{}"><v>{}</v></c>'.format(ref, value))
            else:
                cells.append('<c r="{}" t="s"><v>{}</v></c>'.format(ref, string_id(str(value))))
        sheet.append('<row r="{}">{}</row>'.format(number, "".join(cells)))
    sheet.append("</sheetData></worksheet>")
    strings = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">'
               .format(len(shared))]
    strings += ["<si><t xml:space=\"preserve\">{}</t></si>".format(escape(s)) for s in shared]
    strings.append("</sst>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="{}" sheetId="1" r:id="rId1"/></sheets></workbook>'.format(escape(sheet_name)),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
        '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
        "xl/sharedStrings.xml": "".join(strings),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8"))


def shuffle_in(rows, extra):
    """Insert the extra rows at seeded positions in the second half of the file."""
    for row in extra:
        rows.insert(rng.randrange(len(rows) // 2, len(rows) + 1), row)


def customers(count):
    phones = set()
    people = []
    while len(people) < count:
        phone = rng.choice(["13", "15", "17", "18", "19"]) + "".join(rng.choice("0123456789") for _ in range(9))
        if phone in phones:
            continue
        phones.add(phone)
        company = rng.random() < 0.1
        name = rng.choice(COMPANIES) if company else rng.choice(SURNAMES) + "".join(
            rng.choice(GIVEN) for _ in range(rng.randrange(1, 3)))
        if company:
            name = rng.choice(["杭州", "宁波", "温州"]) + name
        kind = "单位" if company else rng.choice(["个人", "个人", "INDIVIDUAL", ""])
        notes = rng.choice(["", "", "", "老客户", "VIP，享九折", "-月结客户", "电话回访请在下午"])
        people.append({"name": name, "phone": phone, "type": kind, "notes": notes})
    return people


def main(folder):
    counts = {}
    # Customers: 手机号码 before 姓名, synonyms for both, GBK, no byte order mark.
    people = customers(640)
    rows = [[messy_phone(p["phone"]), p["name"] if rng.random() > 0.05 else "　" + p["name"] + " ", p["type"],
             p["notes"]] for p in people]
    picked = rng.sample(range(len(rows)), 28)
    exact = [list(rows[i]) for i in picked[:20]]
    conflicting = []
    for i in picked[20:]:
        copy = list(rows[i])
        copy[3] = "资料有误，以此为准"
        conflicting.append(copy)
    invalid_phones = [["1234567", "错号客户甲", "个人", ""], ["2381234567X", "错号客户乙", "", ""],
                      ["138001380", "错号客户丙", "", ""], ["+852 6123 4567", "香港客户", "", ""],
                      ["12800138000", "错号客户丁", "", ""]] + [
                         ["1" + str(rng.randrange(10 ** 9, 10 ** 10))[:9], "位数不足客户{}".format(i), "", ""]
                         for i in range(7)]
    missing_name = [[str(13900000000 + i * 7919), "", "个人", "姓名漏填"] for i in range(5)]
    bad_type = [[str(13700000000 + i * 104729), "类型错客户{}".format(i), "外星人", ""] for i in range(3)]
    shuffle_in(rows, exact + conflicting + invalid_phones + missing_name + bad_type)
    for position in sorted(rng.sample(range(1, len(rows)), 12), reverse=True):
        rows.insert(position, None)
    write_csv_gbk(os.path.join(folder, "customers.csv"), ["手机号码", "姓名", "客户类型", "备注"], rows)
    rejected = len(conflicting) + len(invalid_phones) + len(missing_name) + len(bad_type)
    counts["customers.csv"] = dict(read=len(people) + len(exact) + rejected, created=len(people), updated=0,
                                   unchanged=len(exact), rejected=rejected)

    # Vehicles: owners by phone; plates messy; a few invalid plates, unknown owners and bad check digits.
    plates = set()
    vehicles = []
    owners = [p for p in people]
    while len(vehicles) < 700:
        owner = owners[len(vehicles)] if len(vehicles) < len(owners) else rng.choice(owners)
        province = rng.choice(PROVINCES)
        letter = rng.choice(AUTHORITY)
        if rng.random() < 0.12:
            plate = province + letter + rng.choice("DF") + rng.choice("0123456789ABCDEFGHJK") + "".join(
                rng.choice("0123456789") for _ in range(4))
        else:
            plate = province + letter + "".join(rng.choice("0123456789") for _ in range(5))
        if plate in plates:
            continue
        plates.add(plate)
        make, models = rng.choice(MAKES)
        vin = vin_for("LSV", "{:08d}".format(len(vehicles)))[:17] if rng.random() < 0.4 else ""
        vehicles.append({"plate": plate, "vin": vin, "phone": owner["phone"], "make": make,
                         "model": rng.choice(models), "year": rng.randrange(2008, 2025),
                         "color": rng.choice(COLORS), "odometer": rng.randrange(3, 300) * 1000 + rng.randrange(1000)})
    rows = []
    for v in vehicles:
        odometer = v["odometer"] if rng.random() < 0.5 else "{:,}".format(v["odometer"])
        rows.append([messy_plate(v["plate"]), v["vin"], messy_phone(v["phone"]) if rng.random() < 0.3 else
                     int(v["phone"]), v["make"], v["model"], v["year"], v["color"], odometer])
    picked = rng.sample(range(len(rows)), 20)
    exact = [list(rows[i]) for i in picked[:15]]
    conflicting = []
    for i in picked[15:]:
        copy = list(rows[i])
        copy[6] = "橙色"
        conflicting.append(copy)
    invalid_plates = [["京I12345", "", people[0]["phone"], "大众", "朗逸", 2018, "白色", 1000],
                      ["沪A1234", "", people[1]["phone"], "丰田", "卡罗拉", 2019, "黑色", 2000],
                      ["苏E1234DF", "", people[2]["phone"], "本田", "思域", 2020, "白色", 3000],
                      ["京A123456", "", people[3]["phone"], "日产", "轩逸", 2017, "银色", 4000],
                      ["XX12345", "", people[4]["phone"], "吉利", "帝豪", 2016, "红色", 5000]]
    unknown_owner = [["浙A{:05d}".format(90000 + i), "", "1990000{:04d}".format(i), "五菱", "荣光", 2015, "白色", 100]
                     for i in range(4)]
    bad_vin = []
    for i in range(3):
        vin = vin_for("LFV", "9{:07d}".format(i))
        wrong = "0" if vin[8] != "0" else "1"
        bad_vin.append(["闽D{:05d}".format(80000 + i), vin[:8] + wrong + vin[9:], people[5 + i]["phone"], "大众",
                        "速腾", 2021, "灰色", 8000])
    shuffle_in(rows, exact + conflicting + invalid_plates + unknown_owner + bad_vin)
    for position in sorted(rng.sample(range(1, len(rows)), 8), reverse=True):
        rows.insert(position, None)
    write_xlsx(os.path.join(folder, "vehicles.xlsx"), "车辆",
               ["车牌", "VIN码", "车主电话", "品牌", "车型", "年份", "颜色", "里程数(km)"], rows)
    rejected = len(conflicting) + len(invalid_plates) + len(unknown_owner) + len(bad_vin)
    counts["vehicles.xlsx"] = dict(read=len(vehicles) + len(exact) + rejected, created=len(vehicles), updated=0,
                                   unchanged=len(exact), rejected=rejected)

    # Parts with opening stock: prices with ¥/￥/元 and separators, full-width codes.
    parts = []
    for i in range(260):
        name, unit = PARTS[i % len(PARTS)]
        code = "BP-{:04d}".format(i + 1)
        cost = money(Decimal(rng.randrange(500, 200000)) / 100)
        price = money(cost * Decimal("1.35"))
        quantity = rng.choice([0, 2, 5, 10, 24, 60, 1200])
        parts.append({"code": code, "name": name + ("（原厂）" if i % 3 == 0 else ""), "spec": rng.choice(
            ["", "适用朗逸", "5W-30", "12V", "通用"]), "unit": unit, "price": price, "safety": rng.choice([0, 2, 5]),
            "location": "主库-A{}-{:02d}".format(i % 9 + 1, i % 20 + 1), "quantity": quantity, "cost": cost})
    rows = []
    for p in parts:
        code = full_width(p["code"]) if rng.random() < 0.1 else p["code"]
        quantity = "{:,}".format(p["quantity"]) if p["quantity"] else ""
        rows.append([code, p["name"], p["spec"], p["unit"], messy_amount(p["price"]), p["safety"], p["location"],
                     quantity, messy_amount(p["cost"]) if p["quantity"] else ""])
    picked = rng.sample(range(len(rows)), 13)
    exact = [list(rows[i]) for i in picked[:10]]
    conflicting = []
    for i in picked[10:]:
        copy = list(rows[i])
        copy[4] = "¥9,999.00"
        conflicting.append(copy)
    invalid = [["BP-9001", "三位小数配件", "", "个", "12.345", 0, "", "", ""],
               ["BP-9002", "错分隔配件", "", "个", "1,23.00", 0, "", "", ""],
               ["BP-9003", "缺单位配件", "", "", "20.00", 0, "", "", ""],
               ["BP-9004", "无成本期初", "", "个", "20.00", 0, "", "5", ""],
               ["", "缺编码配件", "", "个", "20.00", 0, "", "", ""]]
    shuffle_in(rows, exact + conflicting + invalid)
    for position in sorted(rng.sample(range(1, len(rows)), 6), reverse=True):
        rows.insert(position, None)
    write_csv_gbk(os.path.join(folder, "parts.csv"),
                  ["配件编号", "品名", "规格型号", "单位", "售价(元)", "安全库存", "货位", "库存数量", "进价"], rows)
    rejected = len(conflicting) + len(invalid)
    counts["parts.csv"] = dict(read=len(parts) + len(exact) + rejected, created=len(parts), updated=0,
                               unchanged=len(exact), rejected=rejected)

    # Historical work orders: mixed date notations and Excel serials, ¥ totals, lines in one cell each.
    orders = []
    start = date(2021, 1, 4)
    for i in range(520):
        vehicle = vehicles[rng.randrange(len(vehicles))]
        received = start + timedelta(days=rng.randrange(0, 1300))
        settled = received + timedelta(days=rng.choice([0, 0, 1, 2, 5]))
        labor = rng.sample(LABOR, rng.randrange(1, 3))
        used = rng.sample(parts, rng.randrange(0, 3))
        lines_total = sum(money(Decimal(h) * Decimal(r)) for _, h, r in labor)
        part_lines = []
        for p in used:
            quantity = rng.choice([1, 1, 2, 4])
            part_lines.append((p["code"], quantity, p["price"]))
            lines_total += money(p["price"] * quantity)
        discount = money(rng.choice([0, 0, 0, 10, 20, 50]))
        if discount > lines_total:
            discount = money(0)
        number = "WO{}-{:04d}".format(received.strftime("%Y%m%d"), i % 7 + 1) if i % 50 == 0 else \
            "LG{}{:05d}".format(received.year, i + 1)
        status = "已结算" if i % 40 else "已取消"
        orders.append({"number": number, "plate": vehicle["plate"], "received": received, "settled": settled,
                       "odometer": vehicle["odometer"] - rng.randrange(0, 2000), "complaint": rng.choice(COMPLAINTS),
                       "labor": labor, "parts": part_lines, "discount": discount,
                       "total": lines_total - discount, "status": status})
    rows = []
    for o in orders:
        labor = ";".join("{}|{}|{}".format(n, h, r) for n, h, r in o["labor"])
        used = "；".join("{}|{}|{}".format(c, q, p) for c, q, p in o["parts"])
        rows.append([o["number"], messy_plate(o["plate"]), messy_date(o["received"]), messy_date(o["settled"]),
                     max(o["odometer"], 0), o["complaint"], "", o["status"], labor, used,
                     messy_amount(o["discount"]) if o["discount"] else "", messy_amount(o["total"]),
                     rng.choice(["现金", "微信", "支付宝", "刷卡", ""])])
    exact = [list(rows[i]) for i in rng.sample(range(len(rows)), 10)]
    base = orders[1]
    plate = base["plate"]
    invalid = [["LG-BAD-{}".format(i), "浙Z{:05d}".format(70000 + i), "2023-05-06", "2023-05-06", 1000, "保养", "",
                "已结算", "更换机油机滤|0.5|80.00", "", "", "40.00", "现金"] for i in range(3)]
    invalid += [["LG-SUM-{}".format(i), plate, "2023-06-07", "2023-06-07", 1000, "保养", "", "已结算",
                 "更换机油机滤|0.5|80.00", "", "", "¥99.00", "现金"] for i in range(3)]
    invalid += [["LG-DATE-{}".format(i), plate, "2023年2月29日", "2023年3月1日", 1000, "保养", "", "已结算",
                 "四轮定位|1|120", "", "", "120", "现金"] for i in range(2)]
    invalid += [["LG-LATE-{}".format(i), plate, "2023-08-09", "2023-08-01", 1000, "保养", "", "已结算",
                 "四轮定位|1|120", "", "", "120", "现金"] for i in range(2)]
    invalid += [["LG-PART-0", plate, "2023-09-09", "2023-09-09", 1000, "保养", "", "已结算", "",
                 "NOPE-1|1|10.00", "", "10.00", "现金"],
                ["LG-LINE-0", plate, "2023-09-10", "2023-09-10", 1000, "保养", "", "已结算",
                 "四轮定位 1小时 120元", "", "", "", "现金"]]
    shuffle_in(rows, exact + invalid)
    for position in sorted(rng.sample(range(1, len(rows)), 5), reverse=True):
        rows.insert(position, None)
    write_xlsx(os.path.join(folder, "work-orders.xlsx"), "历史工单",
               ["工单号", "车牌号", "进厂日期", "结算日期", "进厂里程", "故障描述", "诊断", "状态", "维修项目",
                "用料明细", "优惠金额", "合计", "付款方式"], rows)
    counts["work-orders.xlsx"] = dict(read=len(orders) + len(exact) + len(invalid), created=len(orders),
                                      updated=0, unchanged=len(exact), rejected=len(invalid))
    for name, values in counts.items():
        print(name, values)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
