package com.careline.inquiry.inquiry;

/** What the customer asks about (业务咨询内容, 002/003). */
public enum Topic {
    /** 下单 */
    ORDER,
    /** 查单: a waybill's whereabouts; 30 minutes when it cannot be answered at once (001). */
    TRACKING,
    /** 收送范围 */
    SERVICE_AREA,
    /** 运输费用 */
    FREIGHT,
    /** 运送时效 */
    TRANSIT_TIME,
    /** 禁寄物品 */
    PROHIBITED_ITEMS,
    /** 业务流程及注意事项 */
    PROCEDURE,
    /** 保价费用 */
    INSURED_VALUE,
    /** 客户信息查询 */
    CUSTOMER_INFO,
    /** 运单异常查询; also the topic of proactive work orders */
    WAYBILL_EXCEPTION
}
