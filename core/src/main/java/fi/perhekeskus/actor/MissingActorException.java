package fi.perhekeskus.actor;

/** A command was sent without saying who sent it; it is refused before it reaches the plan. */
public class MissingActorException extends IllegalStateException {

    MissingActorException() {
        super("Every command must carry the acting professional (" + Actor.ID + ", " + Actor.ROLE
                + ") and a " + Actor.CORRELATION_ID + " in its metadata");
    }
}
