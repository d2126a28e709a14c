package com.careline.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careline.devinfra.ServiceProcess;
import com.careline.devinfra.Suite;
import com.careline.e2e.walkthrough.WalkThrough;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The READMEs' curl walk-throughs, run as written against the suite as ./run.sh starts it (the demo users'
 * tokens, {@code localhost:8081}-{@code 8085} and {@code 9081}-{@code 9085} pointed at where the services run):
 * a step that stops answering as its README says fails here.
 */
@ExtendWith(RunningSuite.class)
class WalkThroughTest {

    private static final Pattern LOCAL = Pattern.compile("^(?:http://)?localhost:(\\d{4})(.*)$", Pattern.DOTALL);

    private final RunningSuite suite = RunningSuite.get();

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "inquiry-service/README.md", "complaint-service/README.md",
            "claims-service/README.md", "revisit-service/README.md", "reporting-service/README.md"})
    void theWalkThroughRunsAsWritten(String readme) throws Exception {
        Map<String, String> tokens = Suite.demoTokens(suite.tokens(), Duration.ofMinutes(30));
        Path root = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();
        int calls = new WalkThrough(root.resolve(readme), tokens, this::where).run();
        assertTrue(calls > 0, readme + " has no walk-through");
    }

    /** A README's local address, where the suite runs that service. */
    private String where(String url) {
        Matcher m = LOCAL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("a walk-through calls localhost:8081-8085 or 9081-9085: " + url);
        }
        int port = Integer.parseInt(m.group(1));
        for (ServiceProcess service : suite.services().values()) {
            int api = ServiceProcess.PORTS.get(service.name());
            if (port == api) {
                return service.url() + m.group(2);
            }
            if (port == api + 1000) {
                return service.managementUrl() + m.group(2);
            }
        }
        throw new IllegalArgumentException("no service on port " + port + ": " + url);
    }
}
