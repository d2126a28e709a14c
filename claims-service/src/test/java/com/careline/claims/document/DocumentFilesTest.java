package com.careline.claims.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.careline.platform.errors.InvalidRequest;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {

    private final DocumentFiles files = new DocumentFiles(List.of("application/pdf", "image/jpeg", "image/png"), 16);

    @Test
    void acceptsAnAllowedFileWhoseBytesMatchItsType() {
        assertThat(files.check("Application/PDF; charset=binary", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                is("application/pdf"));
        assertThat(files.check("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), is("image/jpeg"));
    }

    @Test
    void refusesEmptyOversizedDisallowedAndDisguisedFiles() {
        refuses(null, new byte[0]);
        refuses("application/pdf", new byte[17]);
        refuses("text/html", "<html>".getBytes(StandardCharsets.US_ASCII));
        refuses("image/png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void hashesWithSha256() {
        assertThat(DocumentFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)),
                is("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    private void refuses(String contentType, byte[] bytes) {
        var e = assertThrows(InvalidRequest.class, () -> files.check(contentType, bytes));
        assertThat(e.field(), is("file"));
    }
}
