package fi.perhekeskus.web.problems;

/** An If-Match that names no version of this plan: treated like a stale one. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("If-Match names no current version", null, false, false);
    }
}
