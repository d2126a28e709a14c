package com.careline.complaint.intake;

/** Why a complaint is major (重大投诉, 003); declared order is the order reasons are reported in. */
public enum MajorReason {

    /** 涉及赔偿: the claimed compensation is above the configured amount. */
    COMPENSATION,

    /** 安全: an accident, injury or hazard. */
    SAFETY,

    /** 损害金额大: the estimated loss is above the configured amount. */
    LARGE_LOSS,

    /** 媒体: newspapers, television or journalists are involved. */
    MEDIA,

    /** 律师: the customer has a lawyer. */
    LAWYER,

    /** 警察: the police have been or will be called. */
    POLICE,

    /** 消协: the consumer association (消费者协会). */
    CONSUMER_ASSOCIATION,

    /** 政府机关、行业部门、工商部门: a government, industry or commerce authority (市场监管, 邮政管理局…). */
    AUTHORITY,

    /** 可能媒体曝光: the customer threatens to go public. */
    EXPOSURE_THREAT,

    /** 可能进入司法程序: the customer threatens to sue (起诉, 打官司). */
    LITIGATION_THREAT,

    /** 可能采取过激行为: the customer may harm themselves or others (极端行为). */
    EXTREME_BEHAVIOUR
}
