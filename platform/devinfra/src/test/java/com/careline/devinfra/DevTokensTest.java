package com.careline.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    @Test
    void theSigningKeyIsReadableByItsOwnerOnlyEvenIfItWasNot(@TempDir Path dir) throws Exception {
        DevTokens.inDirectory(dir);
        Path key = dir.resolve("private-key.pem");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        DevTokens.inDirectory(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void tokensNameTheAudienceTheServicesRequire(@TempDir Path dir) {
        String token = DevTokens.inDirectory(dir).token("agent.sz", "AGENT", "SZ", Duration.ofMinutes(5));
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"aud\":\"careline\""), payload);
    }
}
