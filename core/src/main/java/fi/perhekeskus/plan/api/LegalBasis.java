package fi.perhekeskus.plan.api;

/** Why data was disclosed without the family's consent, which they could not have refused. */
public enum LegalBasis {
    /** A child welfare notification (lastensuojelulaki 417/2007, 25 §). */
    CHILD_WELFARE_NOTIFICATION,
    /** Another authority's request that a statute obliges the family centre to answer; the provision is named. */
    AUTHORITY_REQUEST,
    /** Any other provision of law, named. */
    OTHER_PROVISION
}
