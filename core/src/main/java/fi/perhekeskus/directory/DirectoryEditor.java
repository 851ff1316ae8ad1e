package fi.perhekeskus.directory;

/**
 * Who is changing the directory right now. The web layer answers with the signed-in
 * professional's username; changes made outside any sign-in (the demo seed) are the system's.
 */
@FunctionalInterface
public interface DirectoryEditor {

    String SYSTEM = "system";

    String currentUsername();
}
