package com.careline.e2e.walkthrough;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs the curl walk-throughs of a README as a reader would paste them: every {@code ```bash} block with a curl
 * in it, in order, sharing its variables, starting from the demo tokens {@code ./run.sh} prints. A block that is
 * a reference rather than steps to run says so on the line above it ({@code <!-- not run: why -->}).
 *
 * <p>What a command must answer is the {@code # ->} comment under it: {@code # -> 409 ...} that status, any
 * other {@code # ->} or none a 2xx; the fields it names ({@code "status":}) must be in the answer. A command
 * expected to succeed that answers 404 or 409 is tried again for a while: what the events of an earlier step
 * bring (a follow-up call, a report row) comes a moment later, as it would for the reader.
 */
public final class WalkThrough {

    private static final Pattern FENCE = Pattern.compile("^```bash\\s*$");
    private static final Pattern EXPECT = Pattern.compile("^#\\s*->\\s*(.*)$");
    private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b");
    private static final Pattern FIELD = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"\\s*:");
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", Pattern.DOTALL);
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path readme;
    private final UnaryOperator<String> target;
    private final Path workDir;
    private final Map<String, String> variables;
    private final List<String> log = new ArrayList<>();
    private Curl.Answer last;
    private int calls;

    /** {@code target} maps a README's {@code localhost:8082...} to where the service runs. */
    public WalkThrough(Path readme, Map<String, String> tokens, UnaryOperator<String> target) throws IOException {
        this.readme = readme;
        this.target = target;
        this.workDir = Files.createTempDirectory("walkthrough");
        this.variables = new HashMap<>(tokens);
    }

    /** Runs every walk-through block; returns the number of calls made. */
    public int run() throws IOException {
        List<String> lines = Files.readAllLines(readme);
        for (int i = 0; i < lines.size(); i++) {
            if (!FENCE.matcher(lines.get(i)).matches()) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            String block = String.join("\n", lines.subList(start, end));
            boolean reference = i > 0 && lines.get(i - 1).startsWith("<!-- not run:");
            if (block.contains("curl") && !reference) {
                runBlock(block, start + 1);
            }
            i = end;
        }
        return calls;
    }

    private void runBlock(String block, int firstLine) {
        Script script = new Script(block, variables, this::substitute);
        Script.Command command;
        while (true) {
            // where the next command starts, as near as is known before it is read (a $(...) runs while it is)
            int at = firstLine + script.line() - 1;
            try {
                int before = calls;
                command = script.next();
                if (command == null) {
                    return;
                }
                at = firstLine + command.line() - 1;
                execute(command, calls > before);
            } catch (RuntimeException e) {
                throw new AssertionError(readme + " line " + at + ": " + e.getMessage() + "\n  calls so far:\n    "
                        + String.join("\n    ", log.subList(Math.max(0, log.size() - 5), log.size())), e);
            }
        }
    }

    /** {@code called}: reading the command ran the call of a $(...) in it. */
    private void execute(Script.Command command, boolean called) {
        Expectation expected = Expectation.of(command.comments());
        List<String> first = command.stages().get(0);
        Matcher assignment = first.isEmpty() ? null : ASSIGNMENT.matcher(first.get(0));
        if (assignment != null && assignment.matches() && first.size() == 1 && command.stages().size() == 1) {
            if (called) {
                expected.check(last);
                if (assignment.group(2).equals("null") || assignment.group(2).isEmpty()) {
                    throw new IllegalStateException(assignment.group(1) + " was set to nothing from " + last.body());
                }
            }
            variables.put(assignment.group(1), assignment.group(2));
            return;
        }
        output(command.stages(), expected);
    }

    /**
     * What a $(...) prints: its command's output, which must be a success and something (a jq path that finds
     * nothing is tried again: the item an earlier step's events bring may not be there yet).
     */
    private String substitute(String inner) {
        AtomicReference<String> out = new AtomicReference<>();
        try {
            await().atMost(SETTLE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
                Script.Command command = new Script(inner, variables, this::substitute).next();
                out.set(output(command.stages(), Expectation.SUCCESS));
                return !out.get().isEmpty() && !out.get().equals("null");
            });
        } catch (ConditionTimeoutException e) {
            // said by the assignment, with the answer
        }
        return out.get() == null ? "" : out.get();
    }

    /** Runs a curl, piped to jq or not, and returns what it prints. */
    private String output(List<List<String>> stages, Expectation expected) {
        List<String> curl = stages.get(0);
        if (curl.isEmpty() || !curl.get(0).equals("curl")) {
            throw new IllegalArgumentException("a walk-through runs curl (and jq), not: " + String.join(" ", curl));
        }
        Curl.Answer answer = call(curl.subList(1, curl.size()), expected);
        String out = answer.body();
        for (List<String> stage : stages.subList(1, stages.size())) {
            out = Jq.apply(stage, out);
        }
        return out;
    }

    private Curl.Answer call(List<String> args, Expectation expected) {
        AtomicReference<Curl.Answer> answer = new AtomicReference<>();
        try {
            await().atMost(SETTLE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsMatching(e -> e instanceof IllegalStateException)
                    .until(() -> {
                        Curl.Answer a = Curl.run(args, target, workDir);
                        answer.set(a);
                        return !expected.mayComeLater(a);
                    });
        } catch (ConditionTimeoutException e) {
            if (answer.get() == null) {
                throw e;
            }
            // still not what the README says after the wait: say what it answered
        }
        last = answer.get();
        calls++;
        log.add(String.join(" ", args).replaceAll("Bearer [A-Za-z0-9._-]+", "Bearer …") + " -> " + last.status());
        expected.check(last);
        return last;
    }

    /** What a command must answer. */
    record Expectation(Integer status, Set<String> fields, String text) {

        static final Expectation SUCCESS = new Expectation(null, Set.of(), "a 2xx");

        static Expectation of(List<String> comments) {
            for (String comment : comments) {
                Matcher m = EXPECT.matcher(comment.trim());
                if (m.matches()) {
                    String said = m.group(1);
                    Matcher status = STATUS.matcher(said);
                    Set<String> fields = new LinkedHashSet<>();
                    Matcher field = FIELD.matcher(said);
                    while (field.find()) {
                        fields.add(field.group(1));
                    }
                    return new Expectation(status.find() ? Integer.valueOf(status.group(1)) : null, fields, said);
                }
            }
            return SUCCESS;
        }

        /** A success that an earlier step's events have not brought yet: not there, or without its fields. */
        boolean mayComeLater(Curl.Answer a) {
            if (status == null && (a.status() == 404 || a.status() == 409)) {
                return true;
            }
            return a.status() / 100 == 2 && (status == null || a.status() == status) && problem(a).isPresent();
        }

        void check(Curl.Answer a) {
            problem(a).ifPresent(p -> {
                throw new IllegalStateException(p);
            });
        }

        /** What is not as the README says, if anything. */
        private Optional<String> problem(Curl.Answer a) {
            boolean right = status == null ? a.status() / 100 == 2 : a.status() == status;
            if (!right) {
                return Optional.of("answered " + a.status() + " where the README says " + text + ": "
                        + abbreviate(a.body()));
            }
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            JsonNode body;
            try {
                body = JSON.readTree(a.body());
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // not JSON: a stream, a file
            }
            for (String f : fields) {
                if (body == null || body.findValue(f) == null) {
                    return Optional.of("the answer has no \"" + f + "\" where the README says " + text + ": "
                            + abbreviate(a.body()));
                }
            }
            return Optional.empty();
        }

        private static String abbreviate(String s) {
            return s.length() > 600 ? s.substring(0, 600) + "…" : s;
        }
    }
}
