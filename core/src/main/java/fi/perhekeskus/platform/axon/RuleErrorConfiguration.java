package fi.perhekeskus.platform.axon;

import fi.perhekeskus.plan.api.PlanRuleViolation;
import fi.perhekeskus.plan.api.RuleBroken;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A rule the plan refuses a command by leaves the handling side as a {@link CommandExecutionException}
 * whose details are the rule's code and item ({@link RuleBroken}): a distributed command bus carries
 * only the message and the details back to the sender, never the exception. The sender turns them
 * into the refusal again ({@code CommandDispatch}).
 */
@Configuration(proxyBeanMethods = false)
class RuleErrorConfiguration {

    @Bean
    InitializingBean ruleErrorsTravelAsDetails(CommandBus commandBus) {
        MessageHandlerInterceptor<CommandMessage<?>> asDetails = (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (PlanRuleViolation violation) {
                throw new CommandExecutionException(violation.getMessage(), null, RuleBroken.of(violation));
            }
        };
        return () -> commandBus.registerHandlerInterceptor(asDetails);
    }
}
