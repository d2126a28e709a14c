package com.careline.revisit.revisit;

/**
 * What the customer said when reached: the five RATER scores (000), 1–5 each, the overall verdict, and the
 * call contents of 003 (comments, suggestions, new service needs, business leads), and why an unsatisfied
 * customer is not satisfied ({@code cause}, 002 3 (3); null when satisfied).
 */
public record Survey(int reliability, int assurance, int tangibles, int empathy, int responsiveness,
        boolean satisfied, String comments, String suggestions, String newServiceNeeds, String businessLeads,
        DissatisfactionCause cause) {

    public Survey {
        for (int score : new int[] {reliability, assurance, tangibles, empathy, responsiveness}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("RATER scores are 1 to 5, got " + score);
            }
        }
        if (satisfied && cause != null) {
            throw new IllegalArgumentException("a satisfied customer has no cause of dissatisfaction");
        }
    }
}
