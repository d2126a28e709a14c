package com.careline.claims.assessment;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;

@ConfigMapping(prefix = "careline.claims.assessment")
public interface AssessmentConfig {

    /** 免赔额 (000): taken off the insured amount of an insured claim. The seeds give no figure; 100 CNY. */
    @WithDefault("100")
    @DecimalMin("0")
    BigDecimal deductible();

    /** An uninsured claim is paid at most this many times the freight (邮政法 §47: 不超过所收取资费的三倍). */
    @WithDefault("3")
    @DecimalMin("0")
    BigDecimal freightMultiple();
}
