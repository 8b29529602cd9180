package io.github.fulianrules.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A district office's service: {@code java -jar fulian-rules-service.jar}, then
 * {@code http://localhost:8080/} to upload a district and read its report, or
 * {@code POST /api/check} from a program. The engine, its health, meters and error answers come
 * from fulian-rules-spring-boot-starter; {@code fulian.rules.*} in {@code application.properties}
 * (or on the command line) sets the rules.
 */
@SpringBootApplication
public class DistrictOfficeApplication {
    public static void main(String[] args) {
        SpringApplication.run(DistrictOfficeApplication.class, args);
    }
}
