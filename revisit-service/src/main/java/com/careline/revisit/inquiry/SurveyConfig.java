package com.careline.revisit.inquiry;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the satisfaction survey after an inquiry's work-order answer is called (002: "答复客户咨询结果后…进行
 * 满意度调查"), in working days after the day the answer was given to the customer.
 */
@ConfigMapping(prefix = "careline.revisit.inquiry")
public interface SurveyConfig {

    /** The next working day: the customer has had the answer for a day. */
    @WithDefault("1")
    @Min(1)
    int surveyFirstDay();

    @WithDefault("3")
    @Min(1)
    int surveyLastDay();
}
