package com.careline.claims.document;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/claims/{id}/documents")
@Tag(name = "Documents", description = "The claim's documents (000): upload, list, download, reject")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER})
public class DocumentResource {

    private final DocumentService documents;

    DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a document (form fields: type, file); the last required one moves the claim to HQ")
    @APIResponse(responseCode = "201", description = "Received, with its SHA-256")
    @APIResponse(responseCode = "400", description = "Unknown type, missing, empty, oversized or disallowed file")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "413", description = "The body is above the server's limit")
    public RestResponse<DocumentView> upload(@PathParam("id") UUID id, @RestForm("type") String type,
            @RestForm("file") FileUpload file) {
        var upload = new DocumentService.Upload(type, file == null ? null : file.fileName(),
                file == null ? null : file.contentType(), file == null ? 0 : file.size(),
                file == null ? null : file.uploadedFile());
        DocumentView view = documents.upload(id, upload);
        return RestResponse.ResponseBuilder.<DocumentView>created(
                URI.create("/api/claims/" + id + "/documents/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The claim's documents, oldest first, rejected ones included")
    @APIResponse(responseCode = "200", description = "The documents, without their bytes")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    public List<DocumentView> list(@PathParam("id") UUID id) {
        return documents.list(id);
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The document's bytes, as uploaded")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such claim or document")
    public RestResponse<byte[]> download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        var file = documents.download(id, documentId);
        return RestResponse.ResponseBuilder.ok(file.bytes(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @POST
    @Path("/{documentId}/reject")
    @Operation(summary = "Reject a document with the reason; it no longer counts towards the checklist")
    @APIResponse(responseCode = "200", description = "REJECTED")
    @APIResponse(responseCode = "400", description = "Reason missing or too long")
    @APIResponse(responseCode = "404", description = "No such claim or document")
    @APIResponse(responseCode = "409", description = "Already rejected")
    public DocumentView reject(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @Valid @NotNull RejectDocument command) {
        return documents.reject(id, documentId, command.reason());
    }

    public record RejectDocument(@NotBlank @Size(max = 500) String reason) {
    }
}
