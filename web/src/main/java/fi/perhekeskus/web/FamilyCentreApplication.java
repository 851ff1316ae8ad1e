package fi.perhekeskus.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "fi.perhekeskus")
public class FamilyCentreApplication {

    public static void main(String[] args) {
        SpringApplication.run(FamilyCentreApplication.class, args);
    }
}
