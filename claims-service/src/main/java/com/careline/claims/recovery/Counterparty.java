package com.careline.claims.recovery;

/** 000: headquarters files the claim with the carrier (承运商) or the insurer (保险公司). */
public enum Counterparty {
    CARRIER,
    INSURER
}
