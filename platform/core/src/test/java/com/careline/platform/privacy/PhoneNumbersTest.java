package com.careline.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** #19: one number however it is written, and a hash of it nobody without the key can reverse. */
class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800000001", "138 0000 0001", "+86 138-0000-0001", "+8613800000001",
            "0086 138 0000 0001", "8613800000001", " (138) 0000-0001 "})
    void aMobileWrittenAnyWayIsOneNumber(String written) {
        assertEquals(Optional.of("13800000001"), PhoneNumbers.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0755-88881234", "0755 8888 1234", "+86 755 8888 1234", "+86 0755 88881234"})
    void aLandlineKeepsItsAreaCode(String written) {
        assertEquals(Optional.of("075588881234"), PhoneNumbers.normalise(written));
    }

    @Test
    void aForeignNumberKeepsItsCountryCode() {
        assertEquals(Optional.of("+442079460958"), PhoneNumbers.normalise("+44 20 7946 0958"));
        assertEquals(Optional.of("+442079460958"), PhoneNumbers.normalise("0044 20 7946 0958"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "abc13800000001", "138-0000-0001 ext 2", "+1234567890123456"})
    void whatIsNoNumberHasNoNormalForm(String written) {
        assertEquals(Optional.empty(), PhoneNumbers.normalise(written));
    }

    @Test
    void theKeyedHashMatchesOneNumberAndDependsOnTheKey() {
        PhoneKeys keys = new PhoneKeys("a-key-of-sixteen-or-more");
        String key = keys.of("+86 138-0000-0001").orElseThrow();

        assertEquals(Optional.of(key), keys.of("138 0000 0001"));
        assertNotEquals(Optional.of(key), keys.of("13800000002"));
        assertNotEquals(Optional.of(key), new PhoneKeys("another-key-of-sixteen").of("13800000001"));
        assertTrue(key.matches("tel:[0-9a-f]{24}"), key);
        assertEquals(Optional.empty(), keys.of("not a phone"));
        assertThrows(IllegalArgumentException.class, () -> new PhoneKeys("short"));
    }

    /** Each thread keeps its Mac: the hashes are HMAC-SHA256's, however many threads ask at once. */
    @Test
    void theKeyedHashIsHmacSha256OfTheNormalFormOnEveryThread() throws Exception {
        String secret = "a-key-of-sixteen-or-more";
        PhoneKeys keys = new PhoneKeys(secret);
        List<String> numbers = IntStream.range(0, 500).mapToObj(i -> String.format("138%08d", i * 7919)).toList();
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        List<String> expected = numbers.stream().map(n -> "tel:" + HexFormat.of()
                .formatHex(reference.doFinal(n.getBytes(StandardCharsets.UTF_8)), 0, 12)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> hashed = IntStream.range(0, 8).mapToObj(t -> threads.submit(() -> numbers
                    .stream().map(n -> keys.of(n).orElseThrow()).toList())).toList();
            for (Future<List<String>> h : hashed) {
                assertEquals(expected, h.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
