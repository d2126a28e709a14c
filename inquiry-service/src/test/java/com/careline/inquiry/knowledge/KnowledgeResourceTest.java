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
        String marker = fresh("kb");
        String prohibited = post(agent, "/api/knowledge/articles", Map.of(
                "question", "哪些物品不能寄？",
                "answer", "禁寄物品包括枪支弹药、易燃易爆物品、毒品等 (prohibited items: guns, explosives, drugs)",
                "topic", "PROHIBITED_ITEMS", "tags", List.of("禁寄", marker)), 201).getString("id");
        String freight = post(agent, "/api/knowledge/articles", Map.of(
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

        assertThat(article.getString("sourceInquiryId"), is(id));
        assertThat(article.getString("topic"), is("INSURED_VALUE"));
        assertThat(search(agent, "保价费 3‰"), hasItem(article.getString("id")));
        post(Tokens.agent("GZ"), "/api/knowledge/articles/from-inquiry/" + id, Map.of(), 404);
    }

    private static List<String> search(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).queryParam("size", 200)
                .when().get("/api/knowledge/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
