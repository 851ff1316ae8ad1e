package fi.perhekeskus.plan.api;

/**
 * How much text the plan keeps, and what text it can keep: the one rule the plan decides by and the
 * API and the pages check a request's shape with. Lengths are counted in Unicode code points, as a
 * person counts characters (an emoji is one).
 */
public final class PlanTexts {

    /** Free texts: a need in the family's own words, notes, summaries. */
    public static final int MAX_TEXT = 4000;

    /** Names: family members' display names and review participants. */
    public static final int MAX_NAME = 200;

    private PlanTexts() {
    }

    public static boolean fits(String text, int max) {
        return text.codePointCount(0, text.length()) <= max;
    }

    /**
     * Text the plan can keep and show: no NUL character, which PostgreSQL cannot store in a text,
     * and no half of a surrogate pair, which is no character at all.
     */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
