package com.careline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The objects a kustomization renders, for the features ours use (resources, components, JSON 6902 patches
 * by target, images, namespace) in kustomize's order; a kustomization using any other feature fails, so that
 * the tests never check less than {@code kubectl kustomize} renders.
 */
final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FEATURES = Set.of("apiVersion", "kind", "namespace", "resources", "components",
            "patches", "images");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path directory) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        JsonNode k = kustomization(directory);
        for (JsonNode resource : k.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : documents(path));
        }
        for (JsonNode component : k.path("components")) {
            Path path = directory.resolve(component.asText()).normalize();
            JsonNode c = kustomization(path);
            for (JsonNode resource : c.path("resources")) {
                objects.addAll(documents(path.resolve(resource.asText())));
            }
            transform(c, objects);
        }
        transform(k, objects);
        return objects;
    }

    private static void transform(JsonNode k, List<ObjectNode> objects) throws IOException {
        for (JsonNode patch : k.path("patches")) {
            String kind = patch.at("/target/kind").asText();
            String name = patch.at("/target/name").asText(null);
            JsonNode operations = YAML.readTree(patch.path("patch").asText());
            int matched = 0;
            for (ObjectNode object : objects) {
                if (object.path("kind").asText().equals(kind)
                        && (name == null || object.at("/metadata/name").asText().equals(name))) {
                    operations.forEach(op -> JsonPatch.apply(object, op));
                    matched++;
                }
            }
            if (matched == 0) {
                throw new IllegalStateException("a patch matches nothing: " + patch.path("target"));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode object : objects) {
                for (JsonNode container : object.at("/spec/template/spec/containers")) {
                    String current = container.path("image").asText();
                    if (current.replaceAll(":[^/]*$", "").equals(image.path("name").asText())) {
                        String newName = image.path("newName").asText(image.path("name").asText());
                        String tag = image.has("newTag") ? image.path("newTag").asText() : current.replaceAll(".*:", "");
                        ((ObjectNode) container).put("image", newName + ":" + tag);
                    }
                }
            }
        }
        if (k.has("namespace")) {
            objects.forEach(o -> ((ObjectNode) o.path("metadata")).put("namespace", k.path("namespace").asText()));
        }
    }

    private static JsonNode kustomization(Path directory) throws IOException {
        JsonNode k = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        k.fieldNames().forEachRemaining(field -> {
            if (!FEATURES.contains(field)) {
                throw new IllegalStateException(directory + " uses " + field + ", which this test does not render");
            }
        });
        return k;
    }

    static List<ObjectNode> documents(Path file) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isEmpty()) {
                    objects.add((ObjectNode) node);
                }
            });
        }
        return objects;
    }

    /** RFC 6902's add, replace and remove, the operations our overlays use. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        static void apply(JsonNode target, JsonNode operation) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            String last = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            JsonNode parent = target.at(path.substring(0, path.lastIndexOf('/')));
            if (parent instanceof ObjectNode object) {
                if (!op.equals("add") && !object.has(last)) {
                    throw new IllegalStateException(op + " of " + path + ", which does not exist");
                }
                switch (op) {
                    case "add", "replace" -> object.set(last, operation.path("value"));
                    case "remove" -> object.remove(last);
                    default -> throw new IllegalStateException("unsupported patch operation " + op);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = last.equals("-") ? array.size() : Integer.parseInt(last);
                switch (op) {
                    case "add" -> array.insert(index, operation.path("value"));
                    case "replace" -> array.set(index, operation.path("value"));
                    case "remove" -> array.remove(index);
                    default -> throw new IllegalStateException("unsupported patch operation " + op);
                }
            } else {
                throw new IllegalStateException(op + " of " + path + ": no such parent");
            }
        }
    }
}
