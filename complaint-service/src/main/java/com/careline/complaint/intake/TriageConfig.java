package com.careline.complaint.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What makes a complaint major (重大投诉, 003); read by {@link MajorComplaintRules#from(TriageConfig)}.
 * The keyword lists live in application.properties, one comma-separated line per {@link MajorReason}:
 * <pre>
 * careline.complaint.triage.keywords.MEDIA=媒体,记者,报社,media,journalist
 * careline.complaint.triage.keywords.LAWYER=律师,法律顾问,lawyer,attorney
 * </pre>
 * A key that is not a {@link MajorReason} name, or a blank keyword, fails startup.
 */
@ConfigMapping(prefix = "careline.complaint.triage")
public interface TriageConfig {

    /**
     * Yuan: a compensation request above this makes the complaint major. 003 line 51 lists
     * 涉及到赔偿的投诉 (a complaint involving compensation) among the major ones, with no amount: so by default
     * any request (above 0) is major. A company that reads it as "a large compensation" sets its amount here.
     */
    @WithDefault("0")
    @PositiveOrZero
    BigDecimal compensationThreshold();

    /** Yuan. 003: a complaint with a large loss (损害金额大) is major. */
    @WithDefault("20000")
    @PositiveOrZero
    BigDecimal largeLossThreshold();

    /** Keywords by {@link MajorReason} name; CJK and digits match anywhere, Latin words as whole words. */
    Map<String, List<String>> keywords();
}
