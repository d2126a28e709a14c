package com.careline.revisit.revisit;

/**
 * What a revisit follows up: a resolved complaint (003), an inquiry whose work-order answer reached the
 * customer (002), or a business partner's monthly call (003).
 */
public enum CaseType {
    COMPLAINT,
    INQUIRY,
    PARTNER
}
