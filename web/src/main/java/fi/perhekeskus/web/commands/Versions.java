package fi.perhekeskus.web.commands;

import java.util.regex.Pattern;

import fi.perhekeskus.web.problems.StaleVersion;

/** A plan's version as an HTTP entity tag: {@code "7"}. */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Null when there is no precondition ({@code If-Match} absent or {@code *}). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new StaleVersion();
        }
        return Long.valueOf(tag.group(1));
    }
}
