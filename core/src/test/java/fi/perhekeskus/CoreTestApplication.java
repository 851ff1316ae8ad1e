package fi.perhekeskus;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core on its own, as the integration tests of this module run it. */
@SpringBootApplication
public class CoreTestApplication {
}
