package com.careline.claims.document;

/** The ten documents a claim may need (000, 索赔所需单证). */
public enum DocumentType {
    /** 保险单正本 */
    INSURANCE_POLICY,
    /** 出险通知书 */
    INCIDENT_NOTICE,
    /** 现场照片 */
    SITE_PHOTOS,
    /** 提单 */
    BILL_OF_LADING,
    /** 发票或销售合同 */
    INVOICE,
    /** 货损证明 */
    DAMAGE_CERTIFICATE,
    /** 装箱单 */
    PACKING_LIST,
    /** 货损检验报告 */
    DAMAGE_INSPECTION_REPORT,
    /** 运输合同 */
    TRANSPORT_CONTRACT,
    /** 报警或报案回执 */
    POLICE_REPORT_RECEIPT
}
