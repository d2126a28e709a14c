package com.careline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import com.careline.platform.errors.NotFound;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The one rule every list and report narrows by, without Quarkus. */
class BranchScopeTest {

    private static BranchScope of(String branch) {
        Map<String, Object> claims = Map.of(CurrentUser.BRANCH_CLAIM, branch);
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "user." + branch;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return new BranchScope(new CurrentUser(token));
    }

    @Test
    void headquartersGetsTheBranchItNamesOrEveryBranch() {
        assertEquals("SZ", of("HQ").narrow("SZ"));
        assertNull(of("HQ").narrow(null));
        assertNull(of("HQ").narrow(" "));
    }

    @Test
    void aBranchGetsItsOwnWhetherItNamesItOrNot() {
        assertEquals("SZ", of("SZ").narrow(null));
        assertEquals("SZ", of("SZ").narrow("SZ"));
    }

    @Test
    void aBranchNamingAnotherIsNotFoundLikeAnotherBranchsCase() {
        NotFound error = assertThrows(NotFound.class, () -> of("SZ").narrow("BJ"));
        assertEquals("branch BJ not found", error.getMessage());
    }
}
