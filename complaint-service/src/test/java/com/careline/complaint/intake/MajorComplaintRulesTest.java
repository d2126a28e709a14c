package com.careline.complaint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain unit test: triage is a pure rule over text and amounts, no Quarkus needed. */
class MajorComplaintRulesTest {

    /** The default reading of 003 line 51: any compensation request is major. */
    private static final BigDecimal COMPENSATION_THRESHOLD = BigDecimal.ZERO;
    private static final BigDecimal LARGE_LOSS_THRESHOLD = new BigDecimal("20000");

    // Mirrors the careline.complaint.triage.keywords.* lines of application.properties.
    private static final Map<MajorReason, List<String>> DEFAULT_KEYWORDS = keywords(
            Map.entry(MajorReason.SAFETY,
                    "安全事故,安全隐患,受伤,砸伤,烧伤,烫伤,爆炸,起火,着火,自燃,泄漏,危险品,有毒,中毒,"
                    + "injury,injured,injuries,caught fire,on fire,explosion,exploded,leak,leaking,hazardous,toxic,"
                    + "dangerous goods"),
            Map.entry(MajorReason.MEDIA,
                    "媒体,记者,报社,电视台,电台,新闻,央视,"
                    + "media,journalist,journalists,reporter,reporters,newspaper,newspapers,the press,tv station"),
            Map.entry(MajorReason.LAWYER,
                    "律师,法律顾问,法务,"
                    + "lawyer,lawyers,attorney,attorneys,solicitor,solicitors,legal counsel"),
            Map.entry(MajorReason.POLICE,
                    "报警,报案,警察,民警,警方,派出所,"
                    + "police,cops"),
            Map.entry(MajorReason.CONSUMER_ASSOCIATION,
                    "消协,消费者协会,消保委,消费者权益保护委员会,12315,"
                    + "consumer association,consumers association,consumer council,consumer protection"),
            Map.entry(MajorReason.AUTHORITY,
                    "工商局,工商所,工商部门,工商投诉,找工商,告到工商,市场监管,市场监督管理,邮政管理局,邮管局,国家邮政局,"
                    + "邮政申诉,12305,政府部门,找政府,向政府,信访,市长热线,12345,"
                    + "regulator,regulators,government,authorities,postal bureau,post bureau,market regulation"),
            Map.entry(MajorReason.EXPOSURE_THREAT,
                    "曝光,发到网上,发网上,放到网上,挂到网上,传到网上,发微博,上微博,发抖音,上抖音,发小红书,发朋友圈,黑猫投诉,"
                    + "上热搜,"
                    + "expose,go public,going public,post online,post it online,put it online,social media,go viral"),
            Map.entry(MajorReason.LITIGATION_THREAT,
                    "起诉,诉讼,打官司,告你们,法院见,法庭见,上法院,告上法庭,告到法院,法律途径,法律程序,司法程序,仲裁,"
                    + "sue,suing,lawsuit,court,legal action,litigation,small claims"),
            Map.entry(MajorReason.EXTREME_BEHAVIOUR,
                    "自杀,跳楼,轻生,不想活,同归于尽,跟你们拼,和你们拼,弄死你,杀了你,砍死,堵门,闹事,拉横幅,报复,"
                    + "suicide,kill myself,kill you,end my life,hurt myself"));

    private final MajorComplaintRules rules =
            new MajorComplaintRules(COMPENSATION_THRESHOLD, LARGE_LOSS_THRESHOLD, DEFAULT_KEYWORDS);

    @SafeVarargs
    private static Map<MajorReason, List<String>> keywords(Map.Entry<MajorReason, String>... lines) {
        var keywords = new EnumMap<MajorReason, List<String>>(MajorReason.class);
        for (var line : lines) {
            keywords.put(line.getKey(), List.of(line.getValue().split(",")));
        }
        return keywords;
    }

    private MajorVerdict judgeText(String content) {
        return rules.judge(content, null, null, Set.of());
    }

    // 003: 涉及媒体、律师、警察、消协、政府机关; 安全; 媒体曝光、司法程序、过激行为; 行业部门、工商部门转交
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            包裹里的充电宝起火了，差点伤到孩子            | SAFETY
            快递柜门掉下来把我砸伤了                      | SAFETY
            The parcel caught fire in my hallway         | SAFETY
            My son was injured by the broken glass       | SAFETY
            我已经联系了电视台的记者                      | MEDIA
            I will contact the media                     | MEDIA
            A journalist from the local paper called me  | MEDIA
            我已经请了律师                                | LAWYER
            My lawyer will write to you                  | LAWYER
            再不处理我就报警                              | POLICE
            派出所的民警已经来看过了                      | POLICE
            I am calling the police                      | POLICE
            三天没人回复，我要去消协投诉                  | CONSUMER_ASSOCIATION
            我已经打了12315                               | CONSUMER_ASSOCIATION
            I will complain to the consumer association  | CONSUMER_ASSOCIATION
            市场监管局转来的投诉，客户要求三天内答复      | AUTHORITY
            我要去工商局投诉你们                          | AUTHORITY
            我要向邮政管理局申诉                          | AUTHORITY
            I will report this to the regulator          | AUTHORITY
            The government hotline gave me your number   | AUTHORITY
            不给说法我就在网上曝光你们                    | EXPOSURE_THREAT
            我要发微博让大家都看看                        | EXPOSURE_THREAT
            I will go public with this                   | EXPOSURE_THREAT
            Fix it today or I post it online             | EXPOSURE_THREAT
            我要去法院起诉你们                            | LITIGATION_THREAT
            大不了打官司                                  | LITIGATION_THREAT
            I will take you to court                     | LITIGATION_THREAT
            I am going to sue your company               | LITIGATION_THREAT
            再不解决我就从你们网点楼上跳楼                | EXTREME_BEHAVIOUR
            我跟你们拼了                                  | EXTREME_BEHAVIOUR
            If this is not solved I will kill myself     | EXTREME_BEHAVIOUR
            """)
    void flagsEachTriggerOfSeed003InChineseAndEnglish(String content, MajorReason expected) {
        var verdict = judgeText(content);

        assertEquals(new MajorVerdict(true, Set.of(expected)), verdict);
    }

    static Stream<Arguments> defaultKeywords() {
        return DEFAULT_KEYWORDS.entrySet().stream()
                .flatMap(line -> line.getValue().stream().map(keyword -> Arguments.of(keyword, line.getKey())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("defaultKeywords")
    void everyDefaultKeywordTriggersItsReason(String keyword, MajorReason reason) {
        var content = "客户说：" + keyword + "。";

        var verdict = judgeText(content);

        assertTrue(verdict.reasons().contains(reason), () -> keyword + " gave " + verdict.reasons());
    }

    // Ordinary complaints, several of them the traps of short keywords: 安全送达, 110 in an amount,
    // a Douyin order, a government or bank address, 12315 inside a waybill or phone number, "express".
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "快件已经延误三天，还没有送到",
            "包裹安全送达了，但是外箱破损",
            "运费110元太贵了",
            "在抖音上买的东西，五天了还没发货",
            "收件地址是区人民政府，快递员没送到就签收了",
            "退款请打到我的工商银行卡",
            "箱子里只塞了几张报纸，杯子碎了",
            "我拼命打电话都没人接",
            "客服说话太伤人了",
            "护照是公安局出入境寄出的，一直没收到",
            "我在网上投诉过一次了",
            "运单号SF123150001234查不到",
            "我的电话是13812315678",
            "The courier was late again",
            "There is an issue with my express delivery",
            "Any news about my parcel?",
            "You should fire that courier"
    })
    void ordinaryComplaintsAreNotMajor(String content) {
        var verdict = judgeText(content);

        assertEquals(new MajorVerdict(false, Set.of()), verdict);
    }

    @Test
    void courteousStaffIsNotLitigationThreat() {
        var content = "The courteous staff at the counter helped me";

        var verdict = judgeText(content);

        assertFalse(verdict.reasons().contains(MajorReason.LITIGATION_THREAT));
    }

    @Test
    void latinKeywordMatchesAmidChineseText() {
        var content = "我已经找了lawyer";

        var verdict = judgeText(content);

        assertEquals(Set.of(MajorReason.LAWYER), verdict.reasons());
    }

    @Test
    void latinPhraseMatchesAcrossAnyWhitespaceAndCase() {
        var content = "I will GO\n  Public";

        var verdict = judgeText(content);

        assertEquals(Set.of(MajorReason.EXPOSURE_THREAT), verdict.reasons());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            我已经打了１２３１５投诉 | CONSUMER_ASSOCIATION
            我的ＬＡＷＹＥＲ会联系你们 | LAWYER
            """)
    void fullWidthInputMatchesHalfWidthKeywords(String content, MajorReason expected) {
        var verdict = judgeText(content);

        assertEquals(Set.of(expected), verdict.reasons());
    }

    // 003 line 51: 涉及到赔偿的投诉 (any request for money), 损害金额大
    @ParameterizedTest(name = "claim {0}, loss {1} -> {2}")
    @CsvSource(textBlock = """
                   ,          , ''
            0      ,          , ''
            0.00   ,          , ''
            0.01   ,          , COMPENSATION
            50     ,          , COMPENSATION
                   ,  20000   , ''
                   ,  20000.01, LARGE_LOSS
            8000   ,  30000   , COMPENSATION LARGE_LOSS
            """)
    void amountsAreMajorOnlyAboveTheirThreshold(BigDecimal claimed, BigDecimal loss, String expected) {
        var content = "快件破损，要求赔偿";

        var verdict = rules.judge(content, claimed, loss, Set.of());

        assertEquals(reasons(expected), verdict.reasons());
        assertEquals(!expected.isEmpty(), verdict.isMajor());
    }

    /** The other reading, configured: only a request above the amount is major. */
    @ParameterizedTest(name = "claim {0} -> {1}")
    @CsvSource(textBlock = """
            4999.99, ''
            5000   , ''
            5000.01, COMPENSATION
            """)
    void aConfiguredCompensationThresholdMakesOnlyLargerRequestsMajor(BigDecimal claimed, String expected) {
        var large = new MajorComplaintRules(new BigDecimal("5000"), LARGE_LOSS_THRESHOLD, Map.of());

        assertEquals(reasons(expected), large.judge("要求赔偿", claimed, null, Set.of()).reasons());
    }

    @Test
    void declaredReasonsCountWithoutKeywords() {
        var declared = Set.of(MajorReason.AUTHORITY, MajorReason.SAFETY);

        var verdict = rules.judge("快件已经延误三天，还没有送到", null, null, declared);

        assertEquals(new MajorVerdict(true, Set.of(MajorReason.SAFETY, MajorReason.AUTHORITY)), verdict);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void blankContentFindsNoKeywordReason(String content) {
        var verdict = rules.judge(content, null, null, Set.of());

        assertFalse(verdict.isMajor());
    }

    @Test
    void severalReasonsComeBackInEnumOrder() {
        var content = "我已经请了律师，还联系了记者，不赔就起诉你们";

        var verdict = rules.judge(content, new BigDecimal("8000"), null, Set.of(MajorReason.EXTREME_BEHAVIOUR));

        assertEquals(List.of(MajorReason.COMPENSATION, MajorReason.MEDIA, MajorReason.LAWYER,
                MajorReason.LITIGATION_THREAT, MajorReason.EXTREME_BEHAVIOUR), List.copyOf(verdict.reasons()));
    }

    @Test
    void fromRejectsUnknownKeySoATypoFailsStartup() {
        var config = new FixedConfig(Map.of("MEDIA", List.of("媒体"), "LAWER", List.of("律师")));

        var error = assertThrows(IllegalArgumentException.class, () -> MajorComplaintRules.from(config));

        assertTrue(error.getMessage().contains("LAWER"), error.getMessage());
    }

    @Test
    void fromRejectsBlankKeyword() {
        var config = new FixedConfig(Map.of("MEDIA", List.of("媒体", " ")));

        var error = assertThrows(IllegalArgumentException.class, () -> MajorComplaintRules.from(config));

        assertTrue(error.getMessage().contains("MEDIA"), error.getMessage());
    }

    @Test
    void fromAppliesConfiguredThresholdsAndKeywords() {
        var config = new FixedConfig(Map.of("LAWYER", List.of("律师", " attorney ")));

        var verdict = MajorComplaintRules.from(config)
                .judge("My attorney has the photos", new BigDecimal("5000.01"), null, Set.of());

        assertEquals(List.of(MajorReason.COMPENSATION, MajorReason.LAWYER), List.copyOf(verdict.reasons()));
    }

    @Test
    void verdictRejectsMajorFlagThatContradictsItsReasons() {
        var reasons = Set.<MajorReason>of();

        var error = assertThrows(IllegalArgumentException.class, () -> new MajorVerdict(true, reasons));

        assertTrue(error.getMessage().contains("isMajor"), error.getMessage());
    }

    private static Set<MajorReason> reasons(String names) {
        return names.isBlank()
                ? Set.of()
                : Set.copyOf(Arrays.stream(names.split(" ")).map(MajorReason::valueOf).toList());
    }

    /** What SmallRye would bind from application.properties, with the @WithDefault amounts. */
    private record FixedConfig(BigDecimal compensationThreshold, BigDecimal largeLossThreshold,
            Map<String, List<String>> keywords) implements TriageConfig {

        FixedConfig(Map<String, List<String>> keywords) {
            this(COMPENSATION_THRESHOLD, LARGE_LOSS_THRESHOLD, keywords);
        }
    }
}
