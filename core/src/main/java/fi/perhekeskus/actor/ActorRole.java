package fi.perhekeskus.actor;

/** The role in which someone acted. {@link #SYSTEM} is the scheduler raising expiries. */
public enum ActorRole {
    KEY_WORKER,
    SPECIALIST,
    SUPERVISOR,
    SYSTEM
}
