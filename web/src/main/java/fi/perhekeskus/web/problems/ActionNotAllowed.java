package fi.perhekeskus.web.problems;

/** The caller may see the case but their role may not do this to it: 403. */
public class ActionNotAllowed extends RuntimeException {

    public ActionNotAllowed(String reason) {
        super(reason, null, false, false);
    }
}
