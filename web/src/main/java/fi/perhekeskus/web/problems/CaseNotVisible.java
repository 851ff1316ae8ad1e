package fi.perhekeskus.web.problems;

/** The case does not exist, or the caller may not know it does: both answer 404 alike. */
public class CaseNotVisible extends RuntimeException {

    public CaseNotVisible() {
        super("No such case", null, false, false);
    }
}
