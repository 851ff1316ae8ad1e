package fi.perhekeskus.caseview;

import java.util.List;
import java.util.UUID;

/**
 * Where the case view's handlers keep the rows they write: PostgreSQL for the live view
 * ({@link StoredRows}), memory for a case built from its events for a look at the past
 * ({@link DetachedCase}). The handlers are the same either way, so a past view is made by the very
 * code that made the live one. A row found here is changed in place; the store keeps the change.
 */
interface CaseViewStore {

    /** Null if the case has not been opened. */
    CaseRow plan(UUID caseId);

    /** Null if the case has no such item. */
    <T extends CaseItem> T item(Class<T> type, UUID caseId, UUID id);

    /** Every answer to the need, superseded ones included. */
    List<AgreementRow> answersTo(UUID caseId, UUID needId);

    void addPlan(CaseRow plan);

    void addItem(CaseItem item);

    void addAnswer(AgreementRow answer);

    void remove(CaseItem item);

    /** No case at all: where a rebuild starts. */
    void clear();
}
