package com.careline.inquiry.knowledge;

import static com.careline.inquiry.InquiryFixtures.form;
import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.InquiryFixtures.post;
import static com.careline.inquiry.InquiryFixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class KnowledgeResourceTest {

    @Test
    void findsTheProhibitedItemsArticleByChineseAndEnglishWords() {
        String agent = Tokens.agent("SZ");
        String supervisor = Tokens.supervisor("SZ");
        String marker = fresh("kb");
        String prohibited = post(supervisor, "/api/knowledge/articles", Map.of(
                "question", "哪些物品不能寄？",
                "answer", "禁寄物品包括枪支弹药、易燃易爆物品、毒品等 (prohibited items: guns, explosives, drugs)",
                "topic", "PROHIBITED_ITEMS", "tags", List.of("禁寄", marker)), 201).getString("id");
        String freight = post(supervisor, "/api/knowledge/articles", Map.of(
                "question", "运费怎么计算？", "answer", "按实际重量与体积重量取大者计费 (chargeable weight)",
                "topic", "FREIGHT", "tags", List.of(marker)), 201).getString("id");

        assertThat(search(agent, "禁寄"), hasItem(prohibited));
        assertThat(search(agent, "禁寄"), not(hasItem(freight)));
        assertThat(search(agent, "Prohibited ITEMS"), hasItem(prohibited));
        assertThat(search(agent, "chargeable"), hasItem(freight));
        assertThat(search(agent, marker + " 易燃"), is(List.of(prohibited)));
        given().auth().oauth2(agent).queryParam("topic", "SPAM").when().get("/api/knowledge/articles")
                .then().statusCode(400).body("errors.field", hasItem("topic"));
    }

    @Test
    void promotesAnInquiryAnswerToAnArticle() {
        String agent = Tokens.agent("SZ");
        var form = form(fresh("R"));
        form.put("topic", "INSURED_VALUE");
        form.put("content", "保价费怎么收？" + fresh("x"));
        String id = register(agent, form).getString("id");
        post(agent, "/api/knowledge/articles/from-inquiry/" + id, Map.of(), 409);
        post(agent, "/api/inquiries/" + id + "/answer", Map.of("answer", "保价费为声明价值的3‰，最低1元"), 200);

        var article = post(agent, "/api/knowledge/articles/from-inquiry/" + id, Map.of("tags", List.of("保价")), 201);
        String articleId = article.getString("id");

        assertThat(article.getString("sourceInquiryId"), is(id));
        assertThat(article.getString("topic"), is("INSURED_VALUE"));
        // an agent's promotion is a proposal until a supervisor publishes it
        assertThat(article.getString("status"), is("PROPOSED"));
        assertThat(search(agent, "保价费 3‰"), not(hasItem(articleId)));
        post(Tokens.supervisor("SZ"), "/api/knowledge/articles/" + articleId + "/publish", null, 200);
        assertThat(search(agent, "保价费 3‰"), hasItem(articleId));
        post(Tokens.agent("GZ"), "/api/knowledge/articles/from-inquiry/" + id, Map.of(), 404);
    }

    /** 002: the knowledge base is kept by 客服部管理人员: agents propose, supervisors and managers publish. */
    @Test
    void agentsProposeAndSupervisorsPublishEditAndRemove() {
        String agent = Tokens.agent("SZ");
        String colleague = Tokens.agent("SZ");
        String supervisor = Tokens.supervisor("SZ");
        String marker = fresh("kbp");
        Map<String, Object> article = Map.of("question", "快件可以改地址吗？", "answer", "派送前可联系客服修改地址",
                "topic", "FREIGHT", "tags", List.of(marker));
        String base = "/api/knowledge/articles/";

        var proposed = post(agent, "/api/knowledge/articles", article, 201);
        String id = proposed.getString("id");
        put(colleague, base + id, article, 403);
        put(agent, base + id, Map.of("question", "快件可以改地址吗？", "answer", "派送前联系客服或在小程序修改",
                "topic", "FREIGHT", "tags", List.of(marker)), 200);
        post(agent, base + id + "/publish", null, 403);
        assertThat(search(agent, marker), not(hasItem(id)));
        assertThat(given().auth().oauth2(supervisor).queryParam("status", "PROPOSED").queryParam("q", marker)
                .when().get("/api/knowledge/articles").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class), is(List.of(id)));

        var published = post(supervisor, base + id + "/publish", null, 200);
        post(supervisor, base + id + "/publish", null, 409);
        put(agent, base + id, article, 403);
        put(supervisor, base + id, article, 200);

        assertThat(proposed.getString("status"), is("PROPOSED"));
        assertThat(published.getString("status"), is("PUBLISHED"));
        assertThat(search(agent, marker), is(List.of(id)));
        given().auth().oauth2(agent).queryParam("status", "DRAFT").when().get("/api/knowledge/articles")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    private static void put(String token, String path, Object body, int status) {
        given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON).body(body)
                .when().put(path).then().statusCode(status);
    }

    private static List<String> search(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).queryParam("size", 200)
                .when().get("/api/knowledge/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
