package fi.perhekeskus.plan;

import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanTexts;
import fi.perhekeskus.plan.api.PlanRuleViolation;

/** Guards shared by the plan's handlers. */
final class Rules {

    static final int MAX_TEXT_LENGTH = PlanTexts.MAX_TEXT;
    static final int MAX_NAME_LENGTH = PlanTexts.MAX_NAME;

    private Rules() {
    }

    static void require(boolean holds, PlanRule rule, Object item) {
        if (!holds) {
            throw new PlanRuleViolation(rule, item);
        }
    }

    static void requireText(String text, PlanRule whenMissing, Object item, String field) {
        requireText(text, MAX_TEXT_LENGTH, whenMissing, item, field);
    }

    static void requireText(String text, int maxLength, PlanRule whenMissing, Object item, String field) {
        require(!isBlank(text), whenMissing, item);
        requireLength(text, maxLength, field);
    }

    static void optionalText(String text, String field) {
        if (text != null) {
            requireLength(text, MAX_TEXT_LENGTH, field);
        }
    }

    static void requireLength(String text, int maxLength, String field) {
        require(PlanTexts.storable(text), PlanRule.TEXT_NOT_STORABLE, field);
        require(PlanTexts.fits(text, maxLength), PlanRule.TEXT_TOO_LONG, field);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
