package fi.perhekeskus.caseview;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case view decides who sees what, so it is written by a subscribing processor, in the
 * transaction of the command whose events change it, instead of catching up later like the pooled
 * processors do: a withdrawn consent or a departed member must not show data for another moment.
 * A failing handler fails the command (the platform's propagating error handler), so the view is
 * never behind the events.
 */
@Configuration(proxyBeanMethods = false)
class CaseViewConfiguration {

    static final String GROUP = "case-view";

    @Bean
    ConfigurerModule caseViewIsSubscribing() {
        return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(GROUP);
    }
}
