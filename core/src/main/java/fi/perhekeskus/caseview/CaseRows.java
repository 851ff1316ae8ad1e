package fi.perhekeskus.caseview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of one case as the query reads them: deciding what is shared and building the view read
 * the same rows, whether they are the live ones ({@link StoredCaseRows}) or a past state held in
 * memory ({@link DetachedCase}).
 */
interface CaseRows {

    Optional<CaseRow> plan();

    Optional<NetworkMemberRow> member(UUID professionalId);

    /** The case's items of one kind, in the order they were recorded. */
    <T extends CaseItem> List<T> of(Class<T> type);

    /** Every answer to every need of the case, superseded ones included, in the order they were given. */
    List<AgreementRow> answers();

    /** The family's cases opened to follow on from this one, in the order they were opened. */
    List<UUID> laterCaseIds();
}
