package com.careline.revisit.revisit;

/**
 * What the customer said when reached: the five RATER scores (000), 1–5 each, the overall verdict, and the
 * call contents of 003 (comments, suggestions, new service needs, business leads).
 */
public record Survey(int reliability, int assurance, int tangibles, int empathy, int responsiveness,
        boolean satisfied, String comments, String suggestions, String newServiceNeeds, String businessLeads) {

    public Survey {
        for (int score : new int[] {reliability, assurance, tangibles, empathy, responsiveness}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("RATER scores are 1 to 5, got " + score);
            }
        }
    }
}
