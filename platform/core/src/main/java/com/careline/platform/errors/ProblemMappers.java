package com.careline.platform.errors;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.careline.platform.errors.Problem.FieldError;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Bodies name the fields and the reasons,
 * never a stack trace, a class name or SQL. Services throw {@link NotFound} and {@link Conflict} or let
 * Bean Validation fail; they declare no mappers of their own.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        return respond(Problem.invalid(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
                errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return respond(Problem.invalid("the body is not well-formed JSON (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")", List.of()));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String reason = target != null && target.isEnum()
                ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : target == BigDecimal.class && e.getOriginalMessage().startsWith("must ") ? e.getOriginalMessage()
                : "cannot be read as " + describe(target);
        return respond(Problem.invalid("a field has a value of the wrong form", List.of(new FieldError(path(e), reason))));
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return respond(Problem.invalid("the body is missing or is not the expected JSON object", List.of()));
        }
        return respond(Problem.invalid("a field has a value of the wrong type",
                List.of(new FieldError(field, "must be " + describe(e.getTargetType())))));
    }

    @ServerExceptionMapper
    public Response rejectedValue(ValueInstantiationException e) {
        String reason = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : "is not acceptable";
        return respond(Problem.invalid("the body cannot be accepted", List.of(new FieldError(path(e), reason))));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequest e) {
        return respond(Problem.invalid(e.getMessage(), List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return respond(Problem.of("not-found", "Not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        return respond(Problem.of("conflict", "Conflict", 409, e.getMessage()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of("unauthorized", "Unauthorized", 401,
                "a valid bearer token is required")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "your role does not allow this"));
    }

    /**
     * 404 of an unknown path, 405, 406, 415 and the like: keep the status, explain it plainly. The body
     * reader wraps some JSON failures in a 400 of this kind; those get the field-level answer above.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException cause) {
            return malformedJson(cause);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return wrongValue(cause);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return wrongShape(cause);
        }
        if (e.getCause() instanceof ValueInstantiationException cause) {
            return rejectedValue(cause);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e);
        }
        String slug = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z]+", "-");
        return respond(Problem.of(slug, status.getReasonPhrase(), status.getStatusCode(), e.getMessage()));
    }

    /** Anything else, classified by cause: a stale write is a conflict, a lost database is 503. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(Problem.of("conflict", "Conflict", 409,
                        "the case was changed by someone else meanwhile; reload it and try again"));
            }
        }
        var uniqueKey = DatabaseFailures.uniqueKey(e);
        if (uniqueKey.isPresent()) {
            // the service checks its unique keys itself; this is two requests meeting one at the same time
            return respond(Problem.of("conflict", "Conflict", 409, "this conflicts with data written meanwhile ("
                    + uniqueKey.get() + "); nothing of this request was kept: reload and try again"));
        }
        if (DatabaseFailures.conflict(e)) {
            return respond(Problem.of("conflict", "Conflict", 409,
                    "another request changed the same data at the same time; nothing was kept: try again"));
        }
        if (databaseUnreachable(e)) {
            Log.warnf("database unreachable: %s", e.getMessage());
            return Response.fromResponse(respond(Problem.of("unavailable", "Service unavailable", 503,
                    "the database cannot be reached; try again shortly")))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        Log.error("unexpected failure", e);
        return respond(Problem.of("internal", "Internal error", 500, "an unexpected error occurred"));
    }

    /** The database is away (see {@link DatabaseFailures#unreachable}). */
    static boolean databaseUnreachable(Throwable e) {
        return DatabaseFailures.unreachable(e);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code customerName} for {@code register.body.customerName}: the method and parameter nodes go. */
    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : name == null ? "" : name;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        return "an object";
    }
}
