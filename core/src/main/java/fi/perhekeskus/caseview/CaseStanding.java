package fi.perhekeskus.caseview;

/**
 * Where a case stands now, without the items of its plan: what a look at its history needs to know
 * of the present, read from the live view without loading the whole of it.
 *
 * @param version  the sequence number of the case's last event
 * @param family   as in {@link CaseView#family()}
 * @param approval as in {@link CaseView#approval()}: null if the plan was never approved
 */
public record CaseStanding(long version, CaseView.Family family, CaseView.Approval approval) {
}
