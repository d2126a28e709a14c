package com.careline.revisit.partner;

/** The business partners 003 calls once a month (业务合作伙伴). */
public enum PartnerType {
    /** 配送业务提供商 */
    DELIVERY_PROVIDER,
    /** 供货商 */
    SUPPLIER,
    /** 总端客户 */
    END_CUSTOMER,
    /** 外协部门 */
    OUTSOURCED_DEPARTMENT,
    /** 专线业务发货客户 */
    LINE_SHIPPER,
    /** 专线业务收货客户 */
    CONSIGNEE
}
