package com.careline.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Reads a manifest into its real model, strictly, and says what is wrong with it: the fabric8 Kubernetes model,
 * Strimzi's {@code io.strimzi:api}, and for CloudNativePG (which has no Java model on Maven Central) the typed
 * records of {@link CloudNativePg}. A field the model does not know lands in its {@code additionalProperties}
 * (or, for the records, fails the read); a scalar of the wrong type fails the read (no coercion); a field the
 * API requires must be there.
 */
final class Models {

    /** apiVersion/kind -> its model; a kind missing here is an error, not a pass. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/Database", CloudNativePg.Database.class));

    /**
     * What the Kubernetes API requires of the types we use (its OpenAPI's {@code required}): the fabric8 model
     * does not carry it. Strimzi's model does, as {@code @JsonProperty(required = true)}, and so do our records.
     */
    static final Map<Class<?>, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(DeploymentSpec.class, List.of("selector", "template")),
            Map.entry(PodSpec.class, List.of("containers")),
            Map.entry(Container.class, List.of("name")),
            Map.entry(ContainerPort.class, List.of("containerPort")),
            Map.entry(EnvVar.class, List.of("name")),
            Map.entry(ConfigMapKeySelector.class, List.of("key")),
            Map.entry(SecretKeySelector.class, List.of("key")),
            Map.entry(Volume.class, List.of("name")),
            Map.entry(VolumeMount.class, List.of("name", "mountPath")),
            Map.entry(KeyToPath.class, List.of("key", "path")),
            Map.entry(HTTPGetAction.class, List.of("port")),
            Map.entry(ServicePort.class, List.of("port")),
            Map.entry(LabelSelectorRequirement.class, List.of("key", "operator")),
            Map.entry(WeightedPodAffinityTerm.class, List.of("weight", "podAffinityTerm")),
            Map.entry(PodAffinityTerm.class, List.of("topologyKey")),
            Map.entry(TopologySpreadConstraint.class, List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
            Map.entry(HorizontalPodAutoscalerSpec.class, List.of("scaleTargetRef", "maxReplicas")),
            Map.entry(CrossVersionObjectReference.class, List.of("kind", "name")),
            Map.entry(MetricSpec.class, List.of("type")),
            Map.entry(ResourceMetricSource.class, List.of("name", "target")),
            Map.entry(MetricTarget.class, List.of("type")));

    private static final ObjectMapper STRICT = strict();
    /** Writes every property, defaults too (Strimzi's model leaves out a false or a default enum). */
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
                    return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
                }
            }).build();

    private Models() {
    }

    /** Everything wrong with {@code object}, as readable lines; empty when its model takes it as it is. */
    static List<String> problems(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String where = key + " " + object.at("/metadata/name").asText();
        Class<?> model = KINDS.get(key);
        if (model == null) {
            return List.of(where + ": no model for this apiVersion and kind");
        }
        Object typed;
        try {
            typed = STRICT.treeToValue(object, model);
        } catch (Exception e) {
            return List.of(where + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        if (object.at("/metadata/name").asText().isEmpty()) {
            problems.add(where + ": no metadata.name");
        }
        walk(typed, object, where, problems);
        // and nothing lost on the way: the model writes back every field it was given, with the same value (but
        // the apiVersion, which a Strimzi model writes as its class's default: the key of KINDS checks it)
        ObjectNode given = object.deepCopy();
        given.remove("apiVersion");
        covers(given, WRITER.valueToTree(typed), where, problems);
        return problems;
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // "9000" is not a number and 9000 is not a string: Kubernetes refuses both
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String)) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        // a string stays a string, an enum is read from its name
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        return mapper;
    }

    /**
     * Every model object of the graph, beside the node it was read from: no unknown field (none in its
     * additionalProperties), every required one given (in the node: a primitive is never null).
     */
    private static void walk(Object value, JsonNode node, String path, List<String> problems) {
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), node.path(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, node.path(String.valueOf(k)), path + "." + k, problems));
            return;
        }
        if (value == null || !isModel(value.getClass())) {
            return;
        }
        for (Method getter : getters(value.getClass())) {
            Object property = invoke(getter, value);
            String name = propertyName(getter);
            if (name.equals("additionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": unknown " + unknown.keySet());
                }
                continue;
            }
            if (required(value.getClass(), getter, name) && (!node.has(name) || node.get(name).isNull())) {
                problems.add(path + "." + name + ": required");
            }
            walk(property, node.path(name), path + "." + name, problems);
        }
    }

    private static boolean required(Class<?> type, Method getter, String name) {
        JsonProperty annotation = getter.getAnnotation(JsonProperty.class);
        if (annotation != null && annotation.required()) {
            return true;
        }
        for (Map.Entry<Class<?>, List<String>> entry : REQUIRED.entrySet()) {
            if (entry.getKey().isAssignableFrom(type) && entry.getValue().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model.") || name.startsWith("io.strimzi.api.")
                || type.isRecord() && type.getEnclosingClass() == CloudNativePg.class;
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method m : type.getMethods()) {
            boolean bean = m.getName().matches("(get|is)[A-Z].*") || type.isRecord()
                    && m.getDeclaringClass() == type && !m.getName().matches("toString|hashCode|equals");
            if (bean && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class && isModel(m.getDeclaringClass())) {
                getters.add(m);
            }
        }
        return getters;
    }

    /** The JSON name of a getter's property. */
    private static String propertyName(Method getter) {
        JsonProperty annotation = getter.getAnnotation(JsonProperty.class);
        if (annotation != null && !annotation.value().isEmpty()) {
            return annotation.value();
        }
        String name = getter.getName();
        if (getter.getDeclaringClass().isRecord()) {
            return name;
        }
        int prefix = name.startsWith("is") ? 2 : 3;
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + ": " + e, e);
        }
    }

    /** {@code written} has every field of {@code given}, equal (numbers by value); it may add the model's defaults. */
    private static void covers(JsonNode given, JsonNode written, String path, List<String> problems) {
        if (given.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = written.path(field.getKey());
                if (other.isMissingNode()) {
                    problems.add(path + "." + field.getKey() + ": dropped by the model");
                } else {
                    covers(field.getValue(), other, path + "." + field.getKey(), problems);
                }
            }
        } else if (given.isArray()) {
            if (!written.isArray() || written.size() != given.size()) {
                problems.add(path + ": " + given + " came back as " + written);
                return;
            }
            for (int i = 0; i < given.size(); i++) {
                covers(given.get(i), written.get(i), path + "[" + i + "]", problems);
            }
        } else if (given.isNumber() && written.isNumber()) {
            if (given.decimalValue().compareTo(written.decimalValue()) != 0) {
                problems.add(path + ": " + given + " came back as " + written);
            }
        } else if (!given.equals(written) && !(given.isNumber() && numeric(written, given.decimalValue()))) {
            problems.add(path + ": " + given + " came back as " + written);
        }
    }

    private static boolean numeric(JsonNode node, BigDecimal value) {
        return node.isTextual() && node.asText().equals(value.toPlainString());
    }
}
