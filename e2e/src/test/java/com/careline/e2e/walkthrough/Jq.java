package com.careline.e2e.walkthrough;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The jq the walk-throughs use: {@code jq [-r] [.path]} with fields and indexes ({@code .items[0].id}). */
final class Jq {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]|\\.");

    private Jq() {
    }

    static String apply(List<String> stage, String input) {
        if (stage.isEmpty() || !stage.get(0).equals("jq")) {
            throw new IllegalArgumentException("a walk-through pipes curl to jq only, not: " + String.join(" ", stage));
        }
        boolean raw = stage.contains("-r");
        List<String> filters = stage.stream().skip(1).filter(w -> !w.equals("-r")).toList();
        if (filters.size() > 1) {
            throw new IllegalArgumentException("jq takes one path here: " + String.join(" ", stage));
        }
        String path = filters.isEmpty() ? "." : filters.get(0);
        JsonNode node;
        try {
            node = JSON.readTree(input);
        } catch (IOException e) {
            throw new IllegalStateException("jq: the answer is not JSON: " + input, e);
        }
        Matcher m = STEP.matcher(path);
        int at = 0;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("jq path not understood: " + path);
            }
            if (m.group(1) != null) {
                node = node == null ? null : node.get(m.group(1));
            } else if (m.group(2) != null) {
                node = node == null ? null : node.get(Integer.parseInt(m.group(2)));
            }
            at = m.end();
        }
        if (node == null || node.isNull()) {
            return "null";
        }
        return raw && node.isTextual() ? node.asText() : node.toString();
    }
}
