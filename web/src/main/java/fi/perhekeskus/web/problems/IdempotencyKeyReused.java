package fi.perhekeskus.web.problems;

/** The same Idempotency-Key came back with a different request: refused rather than guessed at. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("Idempotency-Key reused with a different request", null, false, false);
    }
}
