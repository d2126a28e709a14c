package com.careline.claims.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.careline.platform.errors.InvalidRequest;

/** Checks an uploaded file against the allow-list and the size limit, by what it declares and what it is. */
public record DocumentFiles(List<String> allowedContentTypes, long maxBytes) {

    /** Checks the size the upload has on disk, before it is read into memory. */
    public void checkSize(long size) {
        if (size == 0) {
            throw new InvalidRequest("file", "is empty");
        }
        if (size > maxBytes) {
            throw new InvalidRequest("file", "is " + size + " bytes; at most " + maxBytes + " are accepted");
        }
    }

    /** The declared content type, lower-case and without parameters, once the file passed every check. */
    public String check(String declaredContentType, byte[] bytes) {
        checkSize(bytes.length);
        String type = declaredContentType == null ? "" : declaredContentType.split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        if (!allowedContentTypes.contains(type)) {
            throw new InvalidRequest("file", "content type '" + type + "' is not accepted; send one of "
                    + String.join(", ", allowedContentTypes));
        }
        // the declared type is the client's word; the first bytes tell what the file really is
        if (!startsAsDeclared(type, bytes)) {
            throw new InvalidRequest("file", "the content is not a " + type + " file");
        }
        return type;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static boolean startsAsDeclared(String type, byte[] bytes) {
        return switch (type) {
            case "application/pdf" -> startsWith(bytes, '%', 'P', 'D', 'F');
            case "image/jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(bytes, 0x89, 'P', 'N', 'G');
            default -> true; // a type configured beyond these three is taken at its word
        };
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
