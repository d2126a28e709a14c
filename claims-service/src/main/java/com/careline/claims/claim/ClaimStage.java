package com.careline.claims.claim;

/** 000: who owns the claim. */
public enum ClaimStage {
    /** The branch that received the claim gathers the documents (branch manager or agent). */
    BRANCH,
    /** Documents complete: headquarters' customer department assesses it and files the recovery. */
    HEADQUARTERS
}
