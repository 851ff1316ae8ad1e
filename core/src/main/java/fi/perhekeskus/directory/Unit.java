package fi.perhekeskus.directory;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A family centre's unit, such as Perhekeskus Itä. Cases belong to the unit of their key worker. */
@Entity
@Table(name = "unit")
@Audited
public class Unit {

    @Id
    private UUID id;

    private String code;

    private String name;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(UUID id, String code, String name) {
        this.id = id;
        this.code = code;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
