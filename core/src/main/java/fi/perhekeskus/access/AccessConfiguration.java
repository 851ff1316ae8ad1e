package fi.perhekeskus.access;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access data is updated by a subscribing processor, in the transaction of the command whose
 * events change it: a view that lagged behind could let a departed member in for a moment.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    static final String GROUP = "case-access";

    @Bean
    ConfigurerModule caseAccessIsSubscribing() {
        return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(GROUP);
    }
}
