package fi.perhekeskus.web.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import fi.perhekeskus.plan.api.PlanTexts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that the plan and PostgreSQL can keep, by the plan's own rule ({@link PlanTexts}): at most
 * {@code max} characters, counted as Unicode code points (an emoji is one), and none that
 * PostgreSQL refuses (NUL) or that is no character at all (half of a surrogate pair, which JSON's
 * {@code \ud800} can spell).
 * Null is left to {@code @NotNull}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = StorableText.Check.class)
public @interface StorableText {

    String message() default "must be at most {max} characters, with no NUL and no half of a surrogate pair";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The most Unicode code points the text may have. */
    int max();

    class Check implements ConstraintValidator<StorableText, CharSequence> {

        private int max;

        @Override
        public void initialize(StorableText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = value.toString();
            if (!PlanTexts.storable(text)) {
                return refuse(context, "must not contain NUL or half of a surrogate pair");
            }
            return PlanTexts.fits(text, max)
                    || refuse(context, "must be at most {max} characters");
        }

        private static boolean refuse(ConstraintValidatorContext context, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
