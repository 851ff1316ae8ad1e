package fi.perhekeskus.plan.api;

/**
 * How a family member is reached: each part optional, all of them as they should read now.
 *
 * @param address where the member lives: their whereabouts, which a non-disclosure marking protects
 */
public record ContactDetails(String phone, String email, String address) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null);
}
