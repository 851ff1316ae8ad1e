package fi.perhekeskus.web.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or an instant within the years 1900 to 2200 (UTC for an instant), the range this
 * application supports (docs/input.md). Java reads dates far outside it that PostgreSQL cannot store
 * or that overflow date arithmetic; no date of a family's plan lies there. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = {SupportedDate.OfDate.class, SupportedDate.OfInstant.class})
public @interface SupportedDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2200, 12, 31);

    String message() default "must be from 1900-01-01 to 2200-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class OfDate implements ConstraintValidator<SupportedDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }
    }

    class OfInstant implements ConstraintValidator<SupportedDate, Instant> {

        private static final Instant FIRST = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
        private static final Instant AFTER_LAST = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        @Override
        public boolean isValid(Instant instant, ConstraintValidatorContext context) {
            return instant == null || !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
        }
    }
}
