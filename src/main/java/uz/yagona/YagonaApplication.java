package uz.yagona;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Yagona, the single platform of public services: one deployable made of modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared", systemName = "Yagona")
public class YagonaApplication {

    public static void main(String[] args) {
        SpringApplication.run(YagonaApplication.class, args);
    }
}
