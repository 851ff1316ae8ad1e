package fi.perhekeskus.web.problems;

/** A request header the API reads (Idempotency-Key, If-Match) that cannot be used as given: 400. */
public class InvalidHeader extends RuntimeException {

    public InvalidHeader(String message) {
        super(message, null, false, false);
    }
}
