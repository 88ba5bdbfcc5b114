"""Platform export files written by the tests, one per kind, with each back end's quirks.

Every writer returns the path and the figures a person works out by hand
from the rows (stored units: fen, hundredths of a percent, counts).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

D3, D4, D5 = date(2026, 11, 3), date(2026, 11, 4), date(2026, 11, 5)


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# --- Taobao 订单报表: GBK, trailing spaces in headers, ="…" order numbers, ' phones, 元, an unpaid order.
TAOBAO_HEADER = ["订单编号 ", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额",
                 "买家实际支付金额 ", "订单状态", "买家留言", "收货人姓名", "联系手机", "订单创建时间",
                 "订单付款时间 ", "宝贝标题 ", "宝贝总数量", "打款商家金额", "退款金额"]


def taobao_rows(extra: list[list[object]] | None = None) -> list[list[object]]:
    rows = [
        TAOBAO_HEADER,
        ['="1001"', "买家A", "a@x.cn", "120.00", "0.00", "120.00", "118.50", "交易成功", "", "张三",
         "'13800000001", "2026-11-03 09:00:00", "2026-11-03 09:01:10", "陶瓷杯", "1", "118.50元", "0.00"],
        ['="1002"', "买家B", "b@x.cn", "1,234.00", "0.00", "1,234.00", "1,234.00", "交易成功", "快点",
         "李四", "'13800000002", "2026-11-03 20:00:00", "2026-11-03 20:05:00", "餐具套装", "3",
         "1,200.00元", "34.00"],
        ['="1003"', "买家C", "c@x.cn", "50.00", "0.00", "50.00", "50.00", "等待买家付款", "", "王五",
         "'13800000003", "2026-11-03 21:00:00", "", "陶瓷碗", "1", "", "0.00"],
        ['="1004"', "买家D", "d@x.cn", "66.60", "0.00", "66.60", "￥66.60", "买家已付款", "", "赵六",
         "'13800000004", "2026-11-03 23:59:00", "2026-11-04 00:10:00", "陶瓷杯", "1", "-", "-"],
    ]
    return rows + (extra or [])


TAOBAO_EXPECTED = {D3: {"sales": 135250, "orders": 2, "refunds": 3400},
                   D4: {"sales": 6660, "orders": 1, "refunds": 0}}


def taobao_orders(folder: Path, name: str = "ExportOrderList202611.csv") -> Path:
    return write_csv(folder / name, taobao_rows(), "gbk")


# --- Tmall line-level export as .xlsx: 无退款申请, date cells and text times, an unpaid line.
TMALL_HEADER = ["子订单编号", "主订单编号", "商品标题", "商品价格", "购买数量", "外部系统编号", "商品属性",
                "套餐信息", "订单状态", "商家编码", "买家应付货款", "买家实付金额", "退款状态", "退款金额",
                "订单创建时间", "订单付款时间", "商品ID", "发货时间", "物流单号", "物流公司"]


def tmall_rows() -> list[list[object]]:
    return [
        TMALL_HEADER,
        ["5001", "9001", "陶瓷杯", 30, 2, "", "颜色:蓝", "", "交易成功", "CUP-1", 60, 58.0, "无退款申请",
         "无退款申请", datetime(2026, 11, 3, 10, 0), datetime(2026, 11, 3, 10, 1), "P100", "", "", ""],
        ["5002", "9001", "陶瓷碗", 20, 1, "", "", "", "交易成功", "BOWL-1", 20, 20.0, "退款成功", "20.00",
         datetime(2026, 11, 3, 10, 0), datetime(2026, 11, 3, 10, 1), "P200", "", "", ""],
        ["5003", "9002", "陶瓷杯", 30, 3, "", "", "", "交易成功", "CUP-1", 90, "88.50", "无退款申请",
         "无退款申请", "2026-11-03 12:00:00", "2026-11-03 12:00:05", "P100", "", "", ""],
        ["5004", "9003", "陶瓷杯", 30, 1, "", "", "", "等待买家付款", "CUP-1", 30, 30.0, "无退款申请",
         "无退款申请", "2026-11-03 13:00:00", None, "P100", "", "", ""],
    ]


TMALL_EXPECTED = {D3: {"sales": 16650, "orders": 2, "refunds": 2000}}
TMALL_UNITS = {D3: {"P100": 5, "P200": 1}}


def tmall_lines(folder: Path, name: str = "tmall_lines.xlsx") -> Path:
    return write_xlsx(folder / name, tmall_rows())


# --- JD: one order over two SKU rows with its amount repeated; an unconfirmed payment; a deleted order.
JD_HEADER = ["订单号", "商品ID", "商品名称", "订购数量", "支付方式", "下单时间", "京东价", "订单金额",
             "结算金额", "余额支付", "应付金额", "订单状态", "订单类型", "运费金额", "付款确认时间", "货号",
             "订单完成时间"]


def jd_orders(folder: Path, name: str = "jd_orders.csv") -> Path:
    rows = [
        JD_HEADER,
        ["70001", "J1", "陶瓷杯", "2", "在线支付", "2026-11-03 08:00:00", "50.00", "150.00", "150.00",
         "0.00", "150.00", "完成", "普通订单", "0.00", "2026-11-03 08:00:30", "CUP-1", ""],
        ["70001", "J2", "陶瓷碗", "1", "在线支付", "2026-11-03 08:00:00", "50.00", "150.00", "150.00",
         "0.00", "150.00", "完成", "普通订单", "0.00", "2026-11-03 08:00:30", "BOWL-1", ""],
        ["70002", "J1", "陶瓷杯", "1", "货到付款", "2026-11-03 23:59:00", "49.90", "49.90", "49.90",
         "0.00", "49.90", "等待出库", "普通订单", "0.00", "", "CUP-1", ""],
        ["70003", "J1", "陶瓷杯", "1", "在线支付", "2026-11-03 11:00:00", "99.00", "99.00", "99.00",
         "0.00", "99.00", "(删除)已取消", "普通订单", "0.00", "2026-11-03 11:00:05", "CUP-1", ""],
    ]
    return write_csv(folder / name, rows, "utf-8-sig")


JD_EXPECTED = {D3: {"sales": 19990, "orders": 2, "refunds": 0}}
JD_UNITS = {D3: {"J1": 3, "J2": 1}}


# --- Pinduoduo 订单明细: 支付时间 empty on one row (成交时间 counts), a 退款成功 refund.
PDD_HEADER = ["订单成交时间", "商品", "订单号", "订单状态", "商品总价(元)", "邮费(元)", "店铺优惠折扣(元)",
              "平台优惠折扣(元)", "用户实付金额(元)", "商家实收金额(元)", "商品数量(件)", "发货时间",
              "确认收货时间", "商品id", "商品规格", "商家编码-规格维度", "商家编码-商品维度", "售后状态",
              "快递单号", "支付时间"]


def pdd_orders(folder: Path, name: str = "pdd_orders.csv") -> Path:
    rows = [
        PDD_HEADER,
        ["2026-11-04 10:00:00", "陶瓷杯", "261104-001", "已发货，待收货", "30.00", "0.00", "2.00", "2.50",
         "25.50", "28.00", "1", "", "", "888", "蓝", "", "CUP-1", "无售后或售后取消", "", "2026-11-04 10:00:10"],
        ["2026-11-04 11:00:00", "陶瓷碗", "261104-002", "已签收", "20.00", "0.00", "0.10", "0.00",
         "19.90", "19.90", "2", "", "", "889", "白", "", "BOWL-1", "退款成功", "", ""],
    ]
    return write_csv(folder / name, rows)


PDD_EXPECTED = {D4: {"sales": 4540, "orders": 2, "refunds": 1990}}
PDD_UNITS = {D4: {"888": 1, "889": 2}}


# --- 抖店: ="…" ids, two sub-orders of one order (one refunded), an unpaid order.
DOUYIN_HEADER = ["主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价",
                 "订单应付金额", "运费", "优惠总金额", "订单提交时间", "支付完成时间", "订单完成时间", "订单状态",
                 "售后状态", "发货时间"]


def douyin_orders(folder: Path, name: str = "douyin_orders.csv") -> Path:
    rows = [
        DOUYIN_HEADER,
        ['="4900001"', '="4900001-1"', "陶瓷杯", "蓝", "1", '="3500001"', "CUP-1", "30.00", "28.00", "0",
         "2.00", "2026-11-04 09:00:00", "2026-11-04 09:00:05", "-", "已完成", "-", "-"],
        ['="4900001"', '="4900001-2"', "陶瓷碗", "白", "2", '="3500002"', "BOWL-1", "18.00", "36.00", "0",
         "0.00", "2026-11-04 09:00:00", "2026-11-04 09:00:05", "-", "已完成", "退款成功", "-"],
        ['="4900002"', '="4900002-1"', "陶瓷杯", "蓝", "1", '="3500001"', "CUP-1", "30.00", "28.00", "0",
         "2.00", "2026-11-04 22:00:00", "", "-", "待支付", "-", "-"],
    ]
    return write_csv(folder / name, rows, "utf-8-sig")


DOUYIN_EXPECTED = {D4: {"sales": 6400, "orders": 1, "refunds": 3600}}
DOUYIN_UNITS = {D4: {"3500001": 1, "3500002": 2}}


# --- 生意参谋 shop daily: a title block, trailing spaces, `,` and `%` in numbers, `-` for none.
SYCM_HEADER = ["统计日期", "访客数 ", "浏览量", "跳失率", "人均浏览量", "平均停留时长", "支付金额", "支付买家数",
               "支付子订单数", "支付转化率", "客单价", "成功退款金额", "直通车消耗", "全站推广花费",
               "关键词推广花费", "智能场景花费"]


def sycm_rows() -> list[list[object]]:
    return [
        ["生意参谋 > 取数 > 店铺整体"],
        ["统计时间：2026-11-03 ~ 2026-11-05"],
        [],
        SYCM_HEADER,
        ["2026-11-03", "1,200", "3,000", "45.30%", "2.50", "35", "1,352.50", "2", "3", "0.17%", "676.25",
         "34.00", "100.00", "-", "20.50", "-"],
        ["2026-11-05", "800", "1,600", "50.00%", "-", "30", "2,000.00", "5", "6", "0.63%", "400.00",
         "-", "50.00", "-", "-", "-"],
    ]


SYCM_EXPECTED = {D3: {"visitors": 1200, "bounce_rate": 4530, "visit_depth": 250, "ad_spend": 12050,
                      "sales": 135250, "refunds": 3400},
                 D5: {"visitors": 800, "bounce_rate": 5000, "visit_depth": 200, "ad_spend": 5000,
                      "sales": 200000}}


def sycm_shop(folder: Path, name: str = "生意参谋_店铺整体.xlsx") -> Path:
    return write_xlsx(folder / name, sycm_rows())


# --- 千牛 customer service per agent for one day (in the file name), GBK, summary rows at the end.
QN_HEADER = ["旺旺昵称", "询单人数", "询单最终付款人数", "询单最终付款转化率", "询单最终付款金额",
             "首次响应时长（秒）", "平均响应时长（秒）", "客户满意率", "旺旺回复率", "成功退款金额"]


def qianniu_rows(first: str = "小鹿家居:小芳", second: str = "小鹿家居:小明") -> list[list[object]]:
    return [
        QN_HEADER,
        [first, "40", "10", "25.00%", "1,200.00", "5", "25.38", "98.00%", "100.00%", "0.00"],
        [second, "30", "6", "20.00%", "800.00", "8", "1分5秒", "95.00%", "99.00%", "-"],
        ["汇总值", "70", "16", "22.86%", "2,000.00", "6.5", "45.19", "-", "-", "0.00"],
        ["全店平均值", "35", "8", "22.86%", "1,000.00", "6.5", "45.19", "-", "-", "0.00"],
        ["同行同层优秀", "50", "15", "30.00%", "3,000.00", "3", "15", "-", "-", "-"],
    ]


QN_EXPECTED = {"小芳": {"inquiries": 40, "cs_orders": 10, "cs_sales": 120000, "cs_response_s": 2538},
               "小明": {"inquiries": 30, "cs_orders": 6, "cs_sales": 80000, "cs_response_s": 6500}}


def qianniu_agents(folder: Path, name: str = "客服绩效_2026-11-03至2026-11-03.csv") -> Path:
    return write_csv(folder / name, qianniu_rows(), "gbk")


# --- 赤兔 weekly per agent with a 日期 column and 汇总 / 均值 rows.
CT_HEADER = ["客服昵称", "日期", "聊天人数(原咨询人数)", "接待人数", "询单人数", "销售额", "销售量", "销售人数",
             "销售订单数", "平均响应(秒)"]


def chitu_agents(folder: Path, name: str = "赤兔_客服周报.csv") -> Path:
    rows = [
        CT_HEADER,
        ["小鹿家居:小芳", "2026-11-04", "50", "48", "20", "600.00", "8", "5", "5", "30"],
        ["小鹿家居:小芳", "2026-11-05", "40", "40", "10", "300.00", "3", "2", "2", "延迟统计"],
        ["小鹿家居:小明", "2026-11-04", "30", "30", "12", "240.00", "4", "3", "3", "20.5"],
        ["汇总", "", "120", "118", "42", "1,140.00", "15", "10", "10", "-"],
        ["均值", "", "40", "39.3", "14", "380.00", "5", "3.3", "3.3", "-"],
    ]
    return write_csv(folder / name, rows)


CT_EXPECTED = {(D4, "小芳"): {"inquiries": 20, "cs_orders": 5, "cs_sales": 60000, "cs_response_s": 3000},
               (D5, "小芳"): {"inquiries": 10, "cs_orders": 2, "cs_sales": 30000},
               (D4, "小明"): {"inquiries": 12, "cs_orders": 3, "cs_sales": 24000, "cs_response_s": 2050}}
