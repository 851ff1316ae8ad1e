package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyLanguageRecorded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;

/** The family's language is recorded when the case opens and anew whenever it changes. */
class FamilyLanguageTest extends PlanTest {

    private static final FamilyLanguage SWEDISH = new FamilyLanguage("sv", false);
    private static final FamilyLanguage ARABIC_WITH_INTERPRETER = new FamilyLanguage("ar", true);

    @Test
    void theFamilysLanguageIsRecordedAnew() {
        given(History.opened())
                .when(new RecordFamilyLanguage(CASE, SWEDISH))
                .expectEvents(new FamilyLanguageRecorded(CASE, SWEDISH));
    }

    @Test
    void anInterpreterNeededIsAChangeOfItsOwn() {
        given(History.opened().then(new FamilyLanguageRecorded(CASE, new FamilyLanguage("ar", false))))
                .when(new RecordFamilyLanguage(CASE, ARABIC_WITH_INTERPRETER))
                .expectEvents(new FamilyLanguageRecorded(CASE, ARABIC_WITH_INTERPRETER));
    }

    @Test
    void theLanguageAlreadyRecordedIsNoChange() {
        given(History.opened())
                .when(new RecordFamilyLanguage(CASE, FamilyLanguage.FINNISH))
                .expectException(violates(PlanRule.FAMILY_LANGUAGE_UNCHANGED, CASE))
                .expectNoEvents();
    }

    @Test
    void theLanguageLastRecordedIsTheOneThatStands() {
        given(History.opened().then(new FamilyLanguageRecorded(CASE, SWEDISH)))
                .when(new RecordFamilyLanguage(CASE, SWEDISH))
                .expectException(violates(PlanRule.FAMILY_LANGUAGE_UNCHANGED, CASE))
                .expectNoEvents();
    }

    @Test
    void aLanguageIsNamedByItsIsoCode() {
        given(History.opened())
                .when(new RecordFamilyLanguage(CASE, new FamilyLanguage("finnish", false)))
                .expectException(violates(PlanRule.UNKNOWN_LANGUAGE, "finnish"))
                .expectNoEvents();
    }

    @Test
    void aClosedCaseKeepsItsLanguage() {
        given(History.opened().then(new CaseClosed(CASE, "Tuki päättyi")))
                .when(new RecordFamilyLanguage(CASE, SWEDISH))
                .expectException(violates(PlanRule.CASE_CLOSED, CASE))
                .expectNoEvents();
    }
}
