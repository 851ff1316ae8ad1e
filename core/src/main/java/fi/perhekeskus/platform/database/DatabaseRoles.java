package fi.perhekeskus.platform.database;

/**
 * The database and roles of the embedded default. Production names its own roles through
 * {@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_LIQUIBASE_USER} and the changelog parameter
 * {@code appRole}.
 */
public final class DatabaseRoles {

    public static final String DATABASE = "familycentre";

    /** Owns every table and runs the migrations. */
    public static final String OWNER = "familycentre_owner";

    /** What the application connects as: owns nothing, so it cannot rewrite history. */
    public static final String APPLICATION = "familycentre_app";

    private DatabaseRoles() {
    }
}
