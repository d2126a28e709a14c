package com.careline.inquiry.knowledge;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.inquiry.inquiry.Topic;
import com.careline.inquiry.knowledge.KnowledgeCommands.ArticleView;
import com.careline.inquiry.knowledge.KnowledgeCommands.PromoteAnswer;
import com.careline.inquiry.knowledge.KnowledgeCommands.WriteArticle;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/knowledge/articles")
@Tag(name = "Knowledge base", description = "Typical questions and their answers (物流知识库)")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class KnowledgeResource {

    private final KnowledgeService knowledge;

    KnowledgeResource(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @GET
    @Operation(summary = "Search articles: every word of q must occur (Chinese or English), best first; paged;"
            + " published ones, or status=PROPOSED for the proposals waiting for a supervisor")
    @APIResponse(responseCode = "200", description = "One page of articles")
    @APIResponse(responseCode = "400", description = "Unknown topic or status, bad page or size, q too long")
    public Page<ArticleView> search(@QueryParam("q") @Size(max = 200) String q, @QueryParam("topic") String topic,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = PageRequest.of(page, size, null, Set.of("relevance"), "relevance");
        return knowledge.search(q, QueryParams.oneOf("topic", topic, Topic.class),
                QueryParams.oneOf("status", status, Article.Status.class), p.page(), p.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No such article")
    public ArticleView get(@PathParam("id") UUID id) {
        return knowledge.get(id);
    }

    @POST
    @Operation(summary = "Write an article: published when a supervisor or manager writes it, else proposed")
    @APIResponse(responseCode = "201", description = "Written (PUBLISHED or PROPOSED)")
    @APIResponse(responseCode = "400", description = "Invalid article: problem+json naming the field")
    public RestResponse<ArticleView> write(@Valid @NotNull WriteArticle command) {
        ArticleView view = knowledge.write(command);
        return RestResponse.ResponseBuilder.<ArticleView>created(URI.create("/api/knowledge/articles/" + view.id()))
                .entity(view).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit an article (an agent only their own proposal)")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "400", description = "Invalid article")
    @APIResponse(responseCode = "403", description = "An agent editing a published article or another's proposal")
    @APIResponse(responseCode = "404", description = "No such article")
    public ArticleView edit(@PathParam("id") UUID id, @Valid @NotNull WriteArticle command) {
        return knowledge.edit(id, command);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Publish a proposed article (supervisors and managers)")
    @APIResponse(responseCode = "200", description = "PUBLISHED")
    @APIResponse(responseCode = "403", description = "Only supervisors and managers publish")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "Published already")
    public ArticleView publish(@PathParam("id") UUID id) {
        return knowledge.publish(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Remove an article")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only supervisors and managers remove articles")
    @APIResponse(responseCode = "404", description = "No such article")
    public void delete(@PathParam("id") UUID id) {
        knowledge.delete(id);
    }

    @POST
    @Path("/from-inquiry/{inquiryId}")
    @Operation(summary = "Promote an inquiry's answer to an article (proposed when an agent promotes it)")
    @APIResponse(responseCode = "201", description = "Promoted (PUBLISHED or PROPOSED)")
    @APIResponse(responseCode = "400", description = "Invalid question or tags")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    @APIResponse(responseCode = "409", description = "The inquiry has no answer yet")
    public RestResponse<ArticleView> promote(@PathParam("inquiryId") UUID inquiryId, @Valid PromoteAnswer command) {
        ArticleView view = knowledge.promote(inquiryId, command);
        return RestResponse.ResponseBuilder.<ArticleView>created(URI.create("/api/knowledge/articles/" + view.id()))
                .entity(view).build();
    }
}
