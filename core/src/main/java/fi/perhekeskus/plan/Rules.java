package fi.perhekeskus.plan;

import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanRuleViolation;

/** Guards shared by the plan's handlers. */
final class Rules {

    /** Free texts: a need in the family's own words, notes, summaries. Counted in Unicode code points. */
    static final int MAX_TEXT_LENGTH = 4000;
    /** Names: family members' display names and review participants. */
    static final int MAX_NAME_LENGTH = 200;

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
        require(text.codePointCount(0, text.length()) <= maxLength, PlanRule.TEXT_TOO_LONG, field);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
