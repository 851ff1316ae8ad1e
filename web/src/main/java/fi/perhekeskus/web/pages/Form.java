package fi.perhekeskus.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command's form as the page shows it: every field labelled from the message bundles, its
 * choices, what was entered, and what was wrong with it, beside the field.
 *
 * @param title   message key of the form's heading
 * @param action  where it is posted
 * @param about   what the form acts on, so that nobody answers the wrong need or withdraws the wrong consent
 * @param problem an error of the form as a whole (a broken rule), or null
 */
public record Form(String title, String action, List<Field> fields, About about, Problem problem) {

    public Form {
        fields = List.copyOf(fields);
        Objects.requireNonNull(about, "about");
    }

    public Form(String title, String action, List<Field> fields, About about) {
        this(title, action, fields, about, null);
    }

    /**
     * @param family  the family's names, in the heading and the title; null on a form about no family yet
     * @param subject the need, action, consent or invitation the command acts on; null when it acts on the plan
     * @param back    where "Cancel" goes: the page the form was opened from
     * @param names   the case's items by id, in words, for naming the item a broken rule is about
     * @param rowsAddable whether the form offers a row more for another family member
     */
    public record About(String family, Words subject, String back, Map<String, Words> names, boolean rowsAddable) {

        public About {
            names = Map.copyOf(names);
        }

        public About(String family, Words subject, String back, Map<String, Words> names) {
            this(family, subject, back, names, false);
        }

        public static About nothingYet(String back) {
            return new About(null, null, back, Map.of());
        }

        /** The opening form: no family yet, and as many members as it has. */
        public static About opening(String back) {
            return new About(null, null, back, Map.of(), true);
        }
    }

    /** A message key and the text it is given, such as {@code subject.need} and the need's words. */
    public record Words(String key, String text) {
    }

    /**
     * What was wrong with the form as a whole, in the reader's language.
     *
     * @param key     message key of the explanation
     * @param subject which item it is about, or null
     * @param details further lines: whose consent is missing, who refused
     */
    public record Problem(String key, String subject, List<String> details) {

        public Problem {
            details = List.copyOf(details);
        }

        public static Problem of(String key) {
            return new Problem(key, null, List.of());
        }
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
     * @param label         message key of the field's label
     * @param labelArgument what the label is given, such as a row's number; null for a label that takes none
     * @param values        what the field holds: what was entered, or its starting value
     * @param error         the error beside the field, already in the reader's language; null if none
     */
    public record Field(String name, Kind kind, String label, Object labelArgument, boolean required,
                        List<Option> options, List<String> values, String error) {

        public Field {
            options = List.copyOf(options);
            values = List.copyOf(values);
        }

        /** The same field under another label, where the field's name means something else on this form. */
        public Field labelled(String otherLabel) {
            return new Field(name, kind, otherLabel, null, required, options, values, error);
        }

        /** The same field under a label that is given an argument, such as the row of a family member. */
        public Field labelled(String otherLabel, Object argument) {
            return new Field(name, kind, otherLabel, argument, required, options, values, error);
        }

        public boolean holds(String value) {
            return values.contains(value);
        }

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        Field entered(Map<String, String[]> parameters, Map<String, String> errors) {
            String[] given = parameters.get(name);
            return new Field(name, kind, label, labelArgument, required, options,
                    given == null ? values : List.of(given), errors.get(name));
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
        return new Field(name, kind, "field." + name, null, required, options, List.of(values), null);
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
    public Form entered(Map<String, String[]> parameters, Map<String, String> errors, Problem problem) {
        return new Form(title, action, fields.stream().map(field -> field.entered(parameters, errors)).toList(),
                about, problem);
    }
}
