package fi.perhekeskus.accesslog;

import static fi.perhekeskus.accesslog.LogRows.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import fi.perhekeskus.accesslog.Disclosure.Kind;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the logs refuse before the database sees it. */
class EntriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "GET /api/v1/professionals?q=Mäkelä", "GET case of Maija Mäkelä", "get case",
            "GET case\n"})
    void noQueryStringOrFreeTextFitsInAView(String view) {
        assertThatThrownBy(() -> entry(view, Basis.KEY_WORKER, Outcome.ALLOWED, "c-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViewNameHasALimit() {
        assertThatThrownBy(() -> entry("GET " + "/x".repeat(100), Basis.KEY_WORKER, Outcome.ALLOWED, "c-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Maija Mäkelä", "id;drop"})
    void aCorrelationIdIsAToken(String correlationId) {
        assertThatThrownBy(() -> entry("PREVIEW", Basis.KEY_WORKER, Outcome.ALLOWED, correlationId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Disclosure(T0, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Set.of(UUID.randomUUID()), Set.of(UUID.randomUUID()), Set.of(UUID.randomUUID()), Kind.INVITED,
                correlationId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAllowedAccessHasABasisAndARefusalMayHaveOne() {
        assertThatThrownBy(() -> entry("PREVIEW", Basis.NONE, Outcome.ALLOWED, "c-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(entry("PREVIEW", Basis.NONE, Outcome.REFUSED, "c-1").basis()).isEqualTo(Basis.NONE);
        assertThat(entry("PREVIEW", Basis.SUPERVISION, Outcome.REFUSED, "c-1").basis())
                .isEqualTo(Basis.SUPERVISION);
    }

    @Test
    void aDisclosureNamesItsConsentsMembersAndNeeds() {
        Set<UUID> none = Set.of();
        var some = Set.of(UUID.randomUUID());
        assertThatThrownBy(() -> disclosure(none, some, some)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> disclosure(some, none, some)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> disclosure(some, some, none)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDisclosureOnALegalBasisRestsOnNoConsentAndNamesWhoseDataItWas() {
        Set<UUID> none = Set.of();
        var some = Set.of(UUID.randomUUID());
        assertThat(Disclosure.onLegalBasis(T0, UUID.randomUUID(), LegalBasis.CHILD_WELFARE_NOTIFICATION,
                UUID.randomUUID(), some, none, "c-1").consentIds()).isEmpty();
        assertThatThrownBy(() -> Disclosure.onLegalBasis(T0, UUID.randomUUID(), LegalBasis.AUTHORITY_REQUEST,
                UUID.randomUUID(), none, some, "c-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Disclosure.toldParticipant(T0, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), none, some, some, "c-1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Disclosure disclosure(Set<UUID> consentIds, Set<UUID> memberIds, Set<UUID> needIds) {
        return new Disclosure(T0, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), consentIds, memberIds,
                needIds, Kind.EXPORTED, "c-1");
    }

    private static AccessEntry entry(String view, Basis basis, Outcome outcome, String correlationId) {
        return new AccessEntry(T0, UUID.randomUUID(), "maija", ProfessionalRole.KEY_WORKER, UUID.randomUUID(),
                UUID.randomUUID(), view, basis, Set.of(), outcome, correlationId);
    }
}
