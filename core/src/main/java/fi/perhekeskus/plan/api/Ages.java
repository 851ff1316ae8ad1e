package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.time.Period;

/**
 * The ages the plan's rules turn on, each counted from the birth date as recorded now (a corrected
 * birth date counts from the correction on) to the day in question in the policy's zone.
 */
public final class Ages {

    /**
     * From this age a child uses their own voice in their matters beside the guardians (Child
     * Welfare Act 417/2007, 21 §): they approve the plan, and decide on sharing their own data
     * without a separate assessment of their age and level of development (docs/domain-decisions.md).
     */
    public static final int OWN_VOICE = 12;

    /** Of age: a guardian is, and a child who has turned it may leave the family as come of age. */
    public static final int MAJORITY = 18;

    private Ages() {
    }

    /** Whether someone born on {@code birthDate} is {@code years} old or more on {@code day}; false without a birth date. */
    public static boolean hasTurned(LocalDate birthDate, int years, LocalDate day) {
        return birthDate != null && Period.between(birthDate, day).getYears() >= years;
    }
}
