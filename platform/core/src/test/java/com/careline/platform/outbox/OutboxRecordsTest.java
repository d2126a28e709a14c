package com.careline.platform.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A staged row becomes a record, or the reason it never can, without Quarkus. */
class OutboxRecordsTest {

    @Test
    void theUtf8LengthIsCountedAsTheEncoderWouldEncodeIt() {
        for (String s : new String[] {"", "plain ascii", "投诉 ¥200", "emoji 📦 in a note", "é"}) {
            assertThat(s, OutboxRecords.utf8Length(s), is((long) s.getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void theSizeLimitCountsBytesNotCharacters() {
        String payload = "运".repeat(10); // 10 characters, 30 bytes
        assertThat(OutboxRecords.prepare("careline.complaint.events", "c-1", payload, null, 30).record(),
                notNullValue());
        var refused = OutboxRecords.prepare("careline.complaint.events", "c-1", payload, null, 29);
        assertThat(refused.record(), nullValue());
        assertThat(refused.refusal(), containsString("the record has 30 bytes"));
    }

    @Test
    void fourByteCharactersAndHeadersCountTowardsTheLimit() {
        String payload = "📦".repeat(5); // 10 UTF-16 chars, 20 bytes
        String headers = "{\"a\":\"é\"}"; // 9 chars, 10 bytes
        assertThat(OutboxRecords.prepare("careline.complaint.events", "c-1", payload, headers, 30).record(),
                notNullValue());
        assertThat(OutboxRecords.prepare("careline.complaint.events", "c-1", payload, headers, 29).refusal(),
                containsString("the record has 30 bytes"));
    }

    @Test
    void headersBecomeRecordHeadersAndAnEmptySubjectNoKey() {
        var prepared = OutboxRecords.prepare("careline.complaint.events.dlq", "", "{}",
                "{\"traceparent\":\"00-abc-def-01\",\"careline-reason\":\"bad data\"}", 1000);
        assertThat(prepared.refusal(), nullValue());
        assertThat(prepared.record().key(), nullValue());
        assertThat(new String(prepared.record().headers().lastHeader("careline-reason").value(),
                StandardCharsets.UTF_8), equalTo("bad data"));
        assertThat(prepared.record().headers().toArray().length, is(2));
    }

    @Test
    void aBadTopicOrUnreadableHeadersAreRefused() {
        assertThat(OutboxRecords.prepare("not a topic!", "c-1", "{}", null, 1000).refusal(),
                containsString("is not a Kafka topic name"));
        assertThat(OutboxRecords.prepare("careline.complaint.events", "c-1", "{}", "{not json", 1000).refusal(),
                containsString("its headers are not a JSON object"));
    }
}
