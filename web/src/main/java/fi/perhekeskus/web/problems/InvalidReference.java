package fi.perhekeskus.web.problems;

/** A field names someone or something the request cannot use (no such active key worker, say): 400. */
public class InvalidReference extends RuntimeException {

    private final String field;

    public InvalidReference(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
