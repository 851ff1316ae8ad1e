package fi.perhekeskus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application. It sits in the root package of every module, so that component, entity and
 * repository scanning all start from there.
 */
@SpringBootApplication
public class FamilyCentreApplication {

    public static void main(String[] args) {
        SpringApplication.run(FamilyCentreApplication.class, args);
    }
}
