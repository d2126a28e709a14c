package com.careline.devinfra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs RS256 bearer tokens for the local run and the tests. The key pair is generated on first use
 * and kept in a folder of the caller's (never committed); services verify with the public key file.
 * Production tokens come from the company's identity provider, not from here.
 */
public final class DevTokens {

    public static final String ISSUER = "https://careline.local/dev";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "careline";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    private static final String PRIVATE_KEY_FILE = "private-key.pem";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private DevTokens(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Loads the key pair from {@code dir}, generating it there first when missing. */
    public static synchronized DevTokens inDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path priv = dir.resolve(PRIVATE_KEY_FILE);
            Path pub = dir.resolve(PUBLIC_KEY_FILE);
            if (!Files.exists(priv) || !Files.exists(pub)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                ownerOnly(priv);
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            ownerOnly(priv);
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(priv)
                    .replaceAll("-----[A-Z ]+-----", "").trim());
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DevTokens(key, pub);
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare dev signing keys in " + dir, e);
        }
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A token for {@code user} with one role and a branch claim, valid for {@code ttl}. */
    public String token(String user, String role, String branch, Duration ttl) {
        return token(user, role, branch, ttl, AUDIENCE);
    }

    /** As {@link #token(String, String, String, Duration)} for another audience (a token meant elsewhere). */
    public String token(String user, String role, String branch, Duration ttl, String audience) {
        return token(user, role, branch, null, ttl, audience);
    }

    /**
     * A token of a responsible department's staff (责任部门): a {@code department} claim besides the branch, e.g.
     * role {@code DEPARTMENT}, department {@code WAREHOUSE}. Null leaves the claim out.
     */
    public String token(String user, String role, String branch, String department, Duration ttl, String audience) {
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>(Map.of(
                "iss", ISSUER,
                "aud", audience,
                "sub", user,
                "upn", user,
                "groups", List.of(role),
                "branch", branch,
                "iat", now.getEpochSecond(),
                "exp", now.plus(ttl).getEpochSecond(),
                "jti", UUID.randomUUID().toString()));
        if (department != null) {
            claims.put("department", department);
        }
        try {
            String header = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = b64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(rsa.sign());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
    }

    /** The signing key is readable by its owner only (where the file system has POSIX permissions). */
    private static void ownerOnly(Path file) throws java.io.IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = PosixFilePermissions.fromString("rw-------");
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, permissions);
        } else {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(permissions));
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
