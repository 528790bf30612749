package io.autoshop.core.transfer.internal;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of records a file holds, each with its columns in export order.
 */
public enum TransferKind {

    CUSTOMERS(List.of(
            new Column("name", "客户名称", "Name", true, "姓名", "客户", "客户姓名", "名称", "customer", "customer name"),
            new Column("phone", "手机", "Phone", true, "手机号", "手机号码", "电话", "联系电话", "mobile", "tel",
                    "telephone"),
            new Column("type", "客户类型", "Type", false, "类型", "customer type"),
            new Column("notes", "备注", "Notes", false, "说明", "note", "remark", "remarks"))),

    VEHICLES(List.of(
            new Column("plate", "车牌号", "Plate", true, "车牌", "车牌号码", "plate number", "licence plate",
                    "license plate"),
            new Column("vin", "车架号", "VIN", false, "vin码", "车辆识别代号", "车辆识别码"),
            new Column("ownerPhone", "车主手机", "Owner phone", true, "车主电话", "手机", "手机号", "电话", "联系电话",
                    "phone", "mobile"),
            new Column("make", "品牌", "Make", false, "厂牌", "brand"),
            new Column("model", "车型", "Model", false, "型号"),
            new Column("year", "年款", "Year", false, "年份", "model year"),
            new Column("color", "颜色", "Color", false, "车身颜色", "colour"),
            new Column("odometerKm", "里程", "Odometer km", false, "里程数", "公里数", "行驶里程", "odometer",
                    "mileage"))),

    PARTS(List.of(
            new Column("code", "配件编码", "Code", true, "编码", "配件编号", "零件号", "配件号", "part code", "part no",
                    "part number"),
            new Column("name", "配件名称", "Name", true, "名称", "品名", "part name"),
            new Column("spec", "规格", "Spec", false, "规格型号", "specification"),
            new Column("unit", "单位", "Unit", true),
            new Column("salePrice", "销售价", "Sale price", true, "售价", "销售单价", "price"),
            new Column("safetyStock", "安全库存", "Safety stock", false),
            new Column("location", "库位", "Location", false, "货位", "仓位", "bin"),
            new Column("openingQuantity", "期初数量", "Opening quantity", false, "库存", "库存数量", "数量",
                    "opening stock", "quantity", "stock"),
            new Column("unitCost", "成本价", "Unit cost", false, "进价", "单位成本", "成本", "cost"))),

    WORK_ORDERS(List.of(
            new Column("number", "工单号", "Order number", true, "单号", "原单号", "工单编号", "order no", "number"),
            new Column("plate", "车牌号", "Plate", true, "车牌", "车牌号码"),
            new Column("receivedAt", "进厂日期", "Received", true, "接车日期", "进厂时间", "开单日期", "received date",
                    "received at"),
            new Column("settledAt", "结算日期", "Settled", false, "结算时间", "出厂日期", "settled date", "settled at"),
            new Column("odometerKm", "里程", "Odometer km", false, "进厂里程", "里程数", "odometer", "mileage"),
            new Column("complaint", "故障描述", "Complaint", true, "报修内容", "客户描述", "维修内容"),
            new Column("diagnosis", "诊断", "Diagnosis", false, "故障诊断", "诊断结果"),
            new Column("status", "状态", "Status", false, "工单状态"),
            new Column("laborLines", "工时明细", "Labor lines", false, "维修项目", "工时项目", "labor", "labour lines"),
            new Column("partLines", "配件明细", "Part lines", false, "用料明细", "配件", "parts"),
            new Column("discount", "优惠", "Discount", false, "优惠金额", "折扣金额"),
            new Column("total", "合计", "Total", false, "总金额", "应收金额", "金额"),
            new Column("paymentMethod", "付款方式", "Payment method", false, "支付方式", "payment")));

    private final List<Column> columns;

    TransferKind(List<Column> columns) {
        this.columns = columns;
    }

    /** Returns the columns in export order. */
    public List<Column> columns() {
        return columns;
    }

    /** Returns the column of a field key, or {@code null}. */
    public Column column(String field) {
        for (Column column : columns) {
            if (column.field().equals(field)) {
                return column;
            }
        }
        return null;
    }

    /** Returns the kind named by the text, case-insensitive, or {@code null}. */
    public static TransferKind parse(String text) {
        if (text == null) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TransferKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * A column of an import or export file.
     *
     * @param field the field key used in mappings, for example {@code phone}
     * @param chinese the header an export writes and the Chinese label of the field
     * @param english the English label of the field, also accepted as a header
     * @param required whether an import rejects a file without this column
     * @param synonyms further headers that map to this field
     */
    public record Column(String field, String chinese, String english, boolean required, String... synonyms) {
    }
}
