package com.careline.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.careline.devinfra.DevTokens;

/** Bearer tokens signed with the key the application under test trusts (see {@link CareLineInfra}). */
public final class Tokens {

    private Tokens() {
    }

    public static String agent(String branch) {
        return of("AGENT", branch);
    }

    public static String supervisor(String branch) {
        return of("SUPERVISOR", branch);
    }

    /** A token for a fresh user with one role in one branch ({@code HQ} sees every branch). */
    public static String of(String role, String branch) {
        return as(role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8), role, branch);
    }

    public static String as(String user, String role, String branch) {
        return keys().token(user, role, branch, Duration.ofHours(1));
    }

    /** Staff of a responsible department (role {@code DEPARTMENT}) in {@code branch}. */
    public static String department(String department, String branch) {
        return keys().token("dept-" + UUID.randomUUID().toString().substring(0, 8), "DEPARTMENT", branch, department,
                Duration.ofHours(1), DevTokens.AUDIENCE);
    }

    /** A well-signed token issued for another application ({@code aud}): the services refuse it. */
    public static String forAudience(String audience, String role, String branch) {
        return keys().token("someone-" + UUID.randomUUID().toString().substring(0, 8), role, branch,
                Duration.ofHours(1), audience);
    }

    private static DevTokens keys() {
        String keys = System.getProperty(CareLineInfra.KEYS_PROPERTY);
        if (keys == null) {
            throw new IllegalStateException("no test keys: is the test class annotated with CareLineInfra?");
        }
        return DevTokens.inDirectory(Path.of(keys));
    }
}
