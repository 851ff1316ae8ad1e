package fi.perhekeskus.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A command's form as the page shows it: every field labelled from the message bundles, its
 * choices, what was entered, and what was wrong with it, beside the field.
 *
 * @param title   message key of the form's heading
 * @param action  where it is posted
 * @param problem message key of an error of the form as a whole (a broken rule), or null
 */
public record Form(String title, String action, List<Field> fields, String problem) {

    public Form {
        fields = List.copyOf(fields);
    }

    public enum Kind {
        TEXT,
        TEXTAREA,
        SELECT,
        CHECKBOXES,
        DATE,
        DATETIME,
        HIDDEN
    }

    /**
     * @param label  message key of the field's label
     * @param values what the field holds: what was entered, or its starting value
     * @param error  the error beside the field, already in the reader's language; null if none
     */
    public record Field(String name, Kind kind, String label, boolean required, List<Option> options,
                        List<String> values, String error) {

        public Field {
            options = List.copyOf(options);
            values = List.copyOf(values);
        }

        public boolean holds(String value) {
            return values.contains(value);
        }

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        Field entered(Map<String, String[]> parameters, Map<String, String> errors) {
            String[] given = parameters.get(name);
            return new Field(name, kind, label, required, options, given == null ? values : List.of(given),
                    errors.get(name));
        }
    }

    /**
     * A choice: a message key for choices the bundles name (enums), or a text for names of people.
     */
    public record Option(String value, String label, String text) {

        public static Option named(String value, String text) {
            return new Option(value, null, text);
        }

        public static Option labelled(String value, String label) {
            return new Option(value, label, null);
        }
    }

    public static Field field(String name, Kind kind, boolean required, List<Option> options, String... values) {
        return new Field(name, kind, "field." + name, required, options, List.of(values), null);
    }

    public static Field field(String name, Kind kind, boolean required, String... values) {
        return field(name, kind, required, List.of(), values);
    }

    public static <E extends Enum<E>> List<Option> choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> Option.labelled(value.name(), "enum." + type.getSimpleName() + "." + value.name()))
                .toList();
    }

    /** The same form after a failed post: what was entered, with the errors. */
    public Form entered(Map<String, String[]> parameters, Map<String, String> errors, String problem) {
        return new Form(title, action, fields.stream().map(field -> field.entered(parameters, errors)).toList(),
                problem);
    }
}
