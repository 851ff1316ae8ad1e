package fi.perhekeskus.platform.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Only in the embedded default, that is when no {@code spring.datasource.url} is configured: what
 * exists only for trying the system out (the embedded server, the demo directory) never reaches a
 * deployment with a real database.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnEmbeddedDefault.NoDatabaseUrl.class)
public @interface ConditionalOnEmbeddedDefault {

    class NoDatabaseUrl implements Condition {

        public static boolean isActive(Environment environment) {
            return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isActive(context.getEnvironment());
        }
    }
}
