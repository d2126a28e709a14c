package com.careline.platform.errors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A step that needs no input accepts a request without one (#20: {@code curl -X POST .../agree} answered 415).
 * A POST, PUT or PATCH that carries no body, and names no content type or the form type, is read as empty
 * JSON: an optional body arrives as null, and a required one is refused by validation (400 naming it), never 415.
 */
public class EmptyBodies {

    @ServerRequestFilter(preMatching = true)
    public void readAsEmptyJson(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
            return;
        }
        // curl -X POST sends no type, curl -d '' and some clients the form type: no CareLine API reads forms
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && !type.startsWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        if (!chunked && (length == null || "0".equals(length.strip()))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
