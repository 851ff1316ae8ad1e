package fi.perhekeskus.platform.config;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;

import fi.perhekeskus.plan.api.ConsentPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the plan's command handlers are given besides the command: the time, and the deployment's
 * consent rules (the longest a consent may run, and the zone in which "until a date" ends).
 */
@Configuration(proxyBeanMethods = false)
class PlanSettingsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConsentPolicy consentPolicy(@Value("${familycentre.consent.max-validity}") Period maxValidity,
                                @Value("${familycentre.consent.zone}") ZoneId zone) {
        return new ConsentPolicy(maxValidity, zone);
    }
}
